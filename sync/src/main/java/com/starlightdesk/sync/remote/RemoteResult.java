package com.starlightdesk.sync.remote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The outcome of one statement: column labels, rows, and the count of rows changed. Immutable. */
public record RemoteResult(List<String> columns, List<RemoteRow> rows, long updatedCount) {

    public RemoteResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (updatedCount < 0) {
            throw new IllegalArgumentException("updatedCount must be >= 0, got " + updatedCount);
        }
    }

    /** Builds rows over shared column labels; a duplicate label keeps its first position. */
    public static RemoteResult of(List<String> columns, List<List<SqlValue>> rowValues, long updatedCount) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.putIfAbsent(Objects.requireNonNull(columns.get(i), "column label"), i);
        }
        Map<String, Integer> frozen = Map.copyOf(index);
        List<RemoteRow> rows = rowValues.stream().map(values -> new RemoteRow(frozen, values)).toList();
        return new RemoteResult(columns, rows, updatedCount);
    }
}
