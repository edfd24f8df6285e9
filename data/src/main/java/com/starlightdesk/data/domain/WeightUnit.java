package com.starlightdesk.data.domain;

/** The unit a weight was entered in (it is stored in kilograms and shown as entered). */
public enum WeightUnit implements Coded {
    KG("kg"),
    LB("lb");

    private final String code;

    WeightUnit(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static WeightUnit of(String field, String code) {
        return Coded.parse(WeightUnit.class, field, code);
    }
}
