package com.starlightdesk.data.domain;

/** Where a prospect family is in the enrolment pipeline, in order. */
public enum PipelineStage implements Coded {
    INQUIRY("inquiry"),
    MEET_AND_GREET("meet-and-greet"),
    SCHEDULED_VISIT("scheduled-visit"),
    READY_TO_ENROLL("ready-to-enroll");

    private final String code;

    PipelineStage(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static PipelineStage of(String field, String code) {
        return Coded.parse(PipelineStage.class, field, code);
    }
}
