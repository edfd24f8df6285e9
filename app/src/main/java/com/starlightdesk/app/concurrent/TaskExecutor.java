package com.starlightdesk.app.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one seam through which screens run database work: {@code work} runs off the JavaFX thread and
 * exactly one of the callbacks runs afterwards on the thread that owns the screen's state (the FX
 * thread in the app, the calling thread in view-model tests). Implementations are thread-safe.
 */
public interface TaskExecutor {

    /** Runs {@code work} in the background, then hands its result or failure to the callbacks. */
    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Hands {@code callback} to the thread that owns the screens' state (the FX thread in the app, the
     * calling thread in view-model tests): for events that arrive on another thread, such as sync status.
     * Does no work in the background.
     */
    default void deliver(Runnable callback) {
        // The work is empty, so it can only fail by being refused: the callback is handed over all the same.
        submit(() -> null, ignored -> callback.run(), refused -> callback.run());
    }

    /** Stops taking work; running work is allowed to finish. */
    default void shutdown() {
    }
}
