package com.starlightdesk.data.domain;

/** How severe a recorded allergic reaction is. */
public enum AllergySeverity implements Coded {
    MILD("mild"),
    MODERATE("moderate"),
    SEVERE("severe");

    private final String code;

    AllergySeverity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static AllergySeverity of(String field, String code) {
        return Coded.parse(AllergySeverity.class, field, code);
    }
}
