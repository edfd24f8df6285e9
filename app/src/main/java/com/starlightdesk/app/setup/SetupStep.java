package com.starlightdesk.app.setup;

import com.starlightdesk.app.settings.SettingsPage;
import java.util.Locale;

/** The steps of setting up a new practice, in the checklist's order, and the Settings page each opens. */
public enum SetupStep {
    PROVIDER("Add a provider", "Each doctor or nurse who sees patients gets a calendar column.",
            SettingsPage.PROVIDERS),
    WORKING_HOURS("Set the working hours", "The calendar lights the hours the practice is open.",
            SettingsPage.WORKING_HOURS),
    MEMBERSHIP_PLANS("Add membership plans", "The plans families can join, with their monthly fee.",
            SettingsPage.MEMBERSHIP_PLANS),
    USERS("Add users", "Everyone else who signs in: front desk, providers.", SettingsPage.USERS),
    SERVER("Connect to a server", "So the practice's PCs share one calendar: once whoever runs the practice's "
            + "server has provisioned it, connect this PC in Settings, This desk; other PCs then choose Connect to a server.",
            SettingsPage.THIS_DESK);

    private final String label;
    private final String detail;
    private final SettingsPage page;

    SetupStep(String label, String detail, SettingsPage page) {
        this.label = label;
        this.detail = detail;
        this.page = page;
    }

    public String label() {
        return label;
    }

    /** One line on what the step is for. */
    public String detail() {
        return detail;
    }

    /** The Settings page where the step is done. */
    public SettingsPage page() {
        return page;
    }

    /** {@code working-hours} for WORKING_HOURS: the step's button is {@code setup-step-} and this. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
