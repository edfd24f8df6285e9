package com.starlightdesk.data.domain;

/** How a child was measured: lying down (length, under about two years) or standing (height). */
public enum LengthPosition implements Coded {
    RECUMBENT("recumbent"),
    STANDING("standing");

    private final String code;

    LengthPosition(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static LengthPosition of(String field, String code) {
        return Coded.parse(LengthPosition.class, field, code);
    }
}
