package com.starlightdesk.data.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the Chart access list: who ({@code userName}, null if the user is not on this desk) was shown
 * which part of whose chart, and when. {@code part} is null for a section read recorded before parts were
 * (then {@code tableName} says what it read). No clinical content.
 */
public record ChartOpening(
        UUID id,
        Instant occurredAt,
        UUID userId,
        String userName,
        UUID patientId,
        String patientName,
        ChartPart part,
        String tableName) {

    public ChartOpening {
        Fields.id("id", id);
        Fields.id("patientId", patientId);
        occurredAt = Fields.instant("occurredAt", occurredAt);
    }
}
