package com.starlightdesk.data.domain;

/** Allergies and medications are inactivated, never deleted. */
public enum ClinicalStatus implements Coded {
    ACTIVE("active"),
    INACTIVE("inactive");

    private final String code;

    ClinicalStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static ClinicalStatus of(String field, String code) {
        return Coded.parse(ClinicalStatus.class, field, code);
    }
}
