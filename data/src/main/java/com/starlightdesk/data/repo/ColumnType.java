package com.starlightdesk.data.repo;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.argument.Argument;

/**
 * The types a stored column has, and the one place each type's value is converted: from the JSON of outbox
 * entries and conflicts, to and from JDBC, and named in PostgreSQL casts. Codes (coded enumerations) are
 * {@link #TEXT}; JSON documents (an address, a note's content) are {@link #JSON}, held as their text.
 * Immutable and thread-safe.
 */
public enum ColumnType {
    TEXT(String.class, "text"),
    JSON(String.class, "jsonb"),
    UUID(java.util.UUID.class, "uuid"),
    TIMESTAMP(Instant.class, "timestamptz"),
    DATE(LocalDate.class, "date"),
    DECIMAL(BigDecimal.class, "numeric"),
    BOOLEAN(Boolean.class, "boolean"),
    INTEGER(Integer.class, "integer"),
    BIGINT(Long.class, "bigint");

    private final Class<?> javaType;
    private final String postgresType;

    ColumnType(Class<?> javaType, String postgresType) {
        this.javaType = javaType;
        this.postgresType = postgresType;
    }

    /** The type of stored values given as a Java type ({@code String} for codes and JSON, primitives boxed). */
    public static ColumnType of(Class<?> storedType, boolean json) {
        if (json) {
            if (storedType != String.class) {
                throw new IllegalArgumentException("A JSON column is stored as text, not " + storedType.getSimpleName());
            }
            return JSON;
        }
        for (ColumnType t : values()) {
            if (t != JSON && t.javaType == storedType) {
                return t;
            }
        }
        throw new IllegalArgumentException("No column type stores " + storedType.getSimpleName());
    }

    /** The PostgreSQL type a value of this column is cast to. */
    public String postgresType() {
        return postgresType;
    }

    /** A value as outbox entries and conflicts hold it in JSON (ISO text, decimals as text) as the column's Java value. */
    public Object fromJson(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return switch (this) {
            case TEXT, JSON -> node.asText();
            case UUID -> java.util.UUID.fromString(node.asText());
            case TIMESTAMP -> Instant.parse(node.asText());
            case DATE -> LocalDate.parse(node.asText());
            case DECIMAL -> new BigDecimal(node.asText());
            case BOOLEAN -> node.asBoolean();
            case INTEGER -> node.asInt();
            case BIGINT -> node.asLong();
        };
    }

    /** The column's value in a JDBC result (H2 and PostgreSQL alike). */
    public Object read(ResultSet rs, String column) throws SQLException {
        return switch (this) {
            case TIMESTAMP -> {
                OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
                yield t == null ? null : t.toInstant();
            }
            case UUID -> rs.getObject(column, java.util.UUID.class);
            case DATE -> rs.getObject(column, LocalDate.class);
            case DECIMAL -> rs.getBigDecimal(column);
            case BIGINT -> {
                Number n = (Number) rs.getObject(column);
                yield n == null ? null : n.longValue();
            }
            case INTEGER -> {
                Number n = (Number) rs.getObject(column);
                yield n == null ? null : n.intValue();
            }
            case BOOLEAN -> rs.getObject(column);
            case TEXT, JSON -> {
                Object value = rs.getObject(column);
                yield value == null ? null : value.toString();
            }
        };
    }

    /** A Java value as a JDBC parameter: instants as UTC {@code OffsetDateTime}, the rest as they are. */
    public static Object toJdbc(Object value) {
        return value instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value;
    }

    /** A Java value as a Jdbi argument, bound as {@link #toJdbc} gives it. */
    public static Argument argument(Object value) {
        Object jdbc = toJdbc(value);
        return (position, statement, context) -> statement.setObject(position, jdbc);
    }
}
