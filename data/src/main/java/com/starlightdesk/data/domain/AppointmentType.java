package com.starlightdesk.data.domain;

/** Kind of visit. */
public enum AppointmentType implements Coded {
    CHECKUP("checkup"),
    FOLLOWUP("followup"),
    SICK_VISIT("sick_visit"),
    VACCINATION("vaccination"),
    WELLNESS("wellness");

    private final String code;

    AppointmentType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static AppointmentType of(String field, String code) {
        return Coded.parse(AppointmentType.class, field, code);
    }
}
