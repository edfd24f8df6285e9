package com.starlightdesk.sync.remote;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A named statement parameter ({@code :name} in SQL) in the Data API's terms: a value and, for strings
 * the database must read as another type, a type hint. Build with the typed factories. Immutable.
 */
public record SqlParam(String name, SqlValue value, TypeHint hint) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public SqlParam {
        Objects.requireNonNull(name, "parameter name");
        Objects.requireNonNull(value, () -> "value of parameter " + name);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("parameter name must match [A-Za-z_][A-Za-z0-9_]*, got: " + name);
        }
        if (value instanceof SqlValue.Array) {
            throw new IllegalArgumentException("parameter " + name
                    + ": array parameters are not supported; pass an array literal and cast it");
        }
        if (hint != null && !(value instanceof SqlValue.Text) && !(value instanceof SqlValue.Null)) {
            throw new IllegalArgumentException("parameter " + name + ": type hint " + hint + " needs a text value");
        }
    }

    public static SqlParam uuid(String name, UUID value) {
        return new SqlParam(name, value == null ? SqlValue.NULL : new SqlValue.Text(value.toString()), TypeHint.UUID);
    }

    public static SqlParam decimal(String name, BigDecimal value) {
        return new SqlParam(name, value == null ? SqlValue.NULL : new SqlValue.Text(value.toPlainString()), TypeHint.DECIMAL);
    }

    /** A point in time, sent in UTC; compare it with timestamptz columns. */
    public static SqlParam instant(String name, Instant value) {
        return new SqlParam(name, value == null ? SqlValue.NULL : new SqlValue.Text(WireFormats.timestamp(value)), TypeHint.TIMESTAMP);
    }

    public static SqlParam date(String name, LocalDate value) {
        return new SqlParam(name, value == null ? SqlValue.NULL : new SqlValue.Text(value.toString()), TypeHint.DATE);
    }

    public static SqlParam time(String name, LocalTime value) {
        return new SqlParam(name, value == null ? SqlValue.NULL : new SqlValue.Text(WireFormats.time(value)), TypeHint.TIME);
    }

    /** A JSON document given as its text. */
    public static SqlParam json(String name, String jsonText) {
        return new SqlParam(name, SqlValue.text(jsonText), TypeHint.JSON);
    }

    public static SqlParam text(String name, String value) {
        return new SqlParam(name, SqlValue.text(value), null);
    }

    public static SqlParam int64(String name, Long value) {
        return new SqlParam(name, value == null ? SqlValue.NULL : new SqlValue.Int64(value), null);
    }

    public static SqlParam bool(String name, Boolean value) {
        return new SqlParam(name, value == null ? SqlValue.NULL : new SqlValue.Bool(value), null);
    }

    public static SqlParam float64(String name, double value) {
        return new SqlParam(name, new SqlValue.Float64(value), null);
    }

    public static SqlParam bytes(String name, byte[] value) {
        return new SqlParam(name, value == null ? SqlValue.NULL : new SqlValue.Bytes(value), null);
    }

    public static SqlParam nullValue(String name) {
        return new SqlParam(name, SqlValue.NULL, null);
    }
}
