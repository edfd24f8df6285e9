package com.starlightdesk.data.domain;

/** The unit a length, height or head circumference was entered in (stored in centimetres, shown as entered). */
public enum LengthUnit implements Coded {
    CM("cm"),
    IN("in");

    private final String code;

    LengthUnit(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static LengthUnit of(String field, String code) {
        return Coded.parse(LengthUnit.class, field, code);
    }
}
