package com.starlightdesk.data.domain;

/** One entry in a family's activity log: a call, an e-mail, a message, a note, or a move of the family's card (written with the move). */
public enum ActivityKind implements Coded {
    CALL("call"),
    EMAIL("email"),
    MESSAGE("message"),
    NOTE("note"),
    STAGE("stage");

    private final String code;

    ActivityKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static ActivityKind of(String field, String code) {
        return Coded.parse(ActivityKind.class, field, code);
    }
}
