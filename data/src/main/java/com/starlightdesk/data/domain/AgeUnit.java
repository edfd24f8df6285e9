package com.starlightdesk.data.domain;

/** The unit of a plan's age band: months (an infant plan of 0-11 months) or whole years. */
public enum AgeUnit implements Coded {
    MONTHS("months"),
    YEARS("years");

    private final String code;

    AgeUnit(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static AgeUnit of(String field, String code) {
        return Coded.parse(AgeUnit.class, field, code);
    }
}
