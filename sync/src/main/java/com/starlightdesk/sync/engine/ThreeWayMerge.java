package com.starlightdesk.sync.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.starlightdesk.data.repo.OutboxEntry;
import com.starlightdesk.data.repo.Table;
import com.starlightdesk.data.repo.Tables;
import com.starlightdesk.data.sync.SyncConflict;
import com.starlightdesk.data.sync.SyncFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conflict policy of a push: one outbox update or delete merged field by field against the server row it
 * meets, with the entry's base values as the common ancestor (docs/decisions/sync-conflicts-and-cursor.md).
 * A pure function: it reads no store and writes nothing; the push locks the row, writes what this returns and
 * records the conflicts. Stateless and thread-safe.
 */
final class ThreeWayMerge {
    /** For an invoice line, whether its invoice is sent or void on the server (read beside the line's values). */
    static final String INVOICE_FINAL = "invoice_final";

    private ThreeWayMerge() {
    }

    /**
     * A conflict the merge met: the field, why sync had to choose, the value the row keeps and the value that
     * did not survive (Java column values, as {@link SyncFields#fromJson} gives them).
     */
    record Found(String field, SyncConflict.Kind kind, Object kept, Object other) {
    }

    /** The fields to write to the server row (empty when nothing is written) and the conflicts met. */
    record Outcome(Map<String, Object> writes, List<Found> conflicts) {
        Outcome {
            writes = Collections.unmodifiableMap(new LinkedHashMap<>(writes));
            conflicts = List.copyOf(conflicts);
        }
    }

    /**
     * Merges {@code entry} (an update or a delete whose changes are {@code changes}) against the server row at
     * {@code serverVersion} holding {@code server}: the current values of the entry's fields, of {@code deleted_at},
     * for a medical record of {@code signed_at}, for an invoice of {@code status} and {@code voided_at}, and for an
     * invoice line whether its invoice is sent or void ({@link #INVOICE_FINAL}).
     */
    static Outcome merge(Table<?> table, OutboxEntry entry, JsonNode changes, long serverVersion, Map<String, Object> server) {
        boolean unchanged = entry.baseVersion() != null && entry.baseVersion() == serverVersion;
        boolean serverDeleted = server.get("deleted_at") != null;
        boolean signed = (table == Tables.MEDICAL_RECORDS && server.get("signed_at") != null) || finalInvoice(table, changes, server)
                || (table == Tables.LINE_ITEMS && Boolean.TRUE.equals(server.get(INVOICE_FINAL)));
        List<Found> conflicts = new ArrayList<>();

        if (entry.operation().equals("delete")) {
            Object deletedAt = SyncFields.fromJson(table, "deleted_at", changes.get("deleted_at").get("value"));
            if (serverDeleted) {
                return new Outcome(Map.of(), conflicts); // deleted on both sides: nothing to choose
            }
            if (signed) {
                conflicts.add(new Found("deleted_at", SyncConflict.Kind.SIGNED_RECORD, null, deletedAt));
                return new Outcome(Map.of(), conflicts);
            }
            if (!unchanged) {
                // Deleted here, edited elsewhere: the delete is applied (a soft delete keeps the data).
                conflicts.add(new Found("deleted_at", SyncConflict.Kind.DELETED_EDITED, deletedAt, null));
            }
            Map<String, Object> writes = new LinkedHashMap<>();
            writes.put("deleted_at", deletedAt);
            return new Outcome(writes, conflicts);
        }

        JsonNode deletedChange = changes.get("deleted_at");
        boolean restore = deletedChange != null && deletedChange.get("value").isNull();
        boolean blocked = signed || (serverDeleted && !restore);
        Map<String, Object> writes = new LinkedHashMap<>();
        for (var fields = changes.fieldNames(); fields.hasNext(); ) {
            String f = fields.next();
            Object base = SyncFields.fromJson(table, f, changes.get(f).get("base"));
            Object mine = SyncFields.fromJson(table, f, changes.get(f).get("value"));
            Object theirs = server.get(f);
            if (SyncFields.same(table, f, theirs, mine)) {
                continue; // already what this edit wants
            }
            if (signed) {
                conflicts.add(new Found(f, SyncConflict.Kind.SIGNED_RECORD, theirs, mine));
            } else if (blocked) {
                conflicts.add(new Found(f, SyncConflict.Kind.EDITED_DELETED, theirs, mine));
            } else {
                writes.put(f, mine);
                if (!unchanged && !SyncFields.same(table, f, theirs, base)) {
                    // The same field changed on both sides: the later-received edit (this one) wins.
                    conflicts.add(new Found(f, SyncConflict.Kind.SAME_FIELD, mine, theirs));
                }
            }
        }
        return new Outcome(blocked ? Map.of() : writes, conflicts);
    }

    /**
     * Whether the server's invoice is final for this change: sent or void, it is never edited (an edit made to the
     * draft on a desk that had not yet seen it sent changes nothing), and the one change it takes is voiding it once
     * sent. Such a change is refused like an edit of a signed note.
     */
    private static boolean finalInvoice(Table<?> table, JsonNode changes, Map<String, Object> server) {
        if (table != Tables.INVOICES) {
            return false;
        }
        Object status = server.get("status");
        boolean voided = "void".equals(status) || server.get("voided_at") != null;
        if (status == null || ("draft".equals(status) && !voided)) {
            return false;
        }
        JsonNode statusChange = changes.get("status");
        boolean voiding = statusChange != null && "void".equals(statusChange.get("value").asText(null));
        return voided || !voiding;
    }
}
