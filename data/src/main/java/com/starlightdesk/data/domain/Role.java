package com.starlightdesk.data.domain;

/** What a signed-in user may do: admins manage users and settings, providers chart, staff schedule and bill. */
public enum Role implements Coded {
    ADMIN("admin"),
    PROVIDER("provider"),
    STAFF("staff");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static Role of(String field, String code) {
        return Coded.parse(Role.class, field, code);
    }
}
