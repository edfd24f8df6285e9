package com.starlightdesk.data.domain;

/** Why an allergy no longer applies: it resolved (e.g. outgrown), or it was entered in error. */
public enum AllergyInactivation implements Coded {
    RESOLVED("resolved"),
    ENTERED_IN_ERROR("entered_in_error");

    private final String code;

    AllergyInactivation(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static AllergyInactivation of(String field, String code) {
        return Coded.parse(AllergyInactivation.class, field, code);
    }
}
