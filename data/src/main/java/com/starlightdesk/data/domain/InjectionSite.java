package com.starlightdesk.data.domain;

/** Where on the body a dose was injected. */
public enum InjectionSite implements Coded {
    LEFT_ARM("left_arm", "Left upper arm"),
    RIGHT_ARM("right_arm", "Right upper arm"),
    LEFT_DELTOID("left_deltoid", "Left deltoid"),
    RIGHT_DELTOID("right_deltoid", "Right deltoid"),
    LEFT_THIGH("left_thigh", "Left thigh"),
    RIGHT_THIGH("right_thigh", "Right thigh");

    private final String code;
    private final String label;

    InjectionSite(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    /** How the chart names it. */
    public String label() {
        return label;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static InjectionSite of(String field, String code) {
        return Coded.parse(InjectionSite.class, field, code);
    }
}
