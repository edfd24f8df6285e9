package com.starlightdesk.sync.remote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One result row, by column label, with typed access in the product's types. Values are kept in the
 * Data API's model ({@link SqlValue}); the accessors convert and name the column when a value does not fit.
 * Immutable.
 */
public final class RemoteRow {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Integer> columnIndex;
    private final List<SqlValue> values;

    RemoteRow(Map<String, Integer> columnIndex, List<SqlValue> values) {
        this.columnIndex = columnIndex;
        this.values = List.copyOf(values);
    }

    /** The values in column order. */
    public List<SqlValue> values() {
        return values;
    }

    public SqlValue value(String column) {
        Integer index = columnIndex.get(column);
        if (index == null) {
            throw new IllegalArgumentException("no column " + column + " in result (columns: " + columnIndex.keySet() + ")");
        }
        return values.get(index);
    }

    public boolean isNull(String column) {
        return value(column).isNull();
    }

    public String text(String column) {
        SqlValue v = value(column);
        if (v.isNull()) {
            return null;
        }
        if (v instanceof SqlValue.Text t) {
            return t.value();
        }
        throw mismatch(column, "text", v);
    }

    public UUID uuid(String column) {
        String text = text(column);
        return text == null ? null : parse(column, "a UUID", () -> UUID.fromString(text));
    }

    /** A numeric column; its text form keeps the scale ({@code 0.10} stays {@code 0.10}). */
    public BigDecimal decimal(String column) {
        SqlValue v = value(column);
        if (v instanceof SqlValue.Int64 i) {
            return BigDecimal.valueOf(i.value());
        }
        String text = text(column);
        return text == null ? null : parse(column, "a decimal", () -> new BigDecimal(text));
    }

    /** A timestamptz column (UTC on the wire). */
    public Instant instant(String column) {
        String text = text(column);
        return text == null ? null : parse(column, "a timestamp", () -> WireFormats.parseInstant(text));
    }

    public LocalDate date(String column) {
        String text = text(column);
        return text == null ? null : parse(column, "a date", () -> WireFormats.parseDate(text));
    }

    /** A json/jsonb column as a tree. */
    public JsonNode json(String column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("column " + column + " does not hold JSON: " + e.getOriginalMessage(), e);
        }
    }

    public Long int64(String column) {
        SqlValue v = value(column);
        if (v.isNull()) {
            return null;
        }
        if (v instanceof SqlValue.Int64 i) {
            return i.value();
        }
        if (v instanceof SqlValue.Text t) {
            return parse(column, "an integer", () -> Long.parseLong(t.value()));
        }
        throw mismatch(column, "an integer", v);
    }

    public Boolean bool(String column) {
        SqlValue v = value(column);
        if (v.isNull()) {
            return null;
        }
        if (v instanceof SqlValue.Bool b) {
            return b.value();
        }
        throw mismatch(column, "a boolean", v);
    }

    public Double float64(String column) {
        SqlValue v = value(column);
        if (v.isNull()) {
            return null;
        }
        if (v instanceof SqlValue.Float64 d) {
            return d.value();
        }
        throw mismatch(column, "a double", v);
    }

    private interface Parse<T> {
        T apply();
    }

    private static <T> T parse(String column, String what, Parse<T> parse) {
        try {
            return parse.apply();
        } catch (RuntimeException e) {
            throw new IllegalStateException("column " + column + " is not " + what + ": " + e.getMessage(), e);
        }
    }

    private static IllegalStateException mismatch(String column, String wanted, SqlValue actual) {
        return new IllegalStateException("column " + column + " is not " + wanted + " (got "
                + actual.getClass().getSimpleName() + ")");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RemoteRow row && values.equals(row.values) && columnIndex.equals(row.columnIndex);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columnIndex, values);
    }

    /** Shows column names only: rows may hold patients' data, which must not reach logs. */
    @Override
    public String toString() {
        return "RemoteRow" + columnIndex.keySet();
    }
}
