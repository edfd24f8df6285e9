package com.starlightdesk.sync.engine;

import com.starlightdesk.data.repo.Table;
import com.starlightdesk.data.sync.SyncFields;
import com.starlightdesk.sync.remote.RemoteRow;

/** Sync's Java column values read back from remote rows. Stateless. */
final class RemoteValues {
    private RemoteValues() {
    }

    static Object read(Table<?> table, String column, RemoteRow row) {
        return switch (SyncFields.typeOf(table, column)) {
            case UUID -> row.uuid(column);
            case TIMESTAMP -> row.instant(column);
            case DATE -> row.date(column);
            case DECIMAL -> row.decimal(column);
            case BOOLEAN -> row.bool(column);
            case INTEGER -> {
                Long v = row.int64(column);
                yield v == null ? null : v.intValue();
            }
            case BIGINT -> row.int64(column);
            case TEXT, JSON -> row.text(column);
        };
    }
}
