package com.starlightdesk.data.domain;

import java.time.Instant;
import java.util.UUID;

/** Who did what to which row (and which patient's chart), when. Append-only. */
public record AuditEntry(
        UUID id,
        UUID userId,
        AuditAction action,
        String tableName,
        UUID rowId,
        UUID patientId,
        Instant occurredAt) {

    public AuditEntry {
        Fields.id("id", id);
        Fields.required("action", action);
        tableName = Fields.optionalText("tableName", tableName, 64);
        occurredAt = Fields.instant("occurredAt", occurredAt);
    }
}
