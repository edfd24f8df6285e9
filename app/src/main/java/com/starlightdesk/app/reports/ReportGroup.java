package com.starlightdesk.app.reports;

/** The headings the Reports hub lists its reports under, in its order. */
public enum ReportGroup {
    IMMUNIZATIONS("Immunizations"),
    BILLING("Billing");

    private final String label;

    ReportGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
