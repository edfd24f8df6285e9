package com.starlightdesk.data.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.starlightdesk.data.repo.Table;
import com.starlightdesk.data.repo.Tables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The conflict inbox the UI shows: confirmed, unresolved conflicts of this practice, and their
 * resolution. Choosing the kept value closes an entry; choosing the other value writes it as a normal
 * local change (row and outbox entry in one transaction) that the next push carries. Thread-safe.
 */
public final class ConflictInbox {
    private static final String COLUMNS = "id, mutation_id, table_name, row_id, field_name, kind, kept_value, other_value,"
            + " device_id, server_version, edited_at, detected_at, resolved_at, resolution";

    /** Which side of a conflict the user keeps. */
    public enum Choice { KEPT, OTHER }

    private final LocalReplica replica;
    private final Clock clock;

    public ConflictInbox(LocalReplica replica, Clock clock) {
        this.replica = replica;
        this.clock = clock;
    }

    /** Open conflicts, oldest first. */
    public List<SyncConflict> open() {
        return replica.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM sync_conflicts WHERE practice_id = ?"
                    + " AND confirmed = true AND resolved_at IS NULL ORDER BY detected_at, id")) {
                s.setObject(1, replica.practiceId());
                return read(s);
            }
        });
    }

    public long openCount() {
        return replica.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM sync_conflicts WHERE practice_id = ?"
                    + " AND confirmed = true AND resolved_at IS NULL")) {
                s.setObject(1, replica.practiceId());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /**
     * Resolves an open conflict. {@link Choice#OTHER} writes the other value to the local row (restoring a
     * deleted row when the conflict was an edit of it) with an outbox entry; a signed record cannot take it.
     */
    public void resolve(UUID conflictId, Choice choice) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        replica.inTransaction(c -> {
            SyncConflict conflict;
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM sync_conflicts WHERE id = ?"
                    + " AND practice_id = ? AND confirmed = true AND resolved_at IS NULL")) {
                s.setObject(1, conflictId);
                s.setObject(2, replica.practiceId());
                List<SyncConflict> found = read(s);
                if (found.isEmpty()) {
                    throw new NoSuchElementException("No open conflict with id " + conflictId);
                }
                conflict = found.get(0);
            }
            if (choice == Choice.OTHER) {
                if (conflict.kind() == SyncConflict.Kind.SIGNED_RECORD || conflict.kind() == SyncConflict.Kind.REJECTED) {
                    throw new IllegalStateException("This conflict cannot take the other value: "
                            + (conflict.kind() == SyncConflict.Kind.SIGNED_RECORD
                            ? "a signed record is never changed; write an addendum" : "the server refused it"));
                }
                writeOther(c, conflict, now);
            }
            try (PreparedStatement u = c.prepareStatement("UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?")) {
                LocalSql.bind(u, 1, now);
                u.setString(2, choice == Choice.KEPT ? "kept" : "other");
                u.setObject(3, conflictId);
                u.executeUpdate();
            }
            return null;
        });
    }

    private void writeOther(Connection c, SyncConflict conflict, Instant now) throws SQLException {
        Table<?> table = Tables.named(conflict.tableName());
        boolean restore = conflict.kind() == SyncConflict.Kind.EDITED_DELETED || conflict.kind() == SyncConflict.Kind.DELETED_EDITED;
        String field = conflict.fieldName();
        boolean setField = !field.equals("deleted_at");
        Object current;
        Object deletedAt;
        long version;
        try (PreparedStatement s = c.prepareStatement("SELECT " + (setField ? field + ", " : "") + "deleted_at, row_version FROM "
                + table.name() + " WHERE id = ? AND practice_id = ? FOR UPDATE")) {
            s.setObject(1, conflict.rowId());
            s.setObject(2, replica.practiceId());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new NoSuchElementException("The row of this conflict is not in the local store yet; sync first");
                }
                current = setField ? LocalSql.read(rs, field, SyncFields.typeOf(table, field)) : null;
                deletedAt = LocalSql.read(rs, "deleted_at", java.time.Instant.class);
                version = rs.getLong("row_version");
            }
        }
        ObjectNode changes = SyncFields.JSON.createObjectNode();
        StringBuilder set = new StringBuilder("updated_at = ?");
        List<Object> values = new ArrayList<>();
        values.add(now);
        if (setField) {
            Object other = SyncFields.fromJson(table, field, SyncFields.parse(conflict.otherValue()));
            ObjectNode f = changes.putObject(field);
            f.set("base", SyncFields.toJson(current));
            f.set("value", SyncFields.toJson(other));
            set.append(", ").append(field).append(" = ?");
            values.add(other);
        }
        if (restore && deletedAt != null) {
            ObjectNode f = changes.putObject("deleted_at");
            f.set("base", SyncFields.toJson(deletedAt));
            f.putNull("value");
            set.append(", deleted_at = ?");
            values.add(null);
        }
        if (changes.isEmpty()) {
            return;
        }
        try (PreparedStatement u = c.prepareStatement("UPDATE " + table.name() + " SET " + set + " WHERE id = ? AND practice_id = ?")) {
            int i = 1;
            for (Object v : values) {
                LocalSql.bind(u, i++, v);
            }
            u.setObject(i++, conflict.rowId());
            u.setObject(i, replica.practiceId());
            u.executeUpdate();
        }
        try (PreparedStatement o = c.prepareStatement("INSERT INTO outbox (mutation_id, practice_id, table_name, row_id, operation,"
                + " changes, base_version, recorded_at) VALUES (?, ?, ?, ?, 'update', ?, ?, ?)")) {
            o.setObject(1, UUID.randomUUID());
            o.setObject(2, replica.practiceId());
            o.setString(3, table.name());
            o.setObject(4, conflict.rowId());
            o.setString(5, SyncFields.jsonText(changes));
            o.setLong(6, version);
            LocalSql.bind(o, 7, now);
            o.executeUpdate();
        }
    }

    static void insert(Connection c, UUID practiceId, List<SyncConflict> conflicts) throws SQLException {
        if (conflicts.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO sync_conflicts (id, practice_id, mutation_id, table_name,"
                + " row_id, field_name, kind, kept_value, other_value, device_id, server_version, edited_at, detected_at, confirmed)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)")) {
            for (SyncConflict k : conflicts) {
                s.setObject(1, k.id());
                s.setObject(2, practiceId);
                s.setObject(3, k.mutationId());
                s.setString(4, k.tableName());
                s.setObject(5, k.rowId());
                s.setString(6, k.fieldName());
                s.setString(7, k.kind().code());
                s.setString(8, k.keptValue());
                s.setString(9, k.otherValue());
                s.setObject(10, k.deviceId());
                LocalSql.bind(s, 11, k.serverVersion());
                LocalSql.bind(s, 12, k.editedAt());
                LocalSql.bind(s, 13, k.detectedAt());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static List<SyncConflict> read(PreparedStatement s) throws SQLException {
        List<SyncConflict> list = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long version = rs.getLong("server_version");
                Long serverVersion = rs.wasNull() ? null : version;
                OffsetDateTime resolved = rs.getObject("resolved_at", OffsetDateTime.class);
                list.add(new SyncConflict(rs.getObject("id", UUID.class), rs.getObject("mutation_id", UUID.class),
                        rs.getString("table_name"), rs.getObject("row_id", UUID.class), rs.getString("field_name"),
                        SyncConflict.Kind.of(rs.getString("kind")), rs.getString("kept_value"), rs.getString("other_value"),
                        rs.getObject("device_id", UUID.class), serverVersion,
                        rs.getObject("edited_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("detected_at", OffsetDateTime.class).toInstant(),
                        resolved == null ? null : resolved.toInstant(), rs.getString("resolution")));
            }
        }
        return list;
    }
}
