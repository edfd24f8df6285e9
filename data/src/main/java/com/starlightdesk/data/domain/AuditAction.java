package com.starlightdesk.data.domain;

/** What an audited user did. */
public enum AuditAction implements Coded {
    READ("read"),
    CREATE("create"),
    UPDATE("update"),
    DELETE("delete"),
    EXPORT("export"),
    IMPORT("import"),
    SIGN_IN("sign_in"),
    SIGN_OUT("sign_out"),
    LOCK("lock");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static AuditAction of(String field, String code) {
        return Coded.parse(AuditAction.class, field, code);
    }
}
