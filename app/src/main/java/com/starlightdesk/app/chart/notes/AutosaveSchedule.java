package com.starlightdesk.app.chart.notes;

import java.time.Duration;
import javafx.animation.PauseTransition;

/**
 * When a draft's autosave runs: an action is run once after a delay on the screen's thread (the FX thread in
 * the app, through a {@link PauseTransition}: no thread of its own, nothing on the FX thread but the timer).
 * Tests hand in their own {@link Later}. Confined to the screen's thread.
 */
public final class AutosaveSchedule {
    /** Runs an action once after a delay on the screen's thread; returns what cancels it. */
    interface Later {
        Runnable schedule(Duration delay, Runnable action);
    }

    private final Later later;

    public AutosaveSchedule() {
        this(AutosaveSchedule::onFxThread);
    }

    AutosaveSchedule(Later later) {
        this.later = later;
    }

    Runnable schedule(Duration delay, Runnable action) {
        return later.schedule(delay, action);
    }

    private static Runnable onFxThread(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
