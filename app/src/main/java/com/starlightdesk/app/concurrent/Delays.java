package com.starlightdesk.app.concurrent;

import java.time.Duration;
import javafx.animation.PauseTransition;

/**
 * Runs an action once after a delay on the screen's thread (the FX thread in the app, through a
 * {@link PauseTransition}: no thread of its own, nothing on the FX thread but the timer): a draft's autosave once
 * typing stops, the check of a dose once the vaccine and day stop changing. Tests hand in their own {@link Timer}.
 * Confined to the screen's thread.
 */
public final class Delays {
    /** Runs an action once after a delay on the screen's thread; returns what cancels it. */
    public interface Timer {
        Runnable schedule(Duration delay, Runnable action);
    }

    private final Timer timer;

    /** Delays on the FX thread's clock. */
    public Delays() {
        this(Delays::onFxThread);
    }

    private Delays(Timer timer) {
        this.timer = timer;
    }

    /** Delays on {@code timer} (a test's clock moved by hand). */
    public static Delays on(Timer timer) {
        return new Delays(timer);
    }

    /** Runs {@code action} after {@code delay}; the returned action cancels it if it has not run. */
    public Runnable schedule(Duration delay, Runnable action) {
        return timer.schedule(delay, action);
    }

    private static Runnable onFxThread(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
