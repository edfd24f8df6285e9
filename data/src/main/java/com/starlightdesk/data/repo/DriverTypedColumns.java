package com.starlightdesk.data.repo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Column mappers that take UUIDs and instants from the driver as those types (H2 and PostgreSQL both
 * return {@code uuid} and {@code timestamp with time zone} columns so); Jdbi's defaults go through a
 * string and a {@code java.sql.Timestamp}. Registered on the calendar's queries, which map hundreds of
 * rows per week (public only because Jdbi instantiates them). Stateless; thread-safe.
 */
public final class DriverTypedColumns {
    private DriverTypedColumns() {
    }

    /** A {@code uuid} column. */
    public static final class Uuid implements ColumnMapper<UUID> {
        @Override
        public UUID map(ResultSet r, int columnNumber, StatementContext ctx) throws SQLException {
            return r.getObject(columnNumber, UUID.class);
        }
    }

    /** A {@code timestamp with time zone} column. */
    public static final class Timestamp implements ColumnMapper<Instant> {
        @Override
        public Instant map(ResultSet r, int columnNumber, StatementContext ctx) throws SQLException {
            OffsetDateTime value = r.getObject(columnNumber, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }
    }
}
