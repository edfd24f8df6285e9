package com.starlightdesk.app.testing;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.concurrent.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * For view-model tests of answers that arrive late or out of order: each piece of work waits until the test
 * runs it, in any order, on the test's thread (standing in for the FX thread). Confined to the test's thread.
 */
public final class HeldTaskExecutor implements TaskExecutor {
    private final List<Runnable> held = new ArrayList<>();
    private final TaskExecutor now = new CurrentThreadTaskExecutor();

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        held.add(() -> now.submit(work, onSuccess, onFailure));
    }

    /** How many pieces of work wait. */
    public int waiting() {
        return held.size();
    }

    /** Runs the waiting work at {@code index} (0 the oldest) and its callback. */
    public void run(int index) {
        held.remove(index).run();
    }

    /** Runs all that waits, oldest first. */
    public void runAll() {
        while (!held.isEmpty()) {
            run(0);
        }
    }
}
