package com.starlightdesk.data.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.starlightdesk.data.repo.OutboxEntry;
import com.starlightdesk.data.repo.Table;
import com.starlightdesk.data.repo.Tables;
import com.starlightdesk.schema.Dialect;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The local store as sync writes it: reads the outbox oldest first, stages and acknowledges pushes
 * (conflicts and outbox removal), and applies pulled server rows without creating outbox entries,
 * re-applying this device's still-pending edits on top so the screen never flickers back to older
 * values. Thread-safe; each call runs in its own local transaction.
 */
public final class LocalReplica {
    private final DataSource dataSource;
    private final UUID practiceId;
    private final Dialect dialect;

    public LocalReplica(DataSource dataSource, UUID practiceId) {
        this.dataSource = dataSource;
        this.practiceId = practiceId;
        this.dialect = Dialect.of(dataSource);
    }

    public UUID practiceId() {
        return practiceId;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Up to {@code limit} pending outbox entries after {@code seq}, oldest first: the batch after one that is
     * still on its way (sent, not yet acknowledged).
     */
    public List<OutboxEntry> pendingAfter(long seq, int limit) {
        try (Connection c = dataSource.getConnection()) {
            return pending(c, seq, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the outbox", e);
        }
    }

    /** How many local changes wait to be pushed. */
    public long pendingCount() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM outbox WHERE practice_id = ?")) {
            s.setObject(1, practiceId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the outbox", e);
        }
    }

    /** Whether any local change waits to be pushed (cheap: reads at most one index entry). */
    public boolean hasPending() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM outbox WHERE practice_id = ? FETCH FIRST 1 ROWS ONLY")) {
            s.setObject(1, practiceId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the outbox", e);
        }
    }

    /**
     * Before a push batch commits remotely: replaces the unconfirmed conflicts of its mutations with the
     * ones this attempt found. They stay invisible until {@link #acknowledgePush} confirms them.
     */
    public void stagePush(Collection<UUID> mutationIds, List<SyncConflict> conflicts) {
        inTransaction(c -> {
            if (!hasUnconfirmedConflicts(c)) {
                ConflictInbox.insert(c, practiceId, conflicts);
                return null;
            }
            try (PreparedStatement d = c.prepareStatement(
                    "DELETE FROM sync_conflicts WHERE mutation_id = ? AND confirmed = false")) {
                for (UUID id : mutationIds) {
                    d.setObject(1, id);
                    d.addBatch();
                }
                d.executeBatch();
            }
            ConflictInbox.insert(c, practiceId, conflicts);
            return null;
        });
    }

    /**
     * After the server acknowledged a push batch's commit (or found it already applied): confirms its
     * conflicts and removes its entries from the outbox, in one local transaction.
     */
    public void acknowledgePush(List<OutboxEntry> entries) {
        inTransaction(c -> {
            if (hasUnconfirmedConflicts(c)) {
                try (PreparedStatement confirm = c.prepareStatement(
                        "UPDATE sync_conflicts SET confirmed = true WHERE mutation_id = ? AND confirmed = false")) {
                    for (OutboxEntry e : entries) {
                        confirm.setObject(1, e.mutationId());
                        confirm.addBatch();
                    }
                    confirm.executeBatch();
                }
                removeRefusedRows(c, entries);
            }
            try (PreparedStatement remove = c.prepareStatement("DELETE FROM outbox WHERE seq = ?")) {
                for (OutboxEntry e : entries) {
                    remove.setLong(1, e.seq());
                    remove.addBatch();
                }
                remove.executeBatch();
            }
            return null;
        });
    }

    /**
     * A row the server refused (an insert another unique key blocked, or an edit of a row the server does not
     * have) exists only here; left in place it would block the server's own row from arriving (the same e-mail,
     * say) and never converge. Its content stays in the conflict inbox; the row goes, unless local rows still
     * refer to it (their own pushes are refused too, and the inbox shows them all).
     */
    private void removeRefusedRows(Connection c, List<OutboxEntry> entries) throws SQLException {
        Map<UUID, OutboxEntry> byMutation = new HashMap<>();
        for (OutboxEntry e : entries) {
            byMutation.put(e.mutationId(), e);
        }
        List<OutboxEntry> refused = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT DISTINCT mutation_id FROM sync_conflicts WHERE practice_id = ? AND kind = 'rejected' AND resolved_at IS NULL")) {
            s.setObject(1, practiceId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    OutboxEntry e = byMutation.get(rs.getObject(1, UUID.class));
                    if (e != null) {
                        refused.add(e);
                    }
                }
            }
        }
        // Children first: a refused row that another refused row refers to goes once that one has gone.
        boolean progress = true;
        while (!refused.isEmpty() && progress) {
            progress = false;
            for (Iterator<OutboxEntry> it = refused.iterator(); it.hasNext(); ) {
                if (deleteRefusedRow(c, it.next())) {
                    it.remove();
                    progress = true;
                }
            }
        }
    }

    /** Deletes a refused row; false while local rows still refer to it. */
    private boolean deleteRefusedRow(Connection c, OutboxEntry e) throws SQLException {
        Table<?> table = Tables.named(e.tableName());
        Savepoint savepoint = dialect == Dialect.H2 ? null : c.setSavepoint();
        try (PreparedStatement d = c.prepareStatement("DELETE FROM " + table.name() + " WHERE id = ? AND practice_id = ?")) {
            d.setObject(1, e.rowId());
            d.setObject(2, practiceId);
            d.executeUpdate();
            return true;
        } catch (SQLException referenced) {
            if (savepoint != null) {
                c.rollback(savepoint);
            }
            return false;
        }
    }

    /** Whether any conflict waits for its push's acknowledgement (rare: only between a remote commit and its reply). */
    private boolean hasUnconfirmedConflicts(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM sync_conflicts WHERE practice_id = ? AND confirmed = false FETCH FIRST 1 ROWS ONLY")) {
            s.setObject(1, practiceId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Applies pulled rows (in table order) in one local transaction together with the settings that
     * {@code settingsAfter} derives from the rows that could not be applied yet (their parent row has not
     * arrived); returns those rows. A setting mapped to null is removed.
     */
    public List<SyncedRow> applyPulled(List<SyncedRow> rows, Function<List<SyncedRow>, Map<String, String>> settingsAfter) {
        return apply(rows, settingsAfter, false);
    }

    /**
     * Like {@link #applyPulled}, for rows this store most likely does not hold yet (a first pull): on H2
     * they are inserted in batches, which skips the key lookup of a merge; a row that is here already, or
     * whose parent is missing, falls back to the merge path, so the outcome is the same.
     */
    public List<SyncedRow> applyNewRows(List<SyncedRow> rows, Function<List<SyncedRow>, Map<String, String>> settingsAfter) {
        return apply(rows, settingsAfter, dialect == Dialect.H2);
    }

    private List<SyncedRow> apply(List<SyncedRow> rows, Function<List<SyncedRow>, Map<String, String>> settingsAfter,
            boolean insertFirst) {
        try (PulledWindow window = new PulledWindow(insertFirst)) {
            window.add(rows);
            return window.commit(settingsAfter);
        }
    }

    /**
     * Opens one local transaction for a pull window that arrives page by page: each page is applied as it comes,
     * so memory holds one page (and the rows still waiting for a parent), not the window; {@link PulledWindow#commit}
     * re-applies pending local edits and writes the new cursor in the same transaction. Closing it uncommitted rolls
     * everything back. One thread at a time.
     */
    public PulledWindow openWindow() {
        return new PulledWindow(false);
    }

    /** A pull window being applied in one local transaction; see {@link #openWindow}. */
    public final class PulledWindow implements AutoCloseable {
        private final Connection c;
        private final boolean insertFirst;
        private final Map<String, List<OutboxEntry>> pending;
        private final Map<String, PreparedStatement> merges = new HashMap<>();
        private final List<SyncedRow> deferred = new ArrayList<>();
        /** Applied rows that have pending local edits to re-apply, in the order they were applied. */
        private final Map<String, List<OutboxEntry>> toReapply = new LinkedHashMap<>();
        private boolean open = true;

        private PulledWindow(boolean insertFirst) {
            this.insertFirst = insertFirst;
            try {
                c = dataSource.getConnection();
            } catch (SQLException e) {
                throw failed(e);
            }
            try {
                c.setAutoCommit(false);
                pending = pendingByRow(c);
            } catch (SQLException e) {
                closeQuietly();
                throw failed(e);
            }
        }

        /** Applies rows (in table order); a row whose parent has not arrived waits for {@link #commit}. */
        public void add(List<SyncedRow> rows) {
            try {
                List<SyncedRow> applied = new ArrayList<>(rows.size());
                List<SyncedRow> rest = insertFirst ? insertNew(c, rows, applied) : rows;
                for (SyncedRow row : rest) {
                    if (merge(c, merges, row)) {
                        applied.add(row);
                    } else {
                        deferred.add(row);
                    }
                }
                applied.forEach(this::noteApplied);
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        private void noteApplied(SyncedRow row) {
            String key = key(row.tableName(), row.id());
            List<OutboxEntry> mine = pending.get(key);
            if (mine != null) {
                toReapply.put(key, mine);
            }
        }

        /**
         * Retries the rows that waited for a parent, re-applies pending local edits on top of the rows applied,
         * writes the settings {@code settingsAfter} derives from the rows still waiting (a setting mapped to null
         * is removed) and commits; returns the rows still waiting.
         */
        public List<SyncedRow> commit(Function<List<SyncedRow>, Map<String, String>> settingsAfter) {
            try {
                // A parent that arrived later in the same window (another table, or a later page).
                for (Iterator<SyncedRow> it = deferred.iterator(); it.hasNext(); ) {
                    SyncedRow row = it.next();
                    if (merge(c, merges, row)) {
                        noteApplied(row);
                        it.remove();
                    }
                }
                for (List<OutboxEntry> mine : toReapply.values()) {
                    for (OutboxEntry e : mine) {
                        reapply(c, e);
                    }
                }
                for (Map.Entry<String, String> s : settingsAfter.apply(List.copyOf(deferred)).entrySet()) {
                    if (s.getValue() == null) {
                        DeviceSettings.remove(c, s.getKey());
                    } else {
                        DeviceSettings.put(c, s.getKey(), s.getValue());
                    }
                }
                c.commit();
                open = false;
                return List.copyOf(deferred);
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        @Override
        public void close() {
            closeQuietly();
        }

        private void closeQuietly() {
            try {
                for (PreparedStatement s : merges.values()) {
                    s.close();
                }
                if (open) {
                    c.rollback();
                }
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is being given back; the pool discards a broken one
            } finally {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // nothing more to release
                }
            }
        }

        private IllegalStateException failed(SQLException e) {
            return new IllegalStateException("Local sync transaction failed (SQLState " + e.getSQLState() + ")", null);
        }
    }

    /**
     * Inserts rows in one batch per run of a table; returns, in order, the rows the batch could not insert
     * (already here, or a parent missing), for the merge path. H2 runs every statement of a batch and
     * reports each one's outcome; a failed insert changes nothing.
     */
    private List<SyncedRow> insertNew(Connection c, List<SyncedRow> rows, List<SyncedRow> applied) throws SQLException {
        List<SyncedRow> rest = new ArrayList<>();
        int from = 0;
        while (from < rows.size()) {
            Table<?> table = Tables.named(rows.get(from).tableName());
            int to = from;
            while (to < rows.size() && rows.get(to).tableName().equals(table.name())) {
                to++;
            }
            List<SyncedRow> run = rows.subList(from, to);
            List<String> columns = SyncFields.columns(table);
            int[] counts;
            try (PreparedStatement s = c.prepareStatement(insertSql(table, columns))) {
                for (SyncedRow row : run) {
                    int i = 1;
                    for (String column : columns) {
                        LocalSql.bind(s, i++, row.values().get(column));
                    }
                    s.addBatch();
                }
                try {
                    counts = s.executeBatch();
                } catch (BatchUpdateException e) {
                    counts = e.getUpdateCounts();
                }
            }
            for (int i = 0; i < run.size(); i++) {
                if (i < counts.length && counts[i] != Statement.EXECUTE_FAILED) {
                    applied.add(run.get(i));
                } else {
                    rest.add(run.get(i));
                }
            }
            from = to;
        }
        return rest;
    }

    private static String insertSql(Table<?> table, List<String> columns) {
        return "INSERT INTO " + table.name() + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }

    private boolean merge(Connection c, Map<String, PreparedStatement> merges, SyncedRow row) throws SQLException {
        Table<?> table = Tables.named(row.tableName());
        List<String> columns = SyncFields.columns(table);
        PreparedStatement s = merges.get(table.name());
        if (s == null) {
            s = c.prepareStatement(mergeSql(table, columns));
            merges.put(table.name(), s);
        }
        int i = 1;
        for (String column : columns) {
            LocalSql.bind(s, i++, row.values().get(column));
        }
        Savepoint savepoint = dialect == Dialect.H2 ? null : c.setSavepoint();
        try {
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (savepoint != null) {
                c.rollback(savepoint);
            }
            if (LocalSql.isMissingParent(e)) {
                return false;
            }
            throw new IllegalStateException("Cannot apply a pulled " + table.name() + " row (SQLState " + e.getSQLState() + ")", null);
        }
    }

    private String mergeSql(Table<?> table, List<String> columns) {
        StringBuilder names = new StringBuilder();
        StringBuilder values = new StringBuilder();
        StringBuilder updates = new StringBuilder();
        for (String column : columns) {
            names.append(names.length() == 0 ? "" : ", ").append(column);
            boolean json = SyncFields.isJson(table, column) && dialect == Dialect.POSTGRESQL;
            values.append(values.length() == 0 ? "" : ", ").append(json ? "cast(? as jsonb)" : "?");
            if (!column.equals("id")) {
                updates.append(updates.length() == 0 ? "" : ", ").append(column).append(" = EXCLUDED.").append(column);
            }
        }
        if (dialect == Dialect.H2) {
            return "MERGE INTO " + table.name() + " (" + names + ") KEY (id) VALUES (" + values + ")";
        }
        return "INSERT INTO " + table.name() + " (" + names + ") VALUES (" + values + ") ON CONFLICT (id) DO UPDATE SET " + updates;
    }

    private void reapply(Connection c, OutboxEntry entry) throws SQLException {
        Table<?> table = Tables.named(entry.tableName());
        JsonNode changes = SyncFields.parse(entry.changes());
        List<String> fields = new ArrayList<>();
        changes.fieldNames().forEachRemaining(fields::add);
        StringBuilder set = new StringBuilder("updated_at = ?");
        for (String f : fields) {
            boolean json = SyncFields.isJson(table, f) && dialect == Dialect.POSTGRESQL;
            set.append(", ").append(f).append(json ? " = cast(? as jsonb)" : " = ?");
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE " + table.name() + " SET " + set
                + " WHERE id = ? AND practice_id = ?")) {
            int i = 1;
            LocalSql.bind(s, i++, entry.recordedAt());
            for (String f : fields) {
                LocalSql.bind(s, i++, SyncFields.fromJson(table, f, changes.get(f).get("value")));
            }
            s.setObject(i++, entry.rowId());
            s.setObject(i, practiceId);
            s.executeUpdate();
        }
    }

    private Map<String, List<OutboxEntry>> pendingByRow(Connection c) throws SQLException {
        Map<String, List<OutboxEntry>> byRow = new LinkedHashMap<>();
        for (OutboxEntry e : pending(c, 0, Integer.MAX_VALUE)) {
            byRow.computeIfAbsent(key(e.tableName(), e.rowId()), k -> new ArrayList<>()).add(e);
        }
        return byRow;
    }

    /** Ordered exactly as idx_outbox_practice_seq, so a batch is read from the index, not sorted from the whole outbox. */
    private List<OutboxEntry> pending(Connection c, long afterSeq, int limit) throws SQLException {
        List<OutboxEntry> entries = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT seq, mutation_id, table_name, row_id, operation, changes,"
                + " base_version, recorded_at FROM outbox WHERE practice_id = ? AND seq > ? ORDER BY practice_id, seq"
                + (limit == Integer.MAX_VALUE ? "" : " LIMIT " + limit))) {
            s.setObject(1, practiceId);
            s.setLong(2, afterSeq);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long base = rs.getLong("base_version");
                    Long baseVersion = rs.wasNull() ? null : base;
                    entries.add(new OutboxEntry(rs.getLong("seq"), rs.getObject("mutation_id", UUID.class),
                            rs.getString("table_name"), rs.getObject("row_id", UUID.class), rs.getString("operation"),
                            rs.getString("changes"), baseVersion, rs.getObject("recorded_at", OffsetDateTime.class).toInstant()));
                }
            }
        }
        return entries;
    }

    private static String key(String table, UUID id) {
        return table + "/" + id;
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Local sync transaction failed (SQLState " + e.getSQLState() + ")", null);
        }
    }
}
