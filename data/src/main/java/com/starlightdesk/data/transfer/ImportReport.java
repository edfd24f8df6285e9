package com.starlightdesk.data.transfer;

import java.util.List;

/**
 * What an import did: rows inserted, rows updated (same id already present) and the rows refused,
 * each with its line (CSV) or record number (JSON) and the field at fault. Messages hold no values.
 */
public record ImportReport(int inserted, int updated, List<RowError> errors) {
    public ImportReport {
        errors = List.copyOf(errors);
    }

    /** A refused row. */
    public record RowError(long line, String field, String message) {
        @Override
        public String toString() {
            return "line " + line + ": " + (field == null ? "" : field + ": ") + message;
        }
    }
}
