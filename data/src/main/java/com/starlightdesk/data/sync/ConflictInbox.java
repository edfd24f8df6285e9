package com.starlightdesk.data.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.starlightdesk.data.repo.ColumnType;
import com.starlightdesk.data.repo.LocalJdbi;
import com.starlightdesk.data.repo.Table;
import com.starlightdesk.data.repo.Tables;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/**
 * The conflict inbox the UI shows: confirmed, unresolved conflicts of this practice, and their
 * resolution. Choosing the kept value closes an entry; choosing the other value writes it as a normal
 * local change (row and outbox entry in one transaction) that the next push carries. Thread-safe.
 */
public final class ConflictInbox {
    private static final String COLUMNS = "id, mutation_id, table_name, row_id, field_name, kind, kept_value, other_value,"
            + " device_id, server_version, edited_at, detected_at, resolved_at, resolution";
    private static final String OPEN = "practice_id = :practice AND confirmed = true AND resolved_at IS NULL";

    /** Which side of a conflict the user keeps. */
    public enum Choice { KEPT, OTHER }

    private final Jdbi jdbi;
    private final UUID practiceId;
    private final Clock clock;

    public ConflictInbox(DataSource dataSource, UUID practiceId, Clock clock) {
        this.jdbi = LocalJdbi.forPractice(dataSource, practiceId);
        this.practiceId = practiceId;
        this.clock = clock;
    }

    /** Open conflicts, oldest first. */
    public List<SyncConflict> open() {
        return LocalTransactions.withHandle(jdbi, h -> h.createQuery("SELECT " + COLUMNS + " FROM sync_conflicts WHERE " + OPEN
                        + " ORDER BY detected_at, id")
                .bind("practice", practiceId)
                .map(new ConflictMapper())
                .list());
    }

    public long openCount() {
        return LocalTransactions.withHandle(jdbi, h -> h.createQuery("SELECT count(*) FROM sync_conflicts WHERE " + OPEN)
                .bind("practice", practiceId)
                .mapTo(Long.class)
                .one());
    }

    /**
     * Resolves an open conflict. {@link Choice#OTHER} writes the other value to the local row (restoring a
     * deleted row when the conflict was an edit of it) with an outbox entry; a signed record cannot take it.
     */
    public void resolve(UUID conflictId, Choice choice) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalTransactions.inTransaction(jdbi, h -> {
            Optional<SyncConflict> found = h.createQuery("SELECT " + COLUMNS + " FROM sync_conflicts WHERE id = :id AND " + OPEN)
                    .bind("id", conflictId)
                    .bind("practice", practiceId)
                    .map(new ConflictMapper())
                    .findOne();
            SyncConflict conflict = found.orElseThrow(() -> new NoSuchElementException("No open conflict with id " + conflictId));
            if (choice == Choice.OTHER) {
                if (conflict.kind() == SyncConflict.Kind.SIGNED_RECORD || conflict.kind() == SyncConflict.Kind.REJECTED) {
                    throw new IllegalStateException("This conflict cannot take the other value: "
                            + (conflict.kind() == SyncConflict.Kind.SIGNED_RECORD
                            ? "a signed note or a sent invoice is never changed" : "the server refused it"));
                }
                writeOther(h, conflict, now);
            }
            h.createUpdate("UPDATE sync_conflicts SET resolved_at = :now, resolution = :resolution WHERE id = :id")
                    .bind("now", ColumnType.argument(now))
                    .bind("resolution", choice == Choice.KEPT ? "kept" : "other")
                    .bind("id", conflictId)
                    .execute();
            return null;
        });
    }

    /** The local row as the other value would leave it: read under a lock, written with its outbox entry. */
    private void writeOther(Handle h, SyncConflict conflict, Instant now) {
        Table<?> table = Tables.named(conflict.tableName());
        boolean restore = conflict.kind() == SyncConflict.Kind.EDITED_DELETED || conflict.kind() == SyncConflict.Kind.DELETED_EDITED;
        String field = conflict.fieldName();
        boolean setField = !field.equals("deleted_at");
        ColumnType fieldType = setField ? SyncFields.typeOf(table, field) : null;
        LockedRow row = h.createQuery("SELECT " + (setField ? field + ", " : "") + "deleted_at, row_version FROM " + table.name()
                        + " WHERE id = :id AND practice_id = :practice FOR UPDATE")
                .bind("id", conflict.rowId())
                .bind("practice", practiceId)
                .map((rs, ctx) -> new LockedRow(setField ? fieldType.read(rs, field) : null,
                        ColumnType.TIMESTAMP.read(rs, "deleted_at"), rs.getLong("row_version")))
                .findOne()
                .orElseThrow(() -> new NoSuchElementException("The row of this conflict is not in the local store yet; sync first"));

        ObjectNode changes = SyncFields.JSON.createObjectNode();
        List<String> assignments = new ArrayList<>(List.of("updated_at = :updated_at"));
        List<Object> values = new ArrayList<>(List.of(now));
        if (setField) {
            Object other = SyncFields.fromJson(table, field, SyncFields.parse(conflict.otherValue()));
            ObjectNode f = changes.putObject(field);
            f.set("base", SyncFields.toJson(row.current()));
            f.set("value", SyncFields.toJson(other));
            assignments.add(field + " = :" + field);
            values.add(other);
        }
        if (restore && row.deletedAt() != null) {
            ObjectNode f = changes.putObject("deleted_at");
            f.set("base", SyncFields.toJson(row.deletedAt()));
            f.putNull("value");
            assignments.add("deleted_at = :deleted_at");
            values.add(null);
        }
        if (changes.isEmpty()) {
            return;
        }
        Update update = h.createUpdate("UPDATE " + table.name() + " SET " + String.join(", ", assignments)
                + " WHERE id = :id AND practice_id = :practice");
        for (int i = 0; i < assignments.size(); i++) {
            update.bind(assignments.get(i).substring(0, assignments.get(i).indexOf(' ')), ColumnType.argument(values.get(i)));
        }
        update.bind("id", conflict.rowId()).bind("practice", practiceId).execute();
        h.createUpdate("INSERT INTO outbox (mutation_id, practice_id, table_name, row_id, operation, changes, base_version, recorded_at)"
                        + " VALUES (:mutation, :practice, :table, :row, 'update', :changes, :base, :recorded)")
                .bind("mutation", UUID.randomUUID())
                .bind("practice", practiceId)
                .bind("table", table.name())
                .bind("row", conflict.rowId())
                .bind("changes", SyncFields.jsonText(changes))
                .bind("base", row.version())
                .bind("recorded", ColumnType.argument(now))
                .execute();
    }

    /** The conflict's field, the row's tombstone and its version, as the resolution found them. */
    private record LockedRow(Object current, Object deletedAt, long version) {
    }

    /** Adds conflicts a push found, unconfirmed, in the caller's transaction. */
    static void insert(Handle h, UUID practiceId, List<SyncConflict> conflicts) {
        if (conflicts.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO sync_conflicts (id, practice_id, mutation_id, table_name, row_id,"
                + " field_name, kind, kept_value, other_value, device_id, server_version, edited_at, detected_at, confirmed)"
                + " VALUES (:id, :practice, :mutation, :table, :row, :field, :kind, :kept, :other, :device, :serverVersion,"
                + " :editedAt, :detectedAt, false)");
        for (SyncConflict k : conflicts) {
            batch.bind("id", k.id())
                    .bind("practice", practiceId)
                    .bind("mutation", k.mutationId())
                    .bind("table", k.tableName())
                    .bind("row", k.rowId())
                    .bind("field", k.fieldName())
                    .bind("kind", k.kind().code())
                    .bind("kept", k.keptValue())
                    .bind("other", k.otherValue())
                    .bind("device", k.deviceId())
                    .bind("serverVersion", ColumnType.argument(k.serverVersion()))
                    .bind("editedAt", ColumnType.argument(k.editedAt()))
                    .bind("detectedAt", ColumnType.argument(k.detectedAt()))
                    .add();
        }
        batch.execute();
    }

    /** A {@code sync_conflicts} row as a {@link SyncConflict}. */
    private static final class ConflictMapper implements RowMapper<SyncConflict> {
        @Override
        public SyncConflict map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new SyncConflict((UUID) ColumnType.UUID.read(rs, "id"), (UUID) ColumnType.UUID.read(rs, "mutation_id"),
                    rs.getString("table_name"), (UUID) ColumnType.UUID.read(rs, "row_id"), rs.getString("field_name"),
                    SyncConflict.Kind.of(rs.getString("kind")), rs.getString("kept_value"), rs.getString("other_value"),
                    (UUID) ColumnType.UUID.read(rs, "device_id"), (Long) ColumnType.BIGINT.read(rs, "server_version"),
                    (Instant) ColumnType.TIMESTAMP.read(rs, "edited_at"), (Instant) ColumnType.TIMESTAMP.read(rs, "detected_at"),
                    (Instant) ColumnType.TIMESTAMP.read(rs, "resolved_at"), rs.getString("resolution"));
        }
    }
}
