package com.starlightdesk.data.domain;

/** Why a medication is no longer active: stopped, course completed, or entered in error. */
public enum MedicationInactivation implements Coded {
    STOPPED("stopped"),
    COMPLETED("completed"),
    ENTERED_IN_ERROR("entered_in_error");

    private final String code;

    MedicationInactivation(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static MedicationInactivation of(String field, String code) {
        return Coded.parse(MedicationInactivation.class, field, code);
    }
}
