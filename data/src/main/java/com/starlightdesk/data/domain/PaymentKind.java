package com.starlightdesk.data.domain;

/** Money received from a family (a payment) or returned to it (a refund, with its reason). */
public enum PaymentKind implements Coded {
    PAYMENT("payment"),
    REFUND("refund");

    private final String code;

    PaymentKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static PaymentKind of(String field, String code) {
        return Coded.parse(PaymentKind.class, field, code);
    }
}
