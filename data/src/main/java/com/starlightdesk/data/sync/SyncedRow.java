package com.starlightdesk.data.sync;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One row as the server holds it, pulled for the local store: every column (record and metadata) by
 * name, as Java values, and the server transaction that last wrote it. Immutable; its string form names no values.
 */
public record SyncedRow(String tableName, UUID id, Map<String, Object> values, String txid) {
    public SyncedRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    @Override
    public String toString() {
        return "SyncedRow[" + tableName + " " + id + " txid " + txid + "]";
    }
}
