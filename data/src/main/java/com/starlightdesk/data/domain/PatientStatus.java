package com.starlightdesk.data.domain;

/** Whether a person is an enrolled patient or still a prospect in the pipeline. */
public enum PatientStatus implements Coded {
    ACTIVE("active"),
    PROSPECT("prospect");

    private final String code;

    PatientStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static PatientStatus of(String field, String code) {
        return Coded.parse(PatientStatus.class, field, code);
    }
}
