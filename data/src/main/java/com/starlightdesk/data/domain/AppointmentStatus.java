package com.starlightdesk.data.domain;

/** An appointment's life: scheduled, confirmed, checked in, then completed; or cancelled or no-show. */
public enum AppointmentStatus implements Coded {
    SCHEDULED("scheduled"),
    CONFIRMED("confirmed"),
    CHECKED_IN("checked_in"),
    COMPLETED("completed"),
    CANCELLED("cancelled"),
    NO_SHOW("no_show");

    private final String code;

    AppointmentStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static AppointmentStatus of(String field, String code) {
        return Coded.parse(AppointmentStatus.class, field, code);
    }
}
