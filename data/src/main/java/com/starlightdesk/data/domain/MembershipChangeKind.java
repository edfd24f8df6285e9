package com.starlightdesk.data.domain;

/** One change in a membership's history. */
public enum MembershipChangeKind implements Coded {
    ENROLLED("enrolled"),
    PAUSED("paused"),
    RESUMED("resumed"),
    CANCELLED("cancelled"),
    PLAN_CHANGED("plan_changed"),
    FEE_CHANGED("fee_changed");

    private final String code;

    MembershipChangeKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static MembershipChangeKind of(String field, String code) {
        return Coded.parse(MembershipChangeKind.class, field, code);
    }
}
