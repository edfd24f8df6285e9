package com.starlightdesk.data.sync;

import com.starlightdesk.data.repo.ColumnType;
import com.starlightdesk.data.repo.LocalJdbi;
import com.starlightdesk.data.repo.OutboxEntry;
import com.starlightdesk.data.repo.OutboxQueries;
import com.starlightdesk.data.repo.Table;
import com.starlightdesk.data.repo.Tables;
import com.starlightdesk.schema.Dialect;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The push half of the local store: reads the outbox oldest first (through {@link OutboxQueries}, the one outbox
 * read), stages a batch's conflicts before its remote commit and, once the server acknowledged it, confirms them
 * and removes the batch from the outbox. Thread-safe; each call runs in its own local transaction.
 */
public final class LocalOutbox {
    private final Jdbi jdbi;
    private final UUID practiceId;
    private final Dialect dialect;

    public LocalOutbox(DataSource dataSource, UUID practiceId) {
        this.jdbi = LocalJdbi.forPractice(dataSource, practiceId);
        this.practiceId = practiceId;
        this.dialect = Dialect.of(dataSource);
    }

    public UUID practiceId() {
        return practiceId;
    }

    /**
     * Up to {@code limit} pending outbox entries after {@code seq}, oldest first: the batch after one that is
     * still on its way (sent, not yet acknowledged).
     */
    public List<OutboxEntry> pendingAfter(long seq, int limit) {
        return LocalTransactions.withHandle(jdbi, h -> h.attach(OutboxQueries.class).after(seq, limit));
    }

    /** How many local changes wait to be pushed. */
    public long pendingCount() {
        return LocalTransactions.withHandle(jdbi, h -> h.attach(OutboxQueries.class).pending());
    }

    /** Whether any local change waits to be pushed (cheap: reads at most one index entry). */
    public boolean hasPending() {
        return LocalTransactions.withHandle(jdbi, h -> h.attach(OutboxQueries.class).any().isPresent());
    }

    /**
     * Before a push batch commits remotely: replaces the unconfirmed conflicts of its mutations with the
     * ones this attempt found. They stay invisible until {@link #acknowledgePush} confirms them.
     */
    public void stagePush(Collection<UUID> mutationIds, List<SyncConflict> conflicts) {
        LocalTransactions.inTransaction(jdbi, h -> {
            if (hasUnconfirmedConflicts(h)) {
                byMutation(h, "DELETE FROM sync_conflicts WHERE mutation_id = :mutation AND confirmed = false", mutationIds);
            }
            ConflictInbox.insert(h, practiceId, conflicts);
            return null;
        });
    }

    /**
     * After the server acknowledged a push batch's commit (or found it already applied): confirms its
     * conflicts and removes its entries from the outbox, in one local transaction.
     */
    public void acknowledgePush(List<OutboxEntry> entries) {
        LocalTransactions.inTransaction(jdbi, h -> {
            if (hasUnconfirmedConflicts(h)) {
                byMutation(h, "UPDATE sync_conflicts SET confirmed = true WHERE mutation_id = :mutation AND confirmed = false",
                        entries.stream().map(OutboxEntry::mutationId).toList());
                removeRefusedRows(h, entries);
                keepFinalRows(h, entries);
            }
            PreparedBatch remove = h.prepareBatch("DELETE FROM outbox WHERE seq = :seq");
            for (OutboxEntry e : entries) {
                remove.bind("seq", e.seq()).add();
            }
            if (remove.size() > 0) {
                remove.execute();
            }
            return null;
        });
    }

    private static void byMutation(Handle h, String sql, Collection<UUID> mutationIds) {
        if (mutationIds.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch(sql);
        for (UUID id : mutationIds) {
            batch.bind("mutation", id).add();
        }
        batch.execute();
    }

    /**
     * A sent or void invoice, or a line of one, did not take this PC's edit of the draft: the local row takes back the
     * server's values of the fields it met (the server does not change a line of a sent invoice again, so no pull
     * would bring them). A signed note is brought back by the pull of its signing.
     */
    private void keepFinalRows(Handle h, List<OutboxEntry> entries) {
        Set<UUID> mutations = new HashSet<>();
        entries.forEach(e -> mutations.add(e.mutationId()));
        record Met(UUID mutation, String table, UUID row, String field, String kept) {
        }
        List<Met> met = h.createQuery("SELECT mutation_id, table_name, row_id, field_name, kept_value FROM sync_conflicts"
                        + " WHERE practice_id = :practice AND kind = :signed AND resolved_at IS NULL")
                .bind("practice", practiceId)
                .bind("signed", SyncConflict.Kind.SIGNED_RECORD.code())
                .map((rs, ctx) -> new Met(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                        rs.getString(5)))
                .list();
        Map<List<Object>, Map<String, Object>> rows = new java.util.LinkedHashMap<>();
        for (Met c : met) {
            Table<?> table = Tables.named(c.table());
            if (!mutations.contains(c.mutation()) || (table != Tables.INVOICES && table != Tables.LINE_ITEMS)) {
                continue;
            }
            SyncFields.typeOf(table, c.field()); // refuses a name that is not a column of the table
            Object kept = c.kept() == null ? null : SyncFields.fromJson(table, c.field(), SyncFields.parse(c.kept()));
            rows.computeIfAbsent(List.of(table, c.row()), k -> new java.util.LinkedHashMap<>()).put(c.field(), kept);
        }
        // One statement per row, so that fields checked together (a line's quantity and amount) change together.
        rows.forEach((key, fields) -> {
            List<String> names = List.copyOf(fields.keySet());
            StringBuilder set = new StringBuilder();
            for (int i = 0; i < names.size(); i++) {
                set.append(i == 0 ? "" : ", ").append(names.get(i)).append(" = :f").append(i);
            }
            var update = h.createUpdate("UPDATE " + ((Table<?>) key.get(0)).name() + " SET " + set
                    + " WHERE id = :id AND practice_id = :practice");
            for (int i = 0; i < names.size(); i++) {
                update.bind("f" + i, ColumnType.argument(fields.get(names.get(i))));
            }
            update.bind("id", key.get(1)).bind("practice", practiceId).execute();
        });
    }

    /**
     * A row the server refused (an insert another unique key blocked, or an edit of a row the server does not
     * have) exists only here; left in place it would block the server's own row from arriving (the same e-mail,
     * say) and never converge. Its content stays in the conflict inbox; the row goes, unless local rows still
     * refer to it (their own pushes are refused too, and the inbox shows them all).
     */
    private void removeRefusedRows(Handle h, List<OutboxEntry> entries) {
        Map<UUID, OutboxEntry> byMutation = new HashMap<>();
        for (OutboxEntry e : entries) {
            byMutation.put(e.mutationId(), e);
        }
        List<OutboxEntry> refused = new ArrayList<>();
        for (UUID mutation : h.createQuery("SELECT DISTINCT mutation_id FROM sync_conflicts"
                        + " WHERE practice_id = :practice AND kind = :rejected AND resolved_at IS NULL")
                .bind("practice", practiceId)
                .bind("rejected", SyncConflict.Kind.REJECTED.code())
                .mapTo(UUID.class)
                .list()) {
            OutboxEntry e = byMutation.get(mutation);
            if (e != null) {
                refused.add(e);
            }
        }
        // Children first: a refused row that another refused row refers to goes once that one has gone.
        boolean progress = true;
        while (!refused.isEmpty() && progress) {
            progress = false;
            for (Iterator<OutboxEntry> it = refused.iterator(); it.hasNext(); ) {
                if (deleteRefusedRow(h, it.next())) {
                    it.remove();
                    progress = true;
                }
            }
        }
    }

    /** Deletes a refused row; false while local rows still refer to it. */
    private boolean deleteRefusedRow(Handle h, OutboxEntry e) {
        Table<?> table = Tables.named(e.tableName());
        boolean savepoint = dialect.failedStatementAbortsTransaction();
        if (savepoint) {
            h.savepoint("refused_row");
        }
        try {
            h.createUpdate("DELETE FROM " + table.name() + " WHERE id = :id AND practice_id = :practice")
                    .bind("id", e.rowId())
                    .bind("practice", practiceId)
                    .execute();
            if (savepoint) {
                h.release("refused_row");
            }
            return true;
        } catch (JdbiException referenced) {
            if (savepoint) {
                h.rollbackToSavepoint("refused_row");
            }
            return false;
        }
    }

    /** Whether any conflict waits for its push's acknowledgement (rare: only between a remote commit and its reply). */
    private boolean hasUnconfirmedConflicts(Handle h) {
        return h.createQuery("SELECT 1 FROM sync_conflicts WHERE practice_id = :practice AND confirmed = false"
                        + " FETCH FIRST 1 ROWS ONLY")
                .bind("practice", practiceId)
                .mapTo(Integer.class)
                .findOne()
                .isPresent();
    }
}
