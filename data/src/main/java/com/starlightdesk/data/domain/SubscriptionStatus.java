package com.starlightdesk.data.domain;

/** State of a patient's membership. */
public enum SubscriptionStatus implements Coded {
    ACTIVE("active"),
    PAUSED("paused"),
    CANCELLED("cancelled");

    private final String code;

    SubscriptionStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static SubscriptionStatus of(String field, String code) {
        return Coded.parse(SubscriptionStatus.class, field, code);
    }
}
