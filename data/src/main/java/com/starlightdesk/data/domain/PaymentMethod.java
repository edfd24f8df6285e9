package com.starlightdesk.data.domain;

/** How a payment was made. */
public enum PaymentMethod implements Coded {
    CARD("card"),
    CASH("cash"),
    CHECK("check"),
    ACH("ach"),
    HSA("hsa"),
    OTHER("other");

    private final String code;

    PaymentMethod(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static PaymentMethod of(String field, String code) {
        return Coded.parse(PaymentMethod.class, field, code);
    }
}
