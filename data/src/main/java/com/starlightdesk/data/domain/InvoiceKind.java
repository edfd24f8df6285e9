package com.starlightdesk.data.domain;

/** What an invoice bills: a membership's month, a visit, or a credit note correcting an invoice already sent. */
public enum InvoiceKind implements Coded {
    MEMBERSHIP("membership"),
    VISIT("visit"),
    CREDIT_NOTE("credit_note");

    private final String code;

    InvoiceKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static InvoiceKind of(String field, String code) {
        return Coded.parse(InvoiceKind.class, field, code);
    }
}
