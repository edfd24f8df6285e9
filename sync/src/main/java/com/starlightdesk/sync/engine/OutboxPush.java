package com.starlightdesk.sync.engine;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Drains the outbox oldest first. Each batch is one remote transaction that records its mutations in
 * {@code applied_mutations} and applies those not applied before; the batch leaves the outbox only after
 * the server acknowledged the commit. Updates and deletes carry their base version and are merged field by
 * field against the server row when it moved on (see docs/decisions/sync-conflicts-and-cursor.md).
 * Not thread-safe: one push at a time per store.
 */
public final class OutboxPush {
    /** Entries per batch, and bytes of changes per batch: well under the Data API's 4 MiB request. */
    static final int MAX_BATCH_ENTRIES = 100;
    static final int MAX_BATCH_BYTES = 3 * 1024 * 1024;
    /** Rows per multi-row INSERT: keeps its SQL text well under the Data API's 64 KiB. */
    static final int MAX_ROWS_PER_INSERT = 50;

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
        for (OutboxEntry e : candidates) {
            long size = 1024L + e.changes().length() * 3L;
            if (!batch.isEmpty() && bytes + size > MAX_BATCH_BYTES) {
                break;
            }
            batch.add(e);
            bytes += size;
        }
        return batch;
    }

    /** Pushes one batch in one remote transaction. */
    Outcome pushBatch(List<OutboxEntry> batch) {
        UUID practiceId = replica.practiceId();
        RemoteTransaction tx = remote.begin();
        List<SyncConflict> conflicts = new ArrayList<>();
        List<UUID> todo = new ArrayList<>();
        try {
            Optional<RemoteTransaction> in = Optional.of(tx);
            String ids = uuidArray(batch.stream().map(OutboxEntry::mutationId).toList());
            RemoteResult done = remote.execute("SELECT mutation_id FROM applied_mutations WHERE practice_id = :p AND device_id = :d"
                    + " AND mutation_id = ANY(cast(:ids AS uuid[]))",
                    List.of(SqlParam.uuid("p", practiceId), SqlParam.uuid("d", deviceId), SqlParam.text("ids", ids)), in);
            Set<UUID> applied = new HashSet<>();
            for (RemoteRow r : done.rows()) {
                applied.add(r.uuid("mutation_id"));
            }
            List<OutboxEntry> work = batch.stream().filter(e -> !applied.contains(e.mutationId())).toList();
            if (!work.isEmpty()) {
                work.forEach(e -> todo.add(e.mutationId()));
                // Idempotent within this transaction (a statement the SDK retried inserts nothing twice), exclusive
                // across transactions: a concurrent push of the same mutation fails on the primary key.
                remote.execute("INSERT INTO applied_mutations (practice_id, device_id, mutation_id)"
                        + " SELECT :p, :d, m FROM unnest(cast(:ids AS uuid[])) AS m WHERE NOT EXISTS (SELECT 1 FROM applied_mutations a"
                        + " WHERE a.practice_id = :p AND a.device_id = :d AND a.mutation_id = m)",
                        List.of(SqlParam.uuid("p", practiceId), SqlParam.uuid("d", deviceId), SqlParam.text("ids", uuidArray(todo))), in);
                Instant now = clock.instant();
                List<OutboxEntry> inserts = new ArrayList<>();
                for (OutboxEntry e : work) {
                    if (e.operation().equals("insert") && (inserts.isEmpty() || inserts.get(0).tableName().equals(e.tableName()))
                            && inserts.size() < MAX_ROWS_PER_INSERT) {
                        inserts.add(e);
                        continue;
                    }
                    insertAll(inserts, in, conflicts, now);
                    inserts.clear();
                    if (e.operation().equals("insert")) {
                        inserts.add(e);
                    } else {
                        apply(e, in, conflicts, now);
                    }
                }
                insertAll(inserts, in, conflicts, now);
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

    private void rollbackQuietly(RemoteTransaction tx) {
        try {
            remote.rollback(tx);
        } catch (RemoteException ignored) {
            // the transaction is gone or unreachable; the server rolls it back on its idle timeout
        }
    }

    /**
     * Consecutive inserts into one table as one multi-row INSERT ... ON CONFLICT DO NOTHING RETURNING id;
     * a row neither inserted nor already there was refused by another unique key.
     */
    private void insertAll(List<OutboxEntry> entries, Optional<RemoteTransaction> in, List<SyncConflict> conflicts, Instant now) {
        if (entries.isEmpty()) {
            return;
        }
        Table<?> table = Tables.named(entries.get(0).tableName());
        if (table == Tables.PRACTICES) {
            return; // practices are created by provisioning; the server's row is the practice's
        }
        if (entries.size() == 1) {
            apply(entries.get(0), in, conflicts, now);
            return;
        }
        List<String> columns = new ArrayList<>();
        for (Table.Column c : table.columns()) {
            columns.add(c.name());
        }
        columns.addAll(List.of("practice_id", "created_at", "updated_at"));
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table.name()).append(" (").append(String.join(", ", columns))
                .append(") VALUES ");
        List<SqlParam> params = new ArrayList<>();
        for (int r = 0; r < entries.size(); r++) {
            OutboxEntry e = entries.get(r);
            JsonNode changes = SyncFields.parse(e.changes());
            sql.append(r == 0 ? "(" : ", (");
            for (int k = 0; k < columns.size(); k++) {
                String column = columns.get(k);
                Object value = switch (column) {
                    case "id" -> e.rowId();
                    case "practice_id" -> replica.practiceId();
                    case "created_at", "updated_at" -> e.recordedAt();
                    default -> changes.has(column) ? SyncFields.fromJson(table, column, changes.get(column).get("value")) : null;
                };
                String name = "r" + r + "_" + k;
                sql.append(k == 0 ? ":" : ", :").append(name);
                params.add(RemoteValues.param(table, column, name, value));
            }
            sql.append(')');
        }
        sql.append(" ON CONFLICT DO NOTHING RETURNING id");
        RemoteResult inserted = remote.execute(sql.toString(), params, in);
        if (inserted.rows().size() == entries.size()) {
            return;
        }
        RemoteResult existing = remote.execute("SELECT id FROM " + table.name() + " WHERE practice_id = :p AND id = ANY(cast(:ids AS uuid[]))",
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

    private void apply(OutboxEntry e, Optional<RemoteTransaction> in, List<SyncConflict> conflicts, Instant now) {
        Table<?> table = Tables.named(e.tableName());
        JsonNode changes = SyncFields.parse(e.changes());
        switch (e.operation()) {
            case "insert" -> insert(table, e, changes, in, conflicts, now);
            case "update", "delete" -> update(table, e, changes, in, conflicts, now);
            default -> throw new IllegalStateException("Unknown outbox operation " + e.operation());
        }
    }

    private void insert(Table<?> table, OutboxEntry e, JsonNode changes, Optional<RemoteTransaction> in,
                        List<SyncConflict> conflicts, Instant now) {
        if (table == Tables.PRACTICES) {
            return; // practices are created by provisioning; the server's row is the practice's
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", e.rowId());
        changes.fieldNames().forEachRemaining(f -> values.put(f, SyncFields.fromJson(table, f, changes.get(f).get("value"))));
        values.put("practice_id", replica.practiceId());
        values.putIfAbsent("created_at", e.recordedAt());
        values.putIfAbsent("updated_at", e.recordedAt());
        StringBuilder names = new StringBuilder();
        StringBuilder placeholders = new StringBuilder();
        List<SqlParam> params = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Object> v : values.entrySet()) {
            names.append(i == 0 ? "" : ", ").append(v.getKey());
            placeholders.append(i == 0 ? "" : ", ").append(":v").append(i);
            params.add(RemoteValues.param(table, v.getKey(), "v" + i, v.getValue()));
            i++;
        }
        RemoteResult inserted = remote.execute("INSERT INTO " + table.name() + " (" + names + ") VALUES (" + placeholders
                + ") ON CONFLICT DO NOTHING RETURNING id", params, in);
        if (!inserted.rows().isEmpty()) {
            return;
        }
        RemoteResult existing = remote.execute("SELECT id FROM " + table.name() + " WHERE id = :id AND practice_id = :p",
                List.of(SqlParam.uuid("id", e.rowId()), SqlParam.uuid("p", replica.practiceId())), in);
        if (existing.rows().isEmpty()) {
            // Another unique key (e.g. a user's e-mail) already taken: the server refuses this row.
            conflicts.add(SyncConflict.found(e.mutationId(), table.name(), e.rowId(), "*", SyncConflict.Kind.REJECTED,
                    null, e.changes(), deviceId, null, e.recordedAt(), now));
        }
    }

    private void update(Table<?> table, OutboxEntry e, JsonNode changes, Optional<RemoteTransaction> in,
                        List<SyncConflict> conflicts, Instant now) {
        List<String> fields = new ArrayList<>();
        changes.fieldNames().forEachRemaining(fields::add);
        boolean medical = table == Tables.MEDICAL_RECORDS;
        StringBuilder select = new StringBuilder("row_version, deleted_at");
        for (String f : fields) {
            if (!f.equals("deleted_at")) {
                select.append(", ").append(f);
            }
        }
        if (medical && !fields.contains("signed_at")) {
            select.append(", signed_at");
        }
        List<SqlParam> key = List.of(SqlParam.uuid("id", e.rowId()), SqlParam.uuid("p", replica.practiceId()));
        RemoteResult current = remote.execute("SELECT " + select + " FROM " + table.name()
                + " WHERE id = :id AND practice_id = :p FOR UPDATE", key, in);
        if (current.rows().isEmpty()) {
            conflicts.add(SyncConflict.found(e.mutationId(), table.name(), e.rowId(), "*", SyncConflict.Kind.REJECTED,
                    null, e.changes(), deviceId, null, e.recordedAt(), now));
            return;
        }
        RemoteRow server = current.rows().get(0);
        long serverVersion = server.int64("row_version");
        boolean unchanged = e.baseVersion() != null && e.baseVersion() == serverVersion;
        boolean serverDeleted = !server.isNull("deleted_at");
        boolean signed = medical && !server.isNull("signed_at");
        boolean delete = e.operation().equals("delete");
        boolean restore = fields.contains("deleted_at") && changes.get("deleted_at").get("value").isNull();

        Map<String, Object> set = new LinkedHashMap<>();
        if (delete) {
            Object deletedAt = SyncFields.fromJson(table, "deleted_at", changes.get("deleted_at").get("value"));
            if (serverDeleted) {
                return;
            }
            if (signed) {
                conflicts.add(conflict(e, table, "deleted_at", SyncConflict.Kind.SIGNED_RECORD, null, deletedAt, serverVersion, now));
                return;
            }
            set.put("deleted_at", deletedAt);
            if (!unchanged) {
                conflicts.add(conflict(e, table, "deleted_at", SyncConflict.Kind.DELETED_EDITED, deletedAt, null, serverVersion, now));
            }
        } else {
            for (String f : fields) {
                Object base = SyncFields.fromJson(table, f, changes.get(f).get("base"));
                Object mine = SyncFields.fromJson(table, f, changes.get(f).get("value"));
                Object theirs = RemoteValues.read(table, f, server);
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
            if (signed || (serverDeleted && !restore)) {
                return;
            }
        }
        if (set.isEmpty()) {
            return;
        }
        set.putIfAbsent("updated_at", e.recordedAt());
        StringBuilder assignments = new StringBuilder();
        List<SqlParam> params = new ArrayList<>(key);
        int i = 0;
        for (Map.Entry<String, Object> v : set.entrySet()) {
            assignments.append(i == 0 ? "" : ", ").append(v.getKey()).append(" = :v").append(i);
            params.add(RemoteValues.param(table, v.getKey(), "v" + i, v.getValue()));
            i++;
        }
        // Guarded by the version read under the row lock: a statement the SDK re-sent after a lost reply
        // finds the version already advanced and changes nothing.
        params.add(SqlParam.int64("seen", serverVersion));
        remote.execute("UPDATE " + table.name() + " SET " + assignments
                + " WHERE id = :id AND practice_id = :p AND row_version = :seen", params, in);
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
