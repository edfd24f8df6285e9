package com.starlightdesk.sync.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.starlightdesk.data.repo.OutboxEntry;
import com.starlightdesk.data.repo.Table;
import com.starlightdesk.data.repo.Tables;
import com.starlightdesk.data.sync.LocalReplica;
import com.starlightdesk.data.sync.SyncConflict;
import com.starlightdesk.data.sync.SyncFields;
import com.starlightdesk.sync.remote.RemoteException;
import com.starlightdesk.sync.remote.RemoteResult;
import com.starlightdesk.sync.remote.RemoteRow;
import com.starlightdesk.sync.remote.RemoteStore;
import com.starlightdesk.sync.remote.RemoteTransaction;
import com.starlightdesk.sync.remote.SqlParam;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Drains the outbox oldest first. Each batch is one remote transaction that records its mutations in
 * {@code applied_mutations} and applies those this transaction recorded; the batch leaves the outbox only
 * after the server acknowledged the commit. Updates and deletes carry their base version and are merged field
 * by field against the server row when it moved on (see docs/decisions/sync-conflicts-and-cursor.md).
 *
 * <p>Round trips, not rows, are what a push costs through the Data API, so a batch of up to
 * {@value #MAX_BATCH_ENTRIES} entries takes a fixed handful of statements: one that records the mutations,
 * then for each run of inserts one {@code INSERT ... SELECT FROM jsonb_populate_recordset} per table (in
 * parent-before-child table order), and for each run of updates and deletes one {@code SELECT ... FOR UPDATE}
 * and one {@code UPDATE ... FROM jsonb_populate_record} per table. Rows travel as one JSON parameter, so the
 * SQL text stays small whatever the batch holds. Not thread-safe: one push at a time per store.
 */
public final class OutboxPush {
    /** Entries per batch, and bytes of changes per batch: well under the Data API's 4 MiB request. */
    static final int MAX_BATCH_ENTRIES = 1000;
    static final int MAX_BATCH_BYTES = 3 * 1024 * 1024;
    /**
     * Bytes of update and delete changes per batch: the server's current values of the same fields come back
     * in one result, which must stay under the Data API's 1 MiB response.
     */
    static final int MAX_UPDATE_BYTES = 384 * 1024;
    /** The JSON key carrying the row version an update was merged against (not a column). */
    private static final String SEEN_VERSION = "$seen";

    private final RemoteStore remote;
    private final LocalReplica replica;
    private final UUID deviceId;
    private final Clock clock;

    public OutboxPush(RemoteStore remote, LocalReplica replica, UUID deviceId, Clock clock) {
        this.remote = remote;
        this.replica = replica;
        this.deviceId = deviceId;
        this.clock = clock;
    }

    /** What one push did. */
    public record Outcome(int applied, int alreadyApplied, int conflicts) {
    }

    /** Pushes until the outbox is empty (changes made meanwhile included). */
    public Outcome pushAll() {
        int applied = 0;
        int replayed = 0;
        int conflicts = 0;
        while (true) {
            List<OutboxEntry> batch = nextBatch();
            if (batch.isEmpty()) {
                return new Outcome(applied, replayed, conflicts);
            }
            Outcome o = pushBatch(batch);
            applied += o.applied();
            replayed += o.alreadyApplied();
            conflicts += o.conflicts();
        }
    }

    private List<OutboxEntry> nextBatch() {
        List<OutboxEntry> candidates = replica.oldestPending(MAX_BATCH_ENTRIES);
        List<OutboxEntry> batch = new ArrayList<>();
        long bytes = 0;
        long updateBytes = 0;
        for (OutboxEntry e : candidates) {
            // A JSON string parameter inside a JSON request: escaping at most doubles the changes' text.
            long size = 256L + e.changes().length() * 2L;
            long update = e.operation().equals("insert") ? 0 : e.changes().length();
            if (!batch.isEmpty() && (bytes + size > MAX_BATCH_BYTES || updateBytes + update > MAX_UPDATE_BYTES)) {
                break;
            }
            batch.add(e);
            bytes += size;
            updateBytes += update;
        }
        return batch;
    }

    /** Pushes one batch in one remote transaction. */
    Outcome pushBatch(List<OutboxEntry> batch) {
        RemoteTransaction tx = remote.begin();
        Optional<RemoteTransaction> in = Optional.of(tx);
        List<SyncConflict> conflicts = new ArrayList<>();
        List<UUID> todo;
        try {
            todo = record(batch, in);
            Set<UUID> ours = new HashSet<>(todo);
            List<OutboxEntry> work = batch.stream().filter(e -> ours.contains(e.mutationId())).toList();
            Instant now = clock.instant();
            int from = 0;
            while (from < work.size()) {
                boolean inserts = isInsert(work.get(from));
                int to = from;
                while (to < work.size() && isInsert(work.get(to)) == inserts) {
                    to++;
                }
                for (Map.Entry<Table<?>, List<OutboxEntry>> run : byTable(work.subList(from, to)).entrySet()) {
                    if (inserts) {
                        insertAll(run.getKey(), run.getValue(), in, conflicts, now);
                    } else {
                        updateAll(run.getKey(), run.getValue(), in, conflicts, now);
                    }
                }
                from = to;
            }
            replica.stagePush(todo, conflicts);
            remote.commit(tx);
        } catch (RuntimeException e) {
            rollbackQuietly(tx);
            throw e;
        }
        replica.acknowledgePush(batch);
        return new Outcome(todo.size(), batch.size() - todo.size(), conflicts.size());
    }

    /**
     * Records the batch's mutations in {@code applied_mutations} and returns those this transaction recorded:
     * a mutation an earlier, committed push applied is left out (its reply was lost); a statement the SDK
     * re-sent within this transaction returns the same mutations again (they carry this transaction's id), so
     * a retry never drops work. A concurrent push of the same mutation waits on its row and then finds it.
     */
    private List<UUID> record(List<OutboxEntry> batch, Optional<RemoteTransaction> in) {
        UUID practiceId = replica.practiceId();
        RemoteResult recorded = remote.execute("INSERT INTO applied_mutations (practice_id, device_id, mutation_id)"
                + " SELECT :p, :d, m FROM unnest(cast(:ids AS uuid[])) AS m"
                + " ON CONFLICT (practice_id, device_id, mutation_id) DO UPDATE SET applied_at = applied_mutations.applied_at"
                + " WHERE applied_mutations.txid = pg_current_xact_id() RETURNING mutation_id",
                List.of(SqlParam.uuid("p", practiceId), SqlParam.uuid("d", deviceId),
                        SqlParam.text("ids", uuidArray(batch.stream().map(OutboxEntry::mutationId).toList()))), in);
        Set<UUID> ids = new HashSet<>();
        for (RemoteRow r : recorded.rows()) {
            ids.add(r.uuid("mutation_id"));
        }
        List<UUID> todo = new ArrayList<>();
        for (OutboxEntry e : batch) {
            if (ids.contains(e.mutationId())) {
                todo.add(e.mutationId());
            }
        }
        return todo;
    }

    private static boolean isInsert(OutboxEntry e) {
        return e.operation().equals("insert");
    }

    /** A run's entries per table, tables in parent-before-child order, entries in outbox order. */
    private static Map<Table<?>, List<OutboxEntry>> byTable(List<OutboxEntry> run) {
        Map<Table<?>, List<OutboxEntry>> found = new HashMap<>();
        for (OutboxEntry e : run) {
            found.computeIfAbsent(Tables.named(e.tableName()), t -> new ArrayList<>()).add(e);
        }
        Map<Table<?>, List<OutboxEntry>> ordered = new LinkedHashMap<>();
        for (Table<?> t : Tables.ALL) {
            List<OutboxEntry> entries = found.get(t);
            if (entries != null) {
                ordered.put(t, entries);
            }
        }
        return ordered;
    }

    private void rollbackQuietly(RemoteTransaction tx) {
        try {
            remote.rollback(tx);
        } catch (RemoteException ignored) {
            // the transaction is gone or unreachable; the server rolls it back on its idle timeout
        }
    }

    /**
     * A table's inserts as one {@code INSERT ... ON CONFLICT DO NOTHING RETURNING id}; a row neither inserted
     * nor already there was refused by another unique key (e.g. a user's e-mail) and goes to the inbox.
     */
    private void insertAll(Table<?> table, List<OutboxEntry> entries, Optional<RemoteTransaction> in,
                           List<SyncConflict> conflicts, Instant now) {
        if (table == Tables.PRACTICES) {
            return; // practices are created by provisioning; the server's row is the practice's
        }
        List<String> columns = new ArrayList<>();
        for (Table.Column c : table.columns()) {
            columns.add(c.name());
        }
        columns.addAll(List.of("practice_id", "created_at", "updated_at"));
        ArrayNode rows = JsonNodeFactory.instance.arrayNode(entries.size());
        for (OutboxEntry e : entries) {
            JsonNode changes = SyncFields.parse(e.changes());
            ObjectNode row = rows.addObject();
            for (String column : columns) {
                Object value = switch (column) {
                    case "id" -> e.rowId();
                    case "practice_id" -> replica.practiceId();
                    case "created_at", "updated_at" -> changes.has(column)
                            ? SyncFields.fromJson(table, column, changes.get(column).get("value")) : e.recordedAt();
                    default -> changes.has(column) ? SyncFields.fromJson(table, column, changes.get(column).get("value")) : null;
                };
                row.set(column, recordValue(table, column, value));
            }
        }
        String list = String.join(", ", columns);
        RemoteResult inserted = remote.execute("INSERT INTO " + table.name() + " (" + list + ") SELECT " + list
                + " FROM jsonb_populate_recordset(null::" + table.name() + ", cast(:rows AS jsonb)) ON CONFLICT DO NOTHING RETURNING id",
                List.of(SqlParam.text("rows", SyncFields.jsonText(rows))), in);
        if (inserted.rows().size() == entries.size()) {
            return;
        }
        RemoteResult existing = remote.execute("SELECT t.id FROM unnest(cast(:ids AS uuid[])) AS k(id) JOIN " + table.name()
                + " t ON t.id = k.id WHERE t.practice_id = :p",
                List.of(SqlParam.uuid("p", replica.practiceId()), SqlParam.text("ids", uuidArray(entries.stream().map(OutboxEntry::rowId).toList()))),
                in);
        Set<UUID> there = new HashSet<>();
        for (RemoteRow r : existing.rows()) {
            there.add(r.uuid("id"));
        }
        for (OutboxEntry e : entries) {
            if (!there.contains(e.rowId())) {
                conflicts.add(SyncConflict.found(e.mutationId(), table.name(), e.rowId(), "*", SyncConflict.Kind.REJECTED,
                        null, e.changes(), deviceId, null, e.recordedAt(), now));
            }
        }
    }

    /** A server row as a run of updates sees it: locked, its current values, and what the run will write. */
    private static final class ServerRow {
        final long seenVersion;
        long version;
        final Map<String, Object> values = new HashMap<>();
        final Map<String, Object> writes = new LinkedHashMap<>();

        ServerRow(long version) {
            this.seenVersion = version;
            this.version = version;
        }
    }

    /**
     * A table's updates and deletes: locks and reads the rows in one statement, merges each entry in outbox
     * order against the row as the entries before it left it, then writes every changed row in one statement
     * guarded by the version it read.
     */
    private void updateAll(Table<?> table, List<OutboxEntry> entries, Optional<RemoteTransaction> in,
                           List<SyncConflict> conflicts, Instant now) {
        boolean medical = table == Tables.MEDICAL_RECORDS;
        Set<String> fields = new LinkedHashSet<>(List.of("row_version", "deleted_at"));
        if (medical) {
            fields.add("signed_at");
        }
        Set<UUID> ids = new LinkedHashSet<>();
        List<JsonNode> changes = new ArrayList<>(entries.size());
        for (OutboxEntry e : entries) {
            JsonNode c = SyncFields.parse(e.changes());
            changes.add(c);
            c.fieldNames().forEachRemaining(f -> {
                SyncFields.typeOf(table, f); // refuses a name that is not a column of the table
                fields.add(f);
            });
            ids.add(e.rowId());
        }
        // Driven by the list of ids (a primary-key lookup each) whatever the table's statistics say; locked in
        // id order so that two PCs pushing overlapping rows cannot deadlock.
        StringBuilder select = new StringBuilder("SELECT t.id");
        for (String f : fields) {
            select.append(", t.").append(f);
        }
        RemoteResult current = remote.execute(select + " FROM unnest(cast(:ids AS uuid[])) AS k(id) JOIN " + table.name()
                + " t ON t.id = k.id WHERE t.practice_id = :p ORDER BY t.id FOR UPDATE OF t",
                List.of(SqlParam.uuid("p", replica.practiceId()), SqlParam.text("ids", uuidArray(List.copyOf(ids)))), in);
        Map<UUID, ServerRow> rows = new LinkedHashMap<>();
        for (RemoteRow r : current.rows()) {
            ServerRow row = new ServerRow(r.int64("row_version"));
            for (String f : fields) {
                if (!f.equals("row_version")) {
                    row.values.put(f, RemoteValues.read(table, f, r));
                }
            }
            rows.put(r.uuid("id"), row);
        }
        for (int i = 0; i < entries.size(); i++) {
            OutboxEntry e = entries.get(i);
            ServerRow row = rows.get(e.rowId());
            if (row == null) {
                conflicts.add(SyncConflict.found(e.mutationId(), table.name(), e.rowId(), "*", SyncConflict.Kind.REJECTED,
                        null, e.changes(), deviceId, null, e.recordedAt(), now));
                continue;
            }
            Map<String, Object> set = merge(table, e, changes.get(i), row, medical, conflicts, now);
            if (!set.isEmpty()) {
                set.putIfAbsent("updated_at", e.recordedAt());
                row.writes.putAll(set);
                row.values.putAll(set);
                row.version++;
            }
        }
        ArrayNode updates = JsonNodeFactory.instance.arrayNode();
        Set<String> written = new LinkedHashSet<>();
        for (Map.Entry<UUID, ServerRow> r : rows.entrySet()) {
            if (r.getValue().writes.isEmpty()) {
                continue;
            }
            ObjectNode u = updates.addObject();
            u.put("id", r.getKey().toString());
            u.put(SEEN_VERSION, r.getValue().seenVersion);
            for (Map.Entry<String, Object> w : r.getValue().writes.entrySet()) {
                u.set(w.getKey(), recordValue(table, w.getKey(), w.getValue()));
                written.add(w.getKey());
            }
        }
        if (updates.isEmpty()) {
            return;
        }
        StringBuilder assignments = new StringBuilder();
        for (String f : written) {
            assignments.append(assignments.length() == 0 ? "" : ", ").append(f).append(" = CASE WHEN v.j -> '").append(f)
                    .append("' IS NOT NULL THEN (v.r).").append(f).append(" ELSE t.").append(f).append(" END");
        }
        // Guarded by the version read under the row lock: a statement the SDK re-sent after a lost reply
        // finds the version already advanced and changes nothing.
        remote.execute("UPDATE " + table.name() + " AS t SET " + assignments
                + " FROM (SELECT j, jsonb_populate_record(null::" + table.name() + ", j) AS r"
                + " FROM jsonb_array_elements(cast(:rows AS jsonb)) AS j) AS v"
                + " WHERE t.practice_id = :p AND t.id = (v.r).id AND t.row_version = (v.j ->> '" + SEEN_VERSION + "')::bigint",
                List.of(SqlParam.uuid("p", replica.practiceId()), SqlParam.text("rows", SyncFields.jsonText(updates))), in);
    }

    /**
     * One update or delete merged against the server row: returns the fields to write (empty when nothing
     * is written) and adds the conflicts it met.
     */
    private Map<String, Object> merge(Table<?> table, OutboxEntry e, JsonNode changes, ServerRow server, boolean medical,
                                      List<SyncConflict> conflicts, Instant now) {
        List<String> fields = new ArrayList<>();
        changes.fieldNames().forEachRemaining(fields::add);
        long serverVersion = server.version;
        boolean unchanged = e.baseVersion() != null && e.baseVersion() == serverVersion;
        boolean serverDeleted = server.values.get("deleted_at") != null;
        boolean signed = medical && server.values.get("signed_at") != null;
        boolean delete = e.operation().equals("delete");
        boolean restore = fields.contains("deleted_at") && changes.get("deleted_at").get("value").isNull();

        Map<String, Object> set = new LinkedHashMap<>();
        if (delete) {
            Object deletedAt = SyncFields.fromJson(table, "deleted_at", changes.get("deleted_at").get("value"));
            if (serverDeleted) {
                return Map.of();
            }
            if (signed) {
                conflicts.add(conflict(e, table, "deleted_at", SyncConflict.Kind.SIGNED_RECORD, null, deletedAt, serverVersion, now));
                return Map.of();
            }
            set.put("deleted_at", deletedAt);
            if (!unchanged) {
                conflicts.add(conflict(e, table, "deleted_at", SyncConflict.Kind.DELETED_EDITED, deletedAt, null, serverVersion, now));
            }
            return set;
        }
        for (String f : fields) {
            Object base = SyncFields.fromJson(table, f, changes.get(f).get("base"));
            Object mine = SyncFields.fromJson(table, f, changes.get(f).get("value"));
            Object theirs = server.values.get(f);
            if (SyncFields.same(table, f, theirs, mine)) {
                continue;
            }
            if (signed) {
                conflicts.add(conflict(e, table, f, SyncConflict.Kind.SIGNED_RECORD, theirs, mine, serverVersion, now));
            } else if (serverDeleted && !restore) {
                conflicts.add(conflict(e, table, f, SyncConflict.Kind.EDITED_DELETED, theirs, mine, serverVersion, now));
            } else {
                set.put(f, mine);
                if (!unchanged && !SyncFields.same(table, f, theirs, base)) {
                    // The same field changed on both sides: the later-received edit (this one) wins.
                    conflicts.add(conflict(e, table, f, SyncConflict.Kind.SAME_FIELD, mine, theirs, serverVersion, now));
                }
            }
        }
        return signed || (serverDeleted && !restore) ? Map.of() : set;
    }

    /** A column value as {@code jsonb_populate_record} reads it: JSON documents embedded, the rest as text or numbers. */
    private static JsonNode recordValue(Table<?> table, String column, Object value) {
        if (value instanceof String text && SyncFields.isJson(table, column)) {
            return SyncFields.parse(text);
        }
        return SyncFields.toJson(value);
    }

    private SyncConflict conflict(OutboxEntry e, Table<?> table, String field, SyncConflict.Kind kind, Object kept, Object other,
                                  long serverVersion, Instant now) {
        return SyncConflict.found(e.mutationId(), table.name(), e.rowId(), field, kind,
                SyncFields.jsonText(SyncFields.toJson(kept)), SyncFields.jsonText(SyncFields.toJson(other)),
                deviceId, serverVersion, e.recordedAt(), now);
    }

    static String uuidArray(List<UUID> ids) {
        StringBuilder sb = new StringBuilder("{");
        for (UUID id : ids) {
            sb.append(sb.length() == 1 ? "" : ",").append(id);
        }
        return sb.append('}').toString();
    }
}
