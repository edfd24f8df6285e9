package com.starlightdesk.data.domain;

/** Why an immunization observation was removed from the chart. */
public enum ObservationRemoval implements Coded {
    ENTERED_IN_ERROR("entered_in_error", "Entered in error"),
    NO_LONGER_APPLIES("no_longer_applies", "No longer applies");

    private final String code;
    private final String label;

    ObservationRemoval(String code, String label) {
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
    public static ObservationRemoval of(String field, String code) {
        return Coded.parse(ObservationRemoval.class, field, code);
    }
}
