package com.starlightdesk.data.repo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.starlightdesk.data.domain.AuditAction;
import com.starlightdesk.data.domain.AuditEntry;
import com.starlightdesk.data.domain.ChartPart;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.MedicalRecord;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.SignedRecordException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;

/**
 * The writes of one local transaction. Every insert, update and soft delete also appends an outbox
 * entry (mutation id, table, row id, changed fields with their base values, local time) through the
 * same handle, so the row and its entry commit together or not at all. Changes to a patient's rows
 * are also written to the audit log. Not thread-safe: use it only inside the transaction that made it.
 */
public final class Changes {
    private static final String OUTBOX_INSERT =
            "INSERT INTO outbox (mutation_id, practice_id, table_name, row_id, operation, changes, base_version, recorded_at)"
            + " VALUES (:mutation_id, :practice_id, :table_name, :row_id, :operation, :changes, :base_version, :now)";

    private final Handle handle;
    private final UUID practiceId;
    private final UUID actorId;
    private final Instant now;

    Changes(Handle handle, UUID practiceId, UUID actorId, Clock clock) {
        this.handle = handle;
        this.practiceId = practiceId;
        this.actorId = actorId;
        this.now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The time this transaction stamps on rows it writes. */
    public Instant now() {
        return now;
    }

    /** The repository {@code type} on this transaction's own connection: reads that see its writes so far. */
    <T> T queries(Class<T> type) {
        return handle.attach(type);
    }

    /** Inserts a new row. */
    public <R extends Record> R insert(R row) {
        Table<R> table = tableOf(row);
        List<Table.Column> columns = table.columns();
        Update insert = handle.createUpdate(insertSql(table))
                .bind("practice_id", practiceId)
                .bind("now", now);
        ObjectNode changes = StoredValues.JSON.createObjectNode();
        for (Table.Column c : columns) {
            Object value = c.read(row);
            bind(insert, c, value);
            if (value != null && !c.name().equals("id")) {
                changes.putObject(c.name()).putPOJO("value", StoredValues.toOutbox(value));
            }
        }
        insert.execute();
        UUID id = table.idOf(row);
        appendOutbox(table, id, "insert", changes, null);
        audit(table, id, AuditAction.CREATE, patientOf(table, row));
        return row;
    }

    /**
     * Inserts many new rows of one type with batched statements (imports, demo data, bootstrap).
     * Each row gets its outbox entry as {@link #insert} would; one audit entry records the bulk write.
     */
    public <R extends Record> void insertAll(List<R> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Table<R> table = tableOf(rows.get(0));
        List<Table.Column> columns = table.columns();
        PreparedBatch batch = handle.prepareBatch(insertSql(table));
        PreparedBatch outbox = handle.prepareBatch(OUTBOX_INSERT);
        for (R row : rows) {
            if (row.getClass() != table.type()) {
                throw new IllegalArgumentException("insertAll takes rows of one type");
            }
            batch.bind("practice_id", practiceId).bind("now", now);
            ObjectNode changes = StoredValues.JSON.createObjectNode();
            for (Table.Column c : columns) {
                Object value = c.read(row);
                batch.bindByType(c.name(), value, c.storedType());
                if (value != null && !c.name().equals("id")) {
                    changes.putObject(c.name()).putPOJO("value", StoredValues.toOutbox(value));
                }
            }
            batch.add();
            bindOutbox(outbox, table, table.idOf(row), "insert", changes, null);
            outbox.add();
        }
        batch.execute();
        outbox.execute();
        if (table != Tables.AUDIT_LOG) {
            auditBulk(AuditAction.IMPORT, table.name());
        }
    }

    /**
     * Updates a row to {@code row}'s values. Only changed columns are written and recorded with their
     * base values; an unchanged row writes nothing. Fails if the row does not exist or was deleted, and
     * with {@link SignedRecordException} if it is a clinical record stored signed (pulled server rows are
     * written by the local replica, not here, so sync still brings the server's signed rows in).
     */
    public <R extends Record> R update(R row) {
        Table<R> table = tableOf(row);
        UUID id = table.idOf(row);
        Current<R> current = lockCurrent(table, id);
        ObjectNode changes = StoredValues.JSON.createObjectNode();
        List<Table.Column> changed = new ArrayList<>();
        for (Table.Column c : table.columns()) {
            Object before = c.read(current.row());
            Object after = c.read(row);
            if (!Objects.equals(before, after)) {
                changed.add(c);
                ObjectNode field = changes.putObject(c.name());
                field.putPOJO("base", StoredValues.toOutbox(before));
                field.putPOJO("value", StoredValues.toOutbox(after));
            }
        }
        if (changed.isEmpty()) {
            return row;
        }
        refuseSigned(current.row());
        StringBuilder set = new StringBuilder("updated_at = :now");
        for (Table.Column c : changed) {
            set.append(", ").append(c.name()).append(" = ").append(placeholder(c));
        }
        Update update = handle.createUpdate("UPDATE " + table.name() + " SET " + set
                        + " WHERE id = :id AND practice_id = :practice_id AND deleted_at IS NULL")
                .bind("now", now)
                .bind("practice_id", practiceId);
        for (Table.Column c : changed) {
            bind(update, c, c.read(row));
        }
        update.bind("id", id).execute();
        appendOutbox(table, id, "update", changes, current.version());
        audit(table, id, AuditAction.UPDATE, patientOf(table, row));
        return row;
    }

    /**
     * Inserts {@code row}, or updates the live row with its id (imports: a re-imported export lands on
     * the same state). Returns true when it inserted. Fails if the row was deleted.
     */
    public <R extends Record> boolean upsert(R row) {
        Table<R> table = tableOf(row);
        boolean exists = handle.createQuery("SELECT count(*) FROM " + table.name() + " WHERE id = :id AND practice_id = :practice_id")
                .bind("id", table.idOf(row)).bind("practice_id", practiceId).mapTo(Long.class).one() > 0;
        if (exists) {
            update(row);
            return false;
        }
        insert(row);
        return true;
    }

    /** Marks a row deleted (a tombstone that syncs); the row stays in the table. A signed clinical record is refused. */
    public <R extends Record> void softDelete(Class<R> type, UUID id) {
        Table<R> table = Tables.of(type);
        if (table == Tables.AUDIT_LOG) {
            throw new IllegalArgumentException("The audit log is append-only");
        }
        Current<R> current = lockCurrent(table, id);
        refuseSigned(current.row());
        handle.createUpdate("UPDATE " + table.name() + " SET deleted_at = :now, updated_at = :now"
                        + " WHERE id = :id AND practice_id = :practice_id AND deleted_at IS NULL")
                .bind("now", now).bind("id", id).bind("practice_id", practiceId).execute();
        ObjectNode changes = StoredValues.JSON.createObjectNode();
        ObjectNode field = changes.putObject("deleted_at");
        field.putNull("base");
        field.put("value", now.toString());
        appendOutbox(table, id, "delete", changes, current.version());
        audit(table, id, AuditAction.DELETE, patientOf(table, current.row()));
    }

    /**
     * The live row {@code id} of {@code type} as this transaction sees it, locked until the transaction ends (a
     * read before an update that builds on it). Fails if there is no such row or it was deleted.
     */
    public <R extends Record> R current(Class<R> type, UUID id) {
        return lockCurrent(Tables.of(type), id).row();
    }

    /** Records that the acting user opened a patient's chart (the {@link ChartPart#CHART chart} part). */
    public void auditChartRead(UUID patientId) {
        insertAudit(new AuditEntry(Ids.next(), actorId, AuditAction.READ, Tables.PATIENTS.name(), patientId, patientId, now,
                ChartPart.CHART));
    }

    /** Records that the acting user was shown {@code part} of a patient's chart (a section, a printed document). */
    public void auditChartSection(UUID patientId, ChartPart part) {
        insertAudit(new AuditEntry(Ids.next(), actorId, AuditAction.READ, part.tableName(), null, patientId, now, part));
    }

    /** Records an export or import by the acting user (no row, no patient). */
    public void auditBulk(AuditAction action, String tableName) {
        insertAudit(new AuditEntry(Ids.next(), actorId, action, tableName, null, null, now, null));
    }

    private <R extends Record> Current<R> lockCurrent(Table<R> table, UUID id) {
        Optional<Map<String, Object>> meta = handle.createQuery("SELECT row_version, deleted_at FROM " + table.name()
                        + " WHERE id = :id AND practice_id = :practice_id FOR UPDATE")
                .bind("id", id).bind("practice_id", practiceId)
                .mapToMap().findOne();
        if (meta.isEmpty()) {
            throw new NoSuchElementException("No " + table.name() + " row with id " + id);
        }
        if (meta.get().get("deleted_at") != null) {
            throw new IllegalStateException("The " + table.name() + " row " + id + " was deleted");
        }
        R row = handle.createQuery("SELECT " + table.selectList() + " FROM " + table.name()
                        + " WHERE id = :id AND practice_id = :practice_id")
                .bind("id", id).bind("practice_id", practiceId)
                .mapTo(table.type()).one();
        return new Current<>(row, ((Number) meta.get().get("row_version")).longValue());
    }

    /** A signed note, lab result or prescription is never changed once stored signed. */
    private static void refuseSigned(Record stored) {
        if (stored instanceof MedicalRecord record && record.isSigned()) {
            throw new SignedRecordException(record.recordType());
        }
    }

    private void appendOutbox(Table<?> table, UUID rowId, String operation, ObjectNode changes, Long baseVersion) {
        Update update = handle.createUpdate(OUTBOX_INSERT);
        bindOutbox(update, table, rowId, operation, changes, baseVersion);
        update.execute();
    }

    private void bindOutbox(org.jdbi.v3.core.statement.SqlStatement<?> statement, Table<?> table, UUID rowId, String operation,
            ObjectNode changes, Long baseVersion) {
        String json;
        try {
            json = StoredValues.JSON.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        statement.bind("mutation_id", Ids.next())
                .bind("practice_id", practiceId)
                .bind("table_name", table.name())
                .bind("row_id", rowId)
                .bind("operation", operation)
                .bind("changes", json)
                .bind("base_version", baseVersion)
                .bind("now", now);
    }

    private void audit(Table<?> table, UUID rowId, AuditAction action, UUID patientId) {
        if (patientId == null || table == Tables.AUDIT_LOG) {
            return;
        }
        insertAudit(new AuditEntry(Ids.next(), actorId, action, table.name(), rowId, patientId, now, null));
    }

    private void insertAudit(AuditEntry entry) {
        insert(entry);
    }

    private static UUID patientOf(Table<?> table, Record row) {
        if (row instanceof Patient patient) {
            return patient.id();
        }
        if (Tables.concernsPatient(table)) {
            return (UUID) table.column("patient_id").read(row);
        }
        return null;
    }

    private static String insertSql(Table<?> table) {
        StringBuilder names = new StringBuilder("practice_id, created_at, updated_at");
        StringBuilder values = new StringBuilder(":practice_id, :now, :now");
        for (Table.Column c : table.columns()) {
            names.append(", ").append(c.name());
            values.append(", ").append(placeholder(c));
        }
        return "INSERT INTO " + table.name() + " (" + names + ") VALUES (" + values + ")";
    }

    private static String placeholder(Table.Column c) {
        return c.json() ? "cast(:" + c.name() + " as <json>)" : ":" + c.name();
    }

    private static void bind(Update update, Table.Column c, Object value) {
        update.bindByType(c.name(), value, c.storedType());
    }

    @SuppressWarnings("unchecked")
    private static <R extends Record> Table<R> tableOf(R row) {
        return Tables.of((Class<R>) row.getClass());
    }

    private record Current<R>(R row, long version) {
    }
}
