package com.starlightdesk.data.domain;

/** Where a dose on the chart comes from: given at this practice, or recorded from another source (a prior clinic, the state registry). */
public enum ImmunizationSource implements Coded {
    GIVEN_HERE("given_here", "Given here"),
    HISTORICAL("historical", "Historical");

    private final String code;
    private final String label;

    ImmunizationSource(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    /** How the chart names it. */
    public String label() {
        return label;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static ImmunizationSource of(String field, String code) {
        return Coded.parse(ImmunizationSource.class, field, code);
    }
}
