package com.starlightdesk.data.domain;

/**
 * Where a prospect family's card is in the enrolment pipeline: the four open stages in order, then lost (with a
 * {@link LostReason}) and enrolled (the card has left the board). A prospect child is in an open stage.
 */
public enum PipelineStage implements Coded {
    INQUIRY("inquiry"),
    MEET_AND_GREET("meet-and-greet"),
    SCHEDULED_VISIT("scheduled-visit"),
    READY_TO_ENROLL("ready-to-enroll"),
    LOST("lost"),
    ENROLLED("enrolled");

    /** The board's open columns, in order. */
    public static final java.util.List<PipelineStage> OPEN = java.util.List.of(INQUIRY, MEET_AND_GREET, SCHEDULED_VISIT, READY_TO_ENROLL);

    private final String code;

    PipelineStage(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Whether a card in this stage is on the board's open columns (not lost, not enrolled). */
    public boolean isOpen() {
        return this != LOST && this != ENROLLED;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static PipelineStage of(String field, String code) {
        return Coded.parse(PipelineStage.class, field, code);
    }
}
