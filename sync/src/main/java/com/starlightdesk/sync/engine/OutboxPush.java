package com.starlightdesk.sync.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.starlightdesk.data.repo.ColumnType;
import com.starlightdesk.data.repo.OutboxEntry;
import com.starlightdesk.data.repo.Table;
import com.starlightdesk.data.repo.Tables;
import com.starlightdesk.data.sync.LocalOutbox;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Drains the outbox oldest first. Each batch is one remote transaction that records its mutations in
 * {@code applied_mutations} and applies those this transaction recorded; the batch leaves the outbox only
 * after the server acknowledged the commit. Updates and deletes carry their base version and are merged field
 * by field against the server row when it moved on (see docs/decisions/sync-conflicts-and-cursor.md).
 *
 * <p>Round trips, not rows, are what a push costs through the Data API, so a batch of up to
 * {@value #MAX_BATCH_ENTRIES} entries takes a fixed handful of statements whatever tables it touches: a run of
 * inserts is one statement that records the batch's mutations and inserts into every table of the run (see
 * {@link #insertRun}); a run of updates and deletes is one {@code SELECT ... FOR UPDATE} and one
 * {@code UPDATE ... FROM jsonb_populate_record} per table. Rows travel as one JSON parameter, so the SQL text
 * stays small whatever the batch holds. Not thread-safe: one push at a time per store.
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
    /** A server invoice ({@code v}) that is sent or void: its lines take no insert, edit or removal (see {@link ThreeWayMerge}). */
    private static final String FINAL_INVOICE = "(v.status <> 'draft' OR v.voided_at IS NOT NULL)";

    private final RemoteStore remote;
    private final LocalOutbox outbox;
    private final UUID deviceId;
    private final Clock clock;

    public OutboxPush(RemoteStore remote, LocalOutbox outbox, UUID deviceId, Clock clock) {
        this.remote = remote;
        this.outbox = outbox;
        this.deviceId = deviceId;
        this.clock = clock;
    }

    /** What one push did. */
    public record Outcome(int applied, int alreadyApplied, int conflicts) {
    }

    /**
     * Pushes until the outbox is empty (changes made meanwhile included). The local side works alongside the
     * remote one: while a batch is on the wire, one local thread acknowledges the batch before it and reads and
     * encodes the batch after it. A batch acknowledged late is only pushed again after a crash, and the server
     * then finds it applied already.
     */
    public Outcome pushAll() {
        ExecutorService local = SideThread.start("starlight-push-local");
        int applied = 0;
        int replayed = 0;
        int conflicts = 0;
        Future<?> acknowledged = null;
        try {
            Future<Batch> next = local.submit(() -> prepare(0));
            while (true) {
                Batch batch = SideThread.result(next, "Push");
                if (batch.entries().isEmpty()) {
                    break;
                }
                next = local.submit(() -> prepare(batch.lastSeq()));
                if (acknowledged != null && acknowledged.isDone()) {
                    SideThread.result(acknowledged, "Push"); // a failed acknowledgement stops the push
                }
                Outcome o;
                try {
                    o = pushBatch(batch);
                } catch (RemoteException e) {
                    if (!refersToAMissingRow(e)) {
                        throw e;
                    }
                    o = pushOneByOne(batch.entries());
                }
                acknowledged = local.submit(() -> outbox.acknowledgePush(batch.entries()));
                applied += o.applied();
                replayed += o.alreadyApplied();
                conflicts += o.conflicts();
            }
            if (acknowledged != null) {
                SideThread.result(acknowledged, "Push");
            }
            return new Outcome(applied, replayed, conflicts);
        } finally {
            local.shutdown();
            try {
                if (!local.awaitTermination(1, TimeUnit.MINUTES)) {
                    local.shutdownNow();
                }
            } catch (InterruptedException e) {
                local.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** SQLSTATE 23503: a row refers to a row the server does not have. */
    private static boolean refersToAMissingRow(RemoteException e) {
        return e.kind() == RemoteException.Kind.DATABASE_ERROR && e.sqlState().filter("23503"::equals).isPresent();
    }

    /**
     * A batch the server refused because one of its rows refers to a row the server does not have: a row
     * the server refused earlier (a user whose e-mail another PC took first, and the provider linked to
     * that user). Its entries are pushed one by one; an insert that still refers to a missing row is
     * refused on its own and goes to the inbox, like its parent, so the rest of the batch arrives and sync
     * carries on. The caller acknowledges the whole batch afterwards.
     */
    private Outcome pushOneByOne(List<OutboxEntry> batch) {
        int applied = 0;
        int replayed = 0;
        int conflicts = 0;
        for (OutboxEntry e : batch) {
            try {
                Outcome o = pushBatch(new Batch(List.of(e), null));
                applied += o.applied();
                replayed += o.alreadyApplied();
                conflicts += o.conflicts();
            } catch (RemoteException failure) {
                if (!refersToAMissingRow(failure) || !isInsert(e)) {
                    throw failure;
                }
                outbox.stagePush(List.of(e.mutationId()), List.of(SyncConflict.found(e.mutationId(), e.tableName(), e.rowId(), "*",
                        SyncConflict.Kind.REJECTED, null, e.changes(), deviceId, null, e.recordedAt(), clock.instant())));
                conflicts++;
            }
        }
        return new Outcome(applied, replayed, conflicts);
    }

    /** A batch read from the outbox, with its first run's statement when that run is one of inserts. */
    record Batch(List<OutboxEntry> entries, InsertStatement firstInserts) {
        long lastSeq() {
            return entries.get(entries.size() - 1).seq();
        }
    }

    /** Reads the batch after {@code afterSeq} and encodes its first run if that is a run of inserts. */
    private Batch prepare(long afterSeq) {
        List<OutboxEntry> entries = nextBatch(afterSeq);
        if (entries.isEmpty() || !isInsert(entries.get(0))) {
            return new Batch(entries, null);
        }
        return new Batch(entries, insertStatement(entries.subList(0, runEnd(entries, 0)), entries, null));
    }

    private List<OutboxEntry> nextBatch(long afterSeq) {
        List<OutboxEntry> candidates = outbox.pendingAfter(afterSeq, MAX_BATCH_ENTRIES);
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

    /** Where the run of inserts, or of updates and deletes, that starts at {@code from} ends. */
    private static int runEnd(List<OutboxEntry> entries, int from) {
        boolean inserts = isInsert(entries.get(from));
        int to = from;
        while (to < entries.size() && isInsert(entries.get(to)) == inserts) {
            to++;
        }
        return to;
    }

    /** Pushes one batch in one remote transaction (its acknowledgement is the caller's). */
    private Outcome pushBatch(Batch prepared) {
        List<OutboxEntry> batch = prepared.entries();
        RemoteTransaction tx = remote.begin();
        Optional<RemoteTransaction> in = Optional.of(tx);
        List<SyncConflict> conflicts = new ArrayList<>();
        Set<UUID> todo = null;
        try {
            Instant now = clock.instant();
            int from = 0;
            while (from < batch.size()) {
                int to = runEnd(batch, from);
                List<OutboxEntry> run = batch.subList(from, to);
                if (isInsert(run.get(0))) {
                    InsertStatement statement = from == 0 && prepared.firstInserts() != null
                            ? prepared.firstInserts() : insertStatement(run, batch, todo);
                    todo = statement == null ? todo : insert(statement, batch, todo, in, conflicts, now);
                } else {
                    if (todo == null) {
                        todo = record(batch, in);
                    }
                    Set<UUID> ours = todo;
                    List<OutboxEntry> work = run.stream().filter(e -> ours.contains(e.mutationId())).toList();
                    for (Map.Entry<Table<?>, List<OutboxEntry>> table : byTable(work).entrySet()) {
                        updateAll(table.getKey(), table.getValue(), in, conflicts, now);
                    }
                }
                from = to;
            }
            if (todo == null) {
                todo = record(batch, in); // a batch of nothing but practice rows
            }
            outbox.stagePush(todo, conflicts);
            remote.commit(tx);
        } catch (RuntimeException e) {
            rollbackQuietly(tx);
            throw e;
        }
        return new Outcome(todo.size(), batch.size() - todo.size(), conflicts.size());
    }

    /**
     * Records the batch's mutations in {@code applied_mutations} and returns those this transaction recorded:
     * a mutation an earlier, committed push applied is left out (its reply was lost); a statement the SDK
     * re-sent within this transaction returns the same mutations again (they carry this transaction's id), so
     * a retry never drops work. A concurrent push of the same mutation waits on its row and then finds it.
     */
    private Set<UUID> record(List<OutboxEntry> batch, Optional<RemoteTransaction> in) {
        RemoteResult recorded = remote.execute(RECORD + " SELECT mutation_id FROM rec", recordParams(batch), in);
        Set<UUID> ids = new HashSet<>();
        for (RemoteRow r : recorded.rows()) {
            ids.add(r.uuid("mutation_id"));
        }
        return ids;
    }

    /** Records the batch's mutations as the CTE {@code rec}; parameters p, d and ids. */
    private static final String RECORD = "WITH rec AS (INSERT INTO applied_mutations (practice_id, device_id, mutation_id)"
            + " SELECT :p, :d, m FROM unnest(cast(:ids AS uuid[])) AS m"
            + " ON CONFLICT (practice_id, device_id, mutation_id) DO UPDATE SET applied_at = applied_mutations.applied_at"
            + " WHERE applied_mutations.txid = pg_current_xact_id() RETURNING mutation_id)";

    private List<SqlParam> recordParams(List<OutboxEntry> batch) {
        return List.of(SqlParam.uuid("p", outbox.practiceId()), SqlParam.uuid("d", deviceId),
                SqlParam.text("ids", uuidArray(batch.stream().map(OutboxEntry::mutationId).toList())));
    }

    /**
     * A run of inserts, every table of it in one statement: {@code INSERT ... ON CONFLICT DO NOTHING RETURNING id}
     * per table as data-modifying CTEs over one JSON document of row arrays (foreign keys are checked when the whole statement
     * ends, so parents and children may arrive together). When {@code todo} is null the same statement records
     * the batch's mutations and inserts only the rows it recorded. The statement returns only the exceptions:
     * mutations an earlier push applied, and inserts a row that was neither inserted nor already there refused
     * (another unique key, e.g. a user's e-mail), which go to the inbox. Null when nothing is left to send.
     */
    private InsertStatement insertStatement(List<OutboxEntry> run, List<OutboxEntry> batch, Set<UUID> todo) {
        boolean recording = todo == null;
        List<OutboxEntry> work = recording ? run : run.stream().filter(e -> todo.contains(e.mutationId())).toList();
        Map<Table<?>, List<OutboxEntry>> tables = byTable(work);
        tables.remove(Tables.PRACTICES); // practices are created by provisioning; the server's row is the practice's
        if (tables.isEmpty()) {
            return null;
        }
        Map<UUID, OutboxEntry> byMutation = new HashMap<>();
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        StringBuilder sql = new StringBuilder(recording ? RECORD + ", " : "WITH ");
        sql.append("doc AS (SELECT cast(:rows AS jsonb) AS d)");
        StringBuilder exceptions = new StringBuilder(recording
                ? "SELECT 'replayed' AS kind, m AS mutation_id FROM unnest(cast(:ids AS uuid[])) AS m"
                + " WHERE m NOT IN (SELECT mutation_id FROM rec)" : "");
        int n = 0;
        for (Map.Entry<Table<?>, List<OutboxEntry>> t : tables.entrySet()) {
            Table<?> table = t.getKey();
            List<String> columns = insertColumns(table);
            ArrayNode rows = doc.putArray(table.name());
            for (OutboxEntry e : t.getValue()) {
                rows.add(insertRow(table, columns, e));
                byMutation.put(e.mutationId(), e);
            }
            String elements = " FROM jsonb_array_elements((SELECT d FROM doc) -> '" + table.name() + "') AS j(v)";
            String mine = recording ? " WHERE (j.v ->> 0)::uuid IN (SELECT mutation_id FROM rec)" : " WHERE true";
            // A line of an invoice already sent or void on the server is not inserted (and so is refused below).
            String open = table == Tables.LINE_ITEMS ? " AND NOT EXISTS (SELECT 1 FROM invoices v WHERE v.id = (j.v ->> "
                    + (columns.indexOf("invoice_id") + 1) + ")::uuid AND " + FINAL_INVOICE + ")" : "";
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < columns.size(); i++) {
                values.append(i == 0 ? "" : ", ").append(columnValue(table, columns.get(i), i + 1));
            }
            sql.append(", i").append(n).append(" AS (INSERT INTO ").append(table.name()).append(" (").append(String.join(", ", columns))
                    .append(") SELECT ").append(values).append(elements).append(mine).append(open)
                    .append(" ON CONFLICT DO NOTHING RETURNING id)");
            exceptions.append(exceptions.length() == 0 ? "" : " UNION ALL ")
                    .append("SELECT 'rejected', (j.v ->> 0)::uuid").append(elements).append(mine)
                    .append(" AND (j.v ->> ").append(columns.indexOf("id") + 1).append(")::uuid NOT IN (SELECT id FROM i").append(n).append(")")
                    .append(" AND NOT EXISTS (SELECT 1 FROM ").append(table.name()).append(" x WHERE x.id = (j.v ->> ")
                    .append(columns.indexOf("id") + 1).append(")::uuid)");
            n++;
        }
        List<SqlParam> params = new ArrayList<>(recording ? recordParams(batch) : List.of());
        params.add(SqlParam.text("rows", SyncFields.jsonText(doc)));
        return new InsertStatement(sql + " " + exceptions, params, byMutation, recording);
    }

    /** An encoded run of inserts: its SQL and parameters, its entries by mutation, and whether it records the batch. */
    record InsertStatement(String sql, List<SqlParam> params, Map<UUID, OutboxEntry> byMutation, boolean recording) {
    }

    /** Runs a run's insert statement; returns the batch's mutations to apply. */
    private Set<UUID> insert(InsertStatement statement, List<OutboxEntry> batch, Set<UUID> todo, Optional<RemoteTransaction> in,
                             List<SyncConflict> conflicts, Instant now) {
        RemoteResult result = remote.execute(statement.sql(), statement.params(), in);
        Set<UUID> replayed = new HashSet<>();
        for (RemoteRow r : result.rows()) {
            UUID mutation = r.uuid("mutation_id");
            if ("replayed".equals(r.text("kind"))) {
                replayed.add(mutation);
            } else {
                OutboxEntry e = statement.byMutation().get(mutation);
                conflicts.add(SyncConflict.found(e.mutationId(), e.tableName(), e.rowId(), "*", SyncConflict.Kind.REJECTED,
                        null, e.changes(), deviceId, null, e.recordedAt(), now));
            }
        }
        if (!statement.recording()) {
            return todo;
        }
        Set<UUID> recorded = new HashSet<>();
        for (OutboxEntry e : batch) {
            if (!replayed.contains(e.mutationId())) {
                recorded.add(e.mutationId());
            }
        }
        return recorded;
    }

    private static List<String> insertColumns(Table<?> table) {
        List<String> columns = new ArrayList<>();
        for (Table.Column c : table.columns()) {
            columns.add(c.name());
        }
        columns.addAll(List.of("practice_id", "created_at", "updated_at"));
        return columns;
    }

    /**
     * An insert's row as the statement reads it: a JSON array of its mutation id then its columns' values, in
     * {@link #insertColumns} order (an array, not an object, so column names do not travel once per row). The
     * outbox already holds each value in the JSON form the server reads (ISO instants, decimals as text), so
     * values pass through as they are; only JSON documents, kept as text, are embedded.
     */
    private ArrayNode insertRow(Table<?> table, List<String> columns, OutboxEntry e) {
        JsonNode changes = SyncFields.parse(e.changes());
        ArrayNode row = JsonNodeFactory.instance.arrayNode(columns.size() + 1);
        row.add(e.mutationId().toString());
        for (String column : columns) {
            JsonNode change = changes.get(column);
            JsonNode value = change == null ? null : change.get("value");
            switch (column) {
                case "id" -> row.add(e.rowId().toString());
                case "practice_id" -> row.add(outbox.practiceId().toString());
                case "created_at", "updated_at" -> row.add(value != null ? value : SyncFields.toJson(e.recordedAt()));
                default -> row.add(value == null || value.isNull() ? JsonNodeFactory.instance.nullNode()
                        : SyncFields.isJson(table, column) ? SyncFields.parse(value.asText()) : value);
            }
        }
        return row;
    }

    /** Element {@code index} of an insert row as a value of the column's type (SQL NULL for JSON null). */
    private static String columnValue(Table<?> table, String column, int index) {
        ColumnType type = SyncFields.typeOf(table, column);
        if (type == ColumnType.JSON) {
            return "nullif(j.v -> " + index + ", 'null'::jsonb)";
        }
        return "(j.v ->> " + index + ")::" + type.postgresType();
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
        Set<String> fields = new LinkedHashSet<>(List.of("row_version", "deleted_at"));
        if (table == Tables.MEDICAL_RECORDS) {
            fields.add("signed_at");
        } else if (table == Tables.INVOICES) {
            fields.add("status");
            fields.add("voided_at");
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
        if (table == Tables.LINE_ITEMS) {
            select.append(", EXISTS (SELECT 1 FROM invoices v WHERE v.id = t.invoice_id AND ").append(FINAL_INVOICE)
                    .append(") AS ").append(ThreeWayMerge.INVOICE_FINAL);
        }
        RemoteResult current = remote.execute(select + " FROM unnest(cast(:ids AS uuid[])) AS k(id) JOIN " + table.name()
                + " t ON t.id = k.id WHERE t.practice_id = :p ORDER BY t.id FOR UPDATE OF t",
                List.of(SqlParam.uuid("p", outbox.practiceId()), SqlParam.text("ids", uuidArray(List.copyOf(ids)))), in);
        Map<UUID, ServerRow> rows = new LinkedHashMap<>();
        for (RemoteRow r : current.rows()) {
            ServerRow row = new ServerRow(r.int64("row_version"));
            if (table == Tables.LINE_ITEMS) {
                row.values.put(ThreeWayMerge.INVOICE_FINAL, r.bool(ThreeWayMerge.INVOICE_FINAL));
            }
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
            ThreeWayMerge.Outcome merged = ThreeWayMerge.merge(table, e, changes.get(i), row.version, row.values);
            for (ThreeWayMerge.Found f : merged.conflicts()) {
                conflicts.add(conflict(e, table, f, row.version, now));
            }
            Map<String, Object> set = new LinkedHashMap<>(merged.writes());
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
                List.of(SqlParam.uuid("p", outbox.practiceId()), SqlParam.text("rows", SyncFields.jsonText(updates))), in);
    }

    /** A column value as {@code jsonb_populate_record} reads it: JSON documents embedded, the rest as text or numbers. */
    private static JsonNode recordValue(Table<?> table, String column, Object value) {
        if (value instanceof String text && SyncFields.isJson(table, column)) {
            return SyncFields.parse(text);
        }
        return SyncFields.toJson(value);
    }

    private SyncConflict conflict(OutboxEntry e, Table<?> table, ThreeWayMerge.Found found, long serverVersion, Instant now) {
        return SyncConflict.found(e.mutationId(), table.name(), e.rowId(), found.field(), found.kind(),
                SyncFields.jsonText(SyncFields.toJson(found.kept())), SyncFields.jsonText(SyncFields.toJson(found.other())),
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
