package com.starlightdesk.sync.remote;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.postgresql.util.PGobject;

/**
 * Binds Data API parameters to JDBC and reads PostgreSQL result columns into {@link SqlValue}s by the
 * Data API's rules, so that the local gateway and {@link JdbcRemote} give the same answers as the service.
 * Stateless and thread-safe.
 */
public final class JdbcValues {

    private static final Set<String> UNSUPPORTED = Set.of("money", "point", "line", "lseg", "box", "path",
            "polygon", "circle");

    private JdbcValues() {
    }

    /** Binds one parameter; text with a type hint is converted to that type first. */
    public static void bind(PreparedStatement statement, int index, String name, SqlValue value, TypeHint hint)
            throws SQLException {
        if (value instanceof SqlValue.Array) {
            throw new IllegalArgumentException("Array parameters are not supported.");
        }
        try {
            if (value instanceof SqlValue.Null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof SqlValue.Int64 v) {
                statement.setLong(index, v.value());
            } else if (value instanceof SqlValue.Float64 v) {
                statement.setDouble(index, v.value());
            } else if (value instanceof SqlValue.Bool v) {
                statement.setBoolean(index, v.value());
            } else if (value instanceof SqlValue.Bytes v) {
                statement.setBytes(index, v.value());
            } else if (value instanceof SqlValue.Text v) {
                bindText(statement, index, v.value(), hint);
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("parameter " + name + ": cannot read value as "
                    + (hint == null ? "text" : hint) + ": " + e.getMessage(), e);
        }
    }

    private static void bindText(PreparedStatement statement, int index, String text, TypeHint hint)
            throws SQLException {
        if (hint == null) {
            statement.setString(index, text);
            return;
        }
        switch (hint) {
            case UUID -> statement.setObject(index, UUID.fromString(text));
            case DECIMAL -> statement.setBigDecimal(index, new BigDecimal(text));
            case DATE -> statement.setObject(index, WireFormats.parseDate(text));
            case TIME -> statement.setObject(index, WireFormats.parseTime(text));
            case TIMESTAMP -> statement.setObject(index, WireFormats.parseLocalDateTime(text));
            case JSON -> {
                PGobject json = new PGobject();
                json.setType("json");
                json.setValue(text);
                statement.setObject(index, json);
            }
        }
    }

    /** Reads column {@code column} (1-based) of the current row. */
    public static SqlValue read(ResultSet rs, int column, String typeName) throws SQLException {
        String type = typeName.toLowerCase();
        if (UNSUPPORTED.contains(type) || (type.startsWith("_") && UNSUPPORTED.contains(type.substring(1)))) {
            throw new UnsupportedResultTypeException("The result contains the unsupported data type " + type + ".");
        }
        if (type.startsWith("_")) {
            Array array = rs.getArray(column);
            return array == null ? SqlValue.NULL : readArray(array, type.substring(1));
        }
        switch (type) {
            case "int2", "int4", "int8", "oid", "serial", "bigserial", "smallserial" -> {
                long v = rs.getLong(column);
                return rs.wasNull() ? SqlValue.NULL : new SqlValue.Int64(v);
            }
            case "float4", "float8" -> {
                double v = rs.getDouble(column);
                return rs.wasNull() ? SqlValue.NULL : new SqlValue.Float64(v);
            }
            case "bool" -> {
                boolean v = rs.getBoolean(column);
                return rs.wasNull() ? SqlValue.NULL : new SqlValue.Bool(v);
            }
            case "bytea" -> {
                byte[] v = rs.getBytes(column);
                return v == null ? SqlValue.NULL : new SqlValue.Bytes(v);
            }
            case "timestamptz" -> {
                String raw = rs.getString(column);
                if (raw == null) {
                    return SqlValue.NULL;
                }
                if (raw.equals("infinity") || raw.equals("-infinity")) {
                    return new SqlValue.Text(raw);
                }
                return new SqlValue.Text(WireFormats.timestamp(rs.getObject(column, OffsetDateTime.class)));
            }
            default -> {
                return SqlValue.text(rs.getString(column));
            }
        }
    }

    private static SqlValue readArray(Array array, String elementType) throws SQLException {
        Object raw = array.getArray();
        if (!(raw instanceof Object[] elements)) {
            throw new UnsupportedResultTypeException("The result contains an array of unsupported type " + elementType + ".");
        }
        List<SqlValue> values = new ArrayList<>(elements.length);
        for (Object element : elements) {
            if (element != null && element.getClass().isArray()) {
                throw new UnsupportedResultTypeException("The result contains a multi-dimensional array, which is not supported.");
            }
            values.add(arrayElement(element));
        }
        return new SqlValue.Array(values);
    }

    private static SqlValue arrayElement(Object element) {
        if (element == null) {
            return SqlValue.NULL;
        }
        if (element instanceof Short || element instanceof Integer || element instanceof Long) {
            return new SqlValue.Int64(((Number) element).longValue());
        }
        if (element instanceof Float || element instanceof Double) {
            return new SqlValue.Float64(((Number) element).doubleValue());
        }
        if (element instanceof Boolean b) {
            return new SqlValue.Bool(b);
        }
        if (element instanceof BigDecimal d) {
            return new SqlValue.Text(d.toPlainString());
        }
        if (element instanceof java.sql.Timestamp t) {
            return new SqlValue.Text(WireFormats.timestamp(t.toLocalDateTime()));
        }
        return new SqlValue.Text(element.toString());
    }
}
