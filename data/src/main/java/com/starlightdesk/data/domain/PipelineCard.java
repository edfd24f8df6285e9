package com.starlightdesk.data.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A prospect family's card on the pipeline board. Its id is the family's id: the children are patients whose
 * {@code familyId} is this id. A lost card names why; the source is a channel, or a referral that may name the
 * referring contact. {@code stageEnteredOn} is the day the card entered its stage.
 */
public record PipelineCard(UUID id, PipelineStage stage, LocalDate stageEnteredOn, LostReason lostReason, InquirySource sourceChannel,
                           UUID sourceContactId, String nextStep, LocalDate nextStepOn) {
    public PipelineCard {
        Fields.id("id", id);
        Fields.required("stage", stage);
        Fields.required("stageEnteredOn", stageEnteredOn);
        if (stage == PipelineStage.LOST && lostReason == null) {
            throw new ValidationException("lostReason", "is required: why did the family not join?");
        }
        if (stage != PipelineStage.LOST && lostReason != null) {
            throw new ValidationException("lostReason", "applies to a lost family only");
        }
        Fields.required("sourceChannel", sourceChannel);
        if (sourceContactId != null && sourceChannel != InquirySource.REFERRAL) {
            throw new ValidationException("sourceContactId", "names the referring contact of a referral only");
        }
        nextStep = Fields.optionalText("nextStep", nextStep, 200);
    }

    /** This card moved to {@code to} on {@code day} (a lost card with its reason); the next step stays. */
    public PipelineCard movedTo(PipelineStage to, LostReason reason, LocalDate day) {
        return new PipelineCard(id, to, day, reason, sourceChannel, sourceContactId, nextStep, nextStepOn);
    }

    /** This card with the next step and its day (null: none). */
    public PipelineCard withNextStep(String step, LocalDate on) {
        return new PipelineCard(id, stage, stageEnteredOn, lostReason, sourceChannel, sourceContactId, step, on);
    }
}
