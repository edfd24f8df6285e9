package com.starlightdesk.data.domain;

/** Progress of a staff task. */
public enum TaskStatus implements Coded {
    OPEN("open"),
    IN_PROGRESS("in_progress"),
    DONE("done");

    private final String code;

    TaskStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static TaskStatus of(String field, String code) {
        return Coded.parse(TaskStatus.class, field, code);
    }
}
