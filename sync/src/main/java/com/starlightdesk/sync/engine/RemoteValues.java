package com.starlightdesk.sync.engine;

import com.starlightdesk.data.repo.Table;
import com.starlightdesk.data.sync.SyncFields;
import com.starlightdesk.sync.remote.RemoteRow;
import com.starlightdesk.sync.remote.SqlParam;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Sync's Java column values as remote parameters and back from remote rows. Stateless. */
final class RemoteValues {
    private RemoteValues() {
    }

    static SqlParam param(Table<?> table, String column, String name, Object value) {
        Class<?> type = SyncFields.typeOf(table, column);
        if (type == UUID.class) {
            return SqlParam.uuid(name, (UUID) value);
        }
        if (type == Instant.class) {
            return SqlParam.instant(name, (Instant) value);
        }
        if (type == LocalDate.class) {
            return SqlParam.date(name, (LocalDate) value);
        }
        if (type == BigDecimal.class) {
            return SqlParam.decimal(name, (BigDecimal) value);
        }
        if (type == Boolean.class) {
            return SqlParam.bool(name, (Boolean) value);
        }
        if (type == Integer.class || type == Long.class) {
            return SqlParam.int64(name, value == null ? null : ((Number) value).longValue());
        }
        if (type == String.class) {
            return SyncFields.isJson(table, column) ? SqlParam.json(name, (String) value) : SqlParam.text(name, (String) value);
        }
        throw new IllegalArgumentException("Unsupported column type of " + table.name() + "." + column);
    }

    static Object read(Table<?> table, String column, RemoteRow row) {
        Class<?> type = SyncFields.typeOf(table, column);
        if (type == UUID.class) {
            return row.uuid(column);
        }
        if (type == Instant.class) {
            return row.instant(column);
        }
        if (type == LocalDate.class) {
            return row.date(column);
        }
        if (type == BigDecimal.class) {
            return row.decimal(column);
        }
        if (type == Boolean.class) {
            return row.bool(column);
        }
        if (type == Integer.class) {
            Long v = row.int64(column);
            return v == null ? null : v.intValue();
        }
        if (type == Long.class) {
            return row.int64(column);
        }
        return row.text(column);
    }
}
