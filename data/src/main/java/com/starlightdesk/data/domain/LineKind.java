package com.starlightdesk.data.domain;

/** A line's part in its invoice's total: a charge, a service the membership covers (at zero), or a discount (subtracted). */
public enum LineKind implements Coded {
    CHARGE("charge"),
    COVERED("covered"),
    DISCOUNT("discount");

    private final String code;

    LineKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static LineKind of(String field, String code) {
        return Coded.parse(LineKind.class, field, code);
    }
}
