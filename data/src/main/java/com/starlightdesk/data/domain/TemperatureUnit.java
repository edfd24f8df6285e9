package com.starlightdesk.data.domain;

/** The scale a temperature was entered in (stored in degrees Celsius, shown as entered). */
public enum TemperatureUnit implements Coded {
    C("C"),
    F("F");

    private final String code;

    TemperatureUnit(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static TemperatureUnit of(String field, String code) {
        return Coded.parse(TemperatureUnit.class, field, code);
    }
}
