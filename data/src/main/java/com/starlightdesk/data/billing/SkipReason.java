package com.starlightdesk.data.billing;

/** Why the billing run makes no invoice for a membership in a month, as the preview says it. */
public enum SkipReason {
    ALREADY_BILLED("Already billed for this month"),
    PAUSED("Paused the whole month"),
    CANCELLED("Cancelled"),
    NO_PLAN_FOR_AGE("No active plan covers the child's age on the month's first day"),
    PLAN_UNAVAILABLE("Its plan is deactivated or removed"),
    PATIENT_INACTIVE("The patient is inactive"),
    NOTHING_TO_BILL("Nothing to bill ($0.00)");

    private final String words;

    SkipReason(String words) {
        this.words = words;
    }

    /** The reason in the front desk's words. */
    public String words() {
        return words;
    }
}
