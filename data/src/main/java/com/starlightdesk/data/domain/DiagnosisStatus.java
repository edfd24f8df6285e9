package com.starlightdesk.data.domain;

/** Clinical status of a diagnosis. */
public enum DiagnosisStatus implements Coded {
    ACTIVE("active"),
    RESOLVED("resolved"),
    CHRONIC("chronic");

    private final String code;

    DiagnosisStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static DiagnosisStatus of(String field, String code) {
        return Coded.parse(DiagnosisStatus.class, field, code);
    }
}
