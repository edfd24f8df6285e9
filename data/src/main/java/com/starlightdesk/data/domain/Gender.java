package com.starlightdesk.data.domain;

/** A patient's recorded gender. */
public enum Gender implements Coded {
    FEMALE("female"),
    MALE("male"),
    OTHER("other"),
    UNKNOWN("unknown");

    private final String code;

    Gender(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static Gender of(String field, String code) {
        return Coded.parse(Gender.class, field, code);
    }
}
