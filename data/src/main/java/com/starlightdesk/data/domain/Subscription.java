package com.starlightdesk.data.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A patient's membership in a plan, from {@code startedAt} until {@code endedAt} (the last day billed;
 * open-ended if null). {@code planReason} says why the membership is in another plan than the one the child's
 * age calls for; a membership without one follows the age bands.
 */
public record Subscription(UUID id, UUID patientId, UUID planId, LocalDate startedAt, LocalDate endedAt, SubscriptionStatus status,
                           String planReason) {
    public Subscription {
        Fields.id("id", id);
        Fields.id("patientId", patientId);
        Fields.id("planId", planId);
        Fields.required("startedAt", startedAt);
        Fields.notBefore("endedAt", endedAt, "startedAt", startedAt);
        Fields.required("status", status);
        planReason = Fields.optionalText("planReason", planReason, 500);
    }

    /** Whether the billing run picks the plan of the child's age band each month. */
    public boolean followsAgeBands() {
        return planReason == null;
    }
}
