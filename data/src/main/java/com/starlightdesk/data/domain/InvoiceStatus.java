package com.starlightdesk.data.domain;

/** An invoice's state: draft, sent, paid, overdue, or void (never deleted). */
public enum InvoiceStatus implements Coded {
    DRAFT("draft"),
    SENT("sent"),
    PAID("paid"),
    OVERDUE("overdue"),
    VOID("void");

    private final String code;

    InvoiceStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static InvoiceStatus of(String field, String code) {
        return Coded.parse(InvoiceStatus.class, field, code);
    }
}
