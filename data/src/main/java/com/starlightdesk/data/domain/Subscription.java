package com.starlightdesk.data.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A patient's membership in a plan, from {@code startedAt} until {@code endedAt} (open-ended if null). */
public record Subscription(UUID id, UUID patientId, UUID planId, LocalDate startedAt, LocalDate endedAt, SubscriptionStatus status) {
    public Subscription {
        Fields.id("id", id);
        Fields.id("patientId", patientId);
        Fields.id("planId", planId);
        Fields.required("startedAt", startedAt);
        Fields.notBefore("endedAt", endedAt, "startedAt", startedAt);
        Fields.required("status", status);
    }
}
