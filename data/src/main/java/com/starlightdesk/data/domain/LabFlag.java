package com.starlightdesk.data.domain;

/** Whether a lab result lies within its reference range. */
public enum LabFlag implements Coded {
    NORMAL("normal"),
    ABNORMAL("abnormal");

    private final String code;

    LabFlag(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static LabFlag of(String field, String code) {
        return Coded.parse(LabFlag.class, field, code);
    }
}
