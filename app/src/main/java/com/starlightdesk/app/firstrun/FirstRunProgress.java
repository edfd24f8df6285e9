package com.starlightdesk.app.firstrun;

import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.sync.api.PracticeJoin;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the first-run screen says while it works and when it failed: busy or not, the current step,
 * the download's share done while a practice is joined, and the failure. Confined to the FX thread;
 * needs no toolkit.
 */
public final class FirstRunProgress {
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty step = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty joining = new SimpleBooleanProperty(false);
    private final DoubleProperty joinProgress = new SimpleDoubleProperty(0);

    /** Forgets the last failure (a form is checked again). */
    void clearFailure() {
        failure.set("");
    }

    /** Work began with {@code text} as its first step. */
    void start(String text) {
        busy.set(true);
        step.set(text);
    }

    /** A join began: its bar shows, not knowing yet how much there is to download. */
    void startJoin() {
        start("Connecting to the server…");
        joining.set(true);
        joinProgress.set(-1);
    }

    void step(String text) {
        step.set(text);
    }

    /** The work ended, well or not. */
    void finished() {
        busy.set(false);
        joining.set(false);
        step.set("");
    }

    /** The work ended without doing what was asked: {@code message} says why. */
    void failed(String message) {
        finished();
        failure.set(message);
    }

    /**
     * A join's progress from the joining thread, handed to this model's thread through {@code executor}
     * (the bar moves at most once per 0.1 %).
     */
    PracticeJoin.Progress joinListener(TaskExecutor executor) {
        return new PracticeJoin.Progress() {
            private long shown = -1;

            @Override
            public void stage(PracticeJoin.Stage stage) {
                String text = switch (stage) {
                    case CONNECTING -> "Connecting to the server…";
                    case CREATING_STORE -> "Creating the encrypted practice store…";
                    case DOWNLOADING -> "Downloading the practice…";
                    case FINISHING -> "Finishing…";
                };
                executor.deliver(() -> step.set(text));
            }

            @Override
            public void rows(long done, long total) {
                long permille = total <= 0 ? 1000 : Math.min(1000, done * 1000 / total);
                if (permille == shown) {
                    return;
                }
                shown = permille;
                executor.deliver(() -> {
                    joinProgress.set(permille / 1000.0);
                    step.set(String.format(Locale.US, "Downloading the practice: %,d of %,d rows", done, total));
                });
            }
        };
    }

    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    /** The current step, as the screen words it ("" when idle). */
    public ReadOnlyStringProperty stepProperty() { return step; }
    public ReadOnlyStringProperty failureProperty() { return failure; }
    public ReadOnlyBooleanProperty joiningProperty() { return joining; }
    /** The download's share done, 0 to 1; negative while it is not known yet. */
    public ReadOnlyDoubleProperty joinProgressProperty() { return joinProgress; }
}
