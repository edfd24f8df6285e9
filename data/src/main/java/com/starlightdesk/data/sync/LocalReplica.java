package com.starlightdesk.data.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.starlightdesk.data.repo.ColumnType;
import com.starlightdesk.data.repo.LocalJdbi;
import com.starlightdesk.data.repo.OutboxEntry;
import com.starlightdesk.data.repo.OutboxQueries;
import com.starlightdesk.data.repo.Table;
import com.starlightdesk.data.repo.Tables;
import com.starlightdesk.schema.Dialect;
import java.sql.BatchUpdateException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Update;

/**
 * The pull half of the local store: applies pulled server rows without creating outbox entries, re-applying this
 * device's still-pending edits on top so the screen never flickers back to older values (the push half is
 * {@link LocalOutbox}). Thread-safe; each window is its own local transaction.
 */
public final class LocalReplica {
    private final Jdbi jdbi;
    private final UUID practiceId;
    private final Dialect dialect;

    public LocalReplica(DataSource dataSource, UUID practiceId) {
        this.jdbi = LocalJdbi.forPractice(dataSource, practiceId);
        this.practiceId = practiceId;
        this.dialect = Dialect.of(dataSource);
    }

    public UUID practiceId() {
        return practiceId;
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
        return apply(rows, settingsAfter, dialect.batchRunsPastFailures());
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
        private static final String ROW = "pulled_row";
        private final Handle h;
        private final boolean insertFirst;
        private final Map<String, List<OutboxEntry>> pending;
        private final Map<String, String> mergeSql = new HashMap<>();
        private final List<SyncedRow> deferred = new ArrayList<>();
        /** Applied rows that have pending local edits to re-apply, in the order they were applied. */
        private final Map<String, List<OutboxEntry>> toReapply = new LinkedHashMap<>();
        private boolean open = true;

        private PulledWindow(boolean insertFirst) {
            this.insertFirst = insertFirst;
            try {
                h = jdbi.open();
            } catch (JdbiException e) {
                throw LocalTransactions.failed(e);
            }
            try {
                h.begin();
                pending = pendingByRow(h);
            } catch (JdbiException e) {
                closeQuietly();
                throw LocalTransactions.failed(e);
            }
        }

        /** Applies rows (in table order); a row whose parent has not arrived waits for {@link #commit}. */
        public void add(List<SyncedRow> rows) {
            try {
                List<SyncedRow> applied = new ArrayList<>(rows.size());
                List<SyncedRow> rest = insertFirst ? insertNew(h, rows, applied) : rows;
                for (SyncedRow row : rest) {
                    if (merge(row)) {
                        applied.add(row);
                    } else {
                        deferred.add(row);
                    }
                }
                applied.forEach(this::noteApplied);
            } catch (JdbiException e) {
                throw LocalTransactions.failed(e);
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
                    if (merge(row)) {
                        noteApplied(row);
                        it.remove();
                    }
                }
                for (List<OutboxEntry> mine : toReapply.values()) {
                    for (OutboxEntry e : mine) {
                        reapply(h, e);
                    }
                }
                for (Map.Entry<String, String> s : settingsAfter.apply(List.copyOf(deferred)).entrySet()) {
                    if (s.getValue() == null) {
                        DeviceSettings.remove(h, s.getKey());
                    } else {
                        DeviceSettings.put(h, s.getKey(), s.getValue());
                    }
                }
                h.commit();
                open = false;
                return List.copyOf(deferred);
            } catch (JdbiException e) {
                throw LocalTransactions.failed(e);
            }
        }

        @Override
        public void close() {
            closeQuietly();
        }

        private void closeQuietly() {
            try {
                if (open) {
                    h.rollback();
                }
            } catch (JdbiException ignored) {
                // the connection is being given back; the pool discards a broken one
            } finally {
                try {
                    h.close();
                } catch (JdbiException ignored) {
                    // nothing more to release
                }
            }
        }

        /** Inserts or replaces one pulled row; false when its parent is not here yet. */
        private boolean merge(SyncedRow row) {
            Table<?> table = Tables.named(row.tableName());
            List<String> columns = SyncFields.columns(table);
            Update merge = h.createUpdate(mergeSql.computeIfAbsent(table.name(), name -> mergeSql(table, columns)));
            int i = 0;
            for (String column : columns) {
                merge.bind(i++, ColumnType.argument(row.values().get(column)));
            }
            boolean savepoint = dialect.failedStatementAbortsTransaction();
            if (savepoint) {
                h.savepoint(ROW);
            }
            try {
                merge.execute();
                if (savepoint) {
                    h.release(ROW);
                }
                return true;
            } catch (JdbiException e) {
                if (savepoint) {
                    h.rollbackToSavepoint(ROW);
                }
                SQLException cause = sqlException(e);
                if (cause != null && dialect.isForeignKeyViolation(cause)) {
                    return false;
                }
                throw new IllegalStateException("Cannot apply a pulled " + table.name() + " row (SQLState "
                        + LocalTransactions.sqlState(e) + ")", null);
            }
        }
    }

    /**
     * Inserts rows in one batch per run of a table; returns, in order, the rows the batch could not insert
     * (already here, or a parent missing), for the merge path. Only where a batch runs past its failed
     * statements and reports each one's outcome (H2); a failed insert changes nothing.
     */
    private List<SyncedRow> insertNew(Handle h, List<SyncedRow> rows, List<SyncedRow> applied) {
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
            // Plain JDBC on the window's own connection: a first pull inserts tens of thousands of rows a second,
            // and binding each value through Jdbi's batch cost a fifth of that (sync bench, bootstrap rows/s).
            try (PreparedStatement batch = h.getConnection().prepareStatement("INSERT INTO " + table.name()
                    + " (" + String.join(", ", columns) + ") VALUES (" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")")) {
                for (SyncedRow row : run) {
                    int i = 1;
                    for (String column : columns) {
                        batch.setObject(i++, ColumnType.toJdbc(row.values().get(column)));
                    }
                    batch.addBatch();
                }
                try {
                    counts = batch.executeBatch();
                } catch (BatchUpdateException failures) {
                    counts = failures.getUpdateCounts();
                }
            } catch (SQLException e) {
                throw LocalTransactions.failed(e);
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

    /** An upsert of every sync column of a table by id. */
    private String mergeSql(Table<?> table, List<String> columns) {
        List<String> values = new ArrayList<>(columns.size());
        for (String column : columns) {
            values.add(SyncFields.isJson(table, column) ? dialect.jsonParameter() : "?");
        }
        return dialect.upsertById(table.name(), columns, values);
    }

    /** Writes one pending local edit again over the row a pull just replaced. */
    private void reapply(Handle h, OutboxEntry entry) {
        Table<?> table = Tables.named(entry.tableName());
        JsonNode changes = SyncFields.parse(entry.changes());
        List<String> fields = new ArrayList<>();
        changes.fieldNames().forEachRemaining(fields::add);
        StringBuilder set = new StringBuilder("updated_at = ?");
        for (String f : fields) {
            set.append(", ").append(f).append(" = ").append(SyncFields.isJson(table, f) ? dialect.jsonParameter() : "?");
        }
        Update update = h.createUpdate("UPDATE " + table.name() + " SET " + set + " WHERE id = ? AND practice_id = ?");
        int i = 0;
        update.bind(i++, ColumnType.argument(entry.recordedAt()));
        for (String f : fields) {
            update.bind(i++, ColumnType.argument(SyncFields.fromJson(table, f, changes.get(f).get("value"))));
        }
        update.bind(i++, ColumnType.argument(entry.rowId()));
        update.bind(i, ColumnType.argument(practiceId));
        update.execute();
    }

    /** This device's pending edits by row, oldest first. */
    private static Map<String, List<OutboxEntry>> pendingByRow(Handle h) {
        Map<String, List<OutboxEntry>> byRow = new LinkedHashMap<>();
        for (OutboxEntry e : h.attach(OutboxQueries.class).all()) {
            byRow.computeIfAbsent(key(e.tableName(), e.rowId()), k -> new ArrayList<>()).add(e);
        }
        return byRow;
    }

    private static SQLException sqlException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String key(String table, UUID id) {
        return table + "/" + id;
    }
}
