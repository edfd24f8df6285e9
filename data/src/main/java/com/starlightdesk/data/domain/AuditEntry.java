package com.starlightdesk.data.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Who did what to which row (and which patient's chart), when; for a read of a chart, which part of it was
 * shown ({@code chartSection}, null for every other entry and for reads recorded before parts were). Append-only.
 */
public record AuditEntry(
        UUID id,
        UUID userId,
        AuditAction action,
        String tableName,
        UUID rowId,
        UUID patientId,
        Instant occurredAt,
        ChartPart chartSection) {

    public AuditEntry {
        Fields.id("id", id);
        Fields.required("action", action);
        tableName = Fields.optionalText("tableName", tableName, 64);
        occurredAt = Fields.instant("occurredAt", occurredAt);
        if (chartSection != null && (action != AuditAction.READ || patientId == null)) {
            throw new ValidationException("chartSection", "is only for a read of a patient's chart");
        }
    }
}
