package com.starlightdesk.data.domain;

/** Kind of clinical record in a chart. */
public enum RecordType implements Coded {
    SOAP_NOTE("soap_note"),
    LAB_RESULT("lab_result"),
    PRESCRIPTION("prescription"),
    VACCINATION("vaccination");

    private final String code;

    RecordType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static RecordType of(String field, String code) {
        return Coded.parse(RecordType.class, field, code);
    }
}
