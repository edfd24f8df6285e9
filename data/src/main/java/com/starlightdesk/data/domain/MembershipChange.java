package com.starlightdesk.data.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One change in a membership's history, never edited: enrolled, paused (from {@code effectiveOn}, the first day
 * not billed), resumed (the first day billed again), cancelled ({@code effectiveOn} the last day billed), plan
 * changed (with the plan and, when it is not the age's plan, the reason) or fee override changed.
 */
public record MembershipChange(UUID id, UUID subscriptionId, UUID patientId, MembershipChangeKind kind, LocalDate effectiveOn,
                               UUID planId, BigDecimal feeOverride, String reason, UUID recordedBy) {
    public MembershipChange {
        Fields.id("id", id);
        Fields.id("subscriptionId", subscriptionId);
        Fields.id("patientId", patientId);
        Fields.required("kind", kind);
        Fields.required("effectiveOn", effectiveOn);
        if ((kind == MembershipChangeKind.ENROLLED || kind == MembershipChangeKind.PLAN_CHANGED) && planId == null) {
            throw new ValidationException("planId", "is required when a membership starts or changes plan");
        }
        feeOverride = Fields.optionalMoney("feeOverride", feeOverride);
        reason = Fields.optionalText("reason", reason, 500);
    }
}
