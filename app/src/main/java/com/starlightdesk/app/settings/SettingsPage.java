package com.starlightdesk.app.settings;

import java.util.Locale;

/** The pages of Settings, in tab order; each tab's id is {@code settings-} and the page's {@link #id()}. */
public enum SettingsPage {
    PRACTICE("Practice"),
    PROVIDERS("Providers"),
    VISIT_TYPES("Visit types"),
    WORKING_HOURS("Working hours"),
    MEMBERSHIP_PLANS("Membership plans"),
    FEE_SCHEDULE("Fee schedule"),
    NOTE_TEMPLATES("Note templates"),
    USERS("Users"),
    CHART_ACCESS("Chart access"),
    THIS_DESK("This desk");

    private final String label;

    SettingsPage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** {@code working-hours} for WORKING_HOURS: the tab's id without its {@code settings-} prefix. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
