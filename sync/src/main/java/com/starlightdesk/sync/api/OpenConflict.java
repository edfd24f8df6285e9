package com.starlightdesk.sync.api;

import com.starlightdesk.data.repo.Table;
import com.starlightdesk.data.sync.SyncConflict;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the conflict inbox: which field of which row (its table as a type), why sync had to choose, when the edit was
 * made and when the conflict was found. {@code keptValue} and {@code otherValue} are the two values as
 * JSON text and may be a patient's data: show them only to a user who may see that row, never log them.
 * Immutable; its string form names no values.
 */
public record OpenConflict(UUID id, Table<?> table, UUID rowId, String fieldName, SyncConflict.Kind kind, String keptValue,
                           String otherValue, Instant editedAt, Instant detectedAt) {

    @Override
    public String toString() {
        return "OpenConflict[" + kind.code() + " " + table.name() + "." + fieldName + " row " + rowId + "]";
    }
}
