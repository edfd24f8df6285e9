package com.starlightdesk.data.sync;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Binding and reading sync's Java values over JDBC, the same on H2 and PostgreSQL. Stateless. */
final class LocalSql {
    private LocalSql() {
    }

    static void bind(PreparedStatement s, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            s.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else {
            s.setObject(index, value);
        }
    }

    static Object read(ResultSet rs, String column, Class<?> type) throws SQLException {
        if (type == Instant.class) {
            OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
            return t == null ? null : t.toInstant();
        }
        if (type == UUID.class) {
            return rs.getObject(column, UUID.class);
        }
        if (type == LocalDate.class) {
            return rs.getObject(column, LocalDate.class);
        }
        if (type == BigDecimal.class) {
            return rs.getBigDecimal(column);
        }
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (type == Long.class) {
            return ((Number) value).longValue();
        }
        if (type == Integer.class) {
            return ((Number) value).intValue();
        }
        if (type == Boolean.class) {
            return value;
        }
        return value.toString();
    }

    static boolean isMissingParent(SQLException e) {
        String state = e.getSQLState();
        return "23506".equals(state) || "23503".equals(state);
    }
}
