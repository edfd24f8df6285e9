package com.starlightdesk.app.preferences;

/**
 * What this PC remembers of one practice's setup: whether the calendar's setup checklist shows, and
 * whether an admin has saved the working hours here (the hours themselves have defaults, so the store
 * cannot tell). {@code checklist} is null until the checklist first looked at the practice on this PC.
 * Immutable.
 */
public record PracticeSetup(Checklist checklist, boolean workingHoursSaved) {
    /** Nothing remembered yet. */
    public static final PracticeSetup UNKNOWN = new PracticeSetup(null, false);

    /** Where the setup checklist stands on this PC. */
    public enum Checklist {
        /** The practice is being set up: the checklist shows over the calendar. */
        SHOWN,
        /** Hidden by an admin: only the small "Setup: 2 of 5" link shows while steps are left. */
        HIDDEN,
        /** Never shown again: every step is done, or the practice was already set up when this PC met it. */
        CLOSED
    }

    public PracticeSetup withChecklist(Checklist now) {
        return new PracticeSetup(now, workingHoursSaved);
    }

    public PracticeSetup withWorkingHoursSaved() {
        return new PracticeSetup(checklist, true);
    }
}
