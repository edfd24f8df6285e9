package com.starlightdesk.data.domain;

/** Kind of outside contact the practice keeps. */
public enum ContactType implements Coded {
    REFERRAL_DOCTOR("referral_doctor"),
    INSURANCE("insurance"),
    VENDOR("vendor"),
    OTHER("other");

    private final String code;

    ContactType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static ContactType of(String field, String code) {
        return Coded.parse(ContactType.class, field, code);
    }
}
