package com.starlightdesk.data.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry in a prospect family's activity log, never edited: a call, e-mail, message or note with what was said,
 * or a move of the family's card from one stage to another. {@code recordedBy} is the user who made it.
 */
public record FamilyActivity(UUID id, UUID cardId, ActivityKind kind, Instant occurredAt, UUID recordedBy, String summary,
                             PipelineStage fromStage, PipelineStage toStage) {
    public FamilyActivity {
        Fields.id("id", id);
        Fields.id("cardId", cardId);
        Fields.required("kind", kind);
        occurredAt = Fields.instant("occurredAt", occurredAt);
        summary = Fields.optionalText("summary", summary, 4000);
        if (kind == ActivityKind.STAGE && toStage == null) {
            throw new ValidationException("toStage", "is required for a move of the card");
        }
        if (kind != ActivityKind.STAGE && (toStage != null || fromStage != null)) {
            throw new ValidationException("toStage", "belongs to a move of the card only");
        }
        if (kind != ActivityKind.STAGE && summary == null) {
            throw new ValidationException("summary", "is required: what was said or done");
        }
    }
}
