package com.starlightdesk.data.domain;

/** Why a dose on the chart was entered in error; 'other' needs a note saying what was wrong. */
public enum DoseErrorReason implements Coded {
    WRONG_PATIENT("wrong_patient", "Wrong patient"),
    WRONG_VACCINE("wrong_vaccine", "Wrong vaccine"),
    WRONG_DATE("wrong_date", "Wrong date"),
    DUPLICATE("duplicate", "Duplicate entry"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    DoseErrorReason(String code, String label) {
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
    public static DoseErrorReason of(String field, String code) {
        return Coded.parse(DoseErrorReason.class, field, code);
    }
}
