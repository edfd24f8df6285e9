package com.starlightdesk.data.domain;

/** Urgency of a staff task. */
public enum TaskPriority implements Coded {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high");

    private final String code;

    TaskPriority(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static TaskPriority of(String field, String code) {
        return Coded.parse(TaskPriority.class, field, code);
    }
}
