package com.starlightdesk.app.calendar;

/** How much of the calendar is on screen. */
public enum CalendarMode {
    DAY("Day"),
    WEEK("Week"),
    MONTH("Month");

    private final String label;

    CalendarMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
