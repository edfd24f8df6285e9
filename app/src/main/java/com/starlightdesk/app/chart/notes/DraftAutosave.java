package com.starlightdesk.app.chart.notes;

import com.starlightdesk.app.concurrent.Delays;
import java.time.Duration;

/**
 * Saves a draft as the provider types: {@link #QUIET} after the last keystroke, and at least every
 * {@link #LONGEST} while typing goes on, so a killed app loses at most the last few seconds. The save itself
 * is the caller's (it runs in the background); this only says when. Confined to the screen's thread.
 */
final class DraftAutosave {
    /** How long typing must pause before the draft is saved. */
    static final Duration QUIET = Duration.ofMillis(1500);
    /** The longest typing goes on without a save. */
    static final Duration LONGEST = Duration.ofSeconds(4);

    private final Delays schedule;
    private final Runnable save;
    private Runnable cancelQuiet;
    private Runnable cancelLongest;
    private boolean unsaved;

    DraftAutosave(Delays schedule, Runnable save) {
        this.schedule = schedule;
        this.save = save;
    }

    /** The draft was edited: a save is due after a pause, or after {@link #LONGEST} at the latest. */
    void edited() {
        unsaved = true;
        if (cancelQuiet != null) {
            cancelQuiet.run();
        }
        cancelQuiet = schedule.schedule(QUIET, this::due);
        if (cancelLongest == null) {
            cancelLongest = schedule.schedule(LONGEST, this::due);
        }
    }

    /** Saves now if an edit is waiting (before the editor shows another record, before signing). */
    void flush() {
        due();
    }

    /** Forgets a waiting edit (the record became read-only, the chart closed). */
    void forget() {
        cancelTimers();
        unsaved = false;
    }

    boolean unsaved() {
        return unsaved;
    }

    private void due() {
        cancelTimers();
        if (unsaved) {
            unsaved = false;
            save.run();
        }
    }

    private void cancelTimers() {
        if (cancelQuiet != null) {
            cancelQuiet.run();
            cancelQuiet = null;
        }
        if (cancelLongest != null) {
            cancelLongest.run();
            cancelLongest = null;
        }
    }
}
