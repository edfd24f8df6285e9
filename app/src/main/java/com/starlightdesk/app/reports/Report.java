package com.starlightdesk.app.reports;

/** The reports the Reports place lists, in its order. */
public enum Report {
    IMMUNIZATION_RECALL("Immunization recall", "Children with vaccines overdue or due within the days chosen."),
    DUE_WITHOUT_VACCINATION_VISIT("Due in 30 days, no vaccination visit",
            "Children due for vaccines in the next 30 days who have no vaccination visit booked.");

    private final String title;
    private final String description;

    Report(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }
}
