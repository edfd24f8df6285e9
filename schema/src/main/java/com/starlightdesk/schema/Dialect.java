package com.starlightdesk.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The SQL dialects Starlight Desk runs on, and the one place their differences are kept.
 *
 * <p>The local store is H2 in PostgreSQL mode; the remote is PostgreSQL (Aurora). Migrations live in
 * per-vendor folders named by {@link #folder()}; SQL text that must differ at run time asks this enum.
 * Thread-safe (immutable).
 */
public enum Dialect {
    /** H2 2.x with {@code MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE}: JSON columns are stored as text. */
    H2("h2", "varchar", Set.of("23506", "23503")),
    /** PostgreSQL 13+ and Aurora PostgreSQL: JSON columns are {@code jsonb}. */
    POSTGRESQL("postgresql", "jsonb", Set.of("23503"));

    private final String folder;
    private final String jsonType;
    /** SQLSTATEs of a row that refers to a row that is not there (H2 also reports a parent still referred to so). */
    private final Set<String> foreignKeyStates;

    Dialect(String folder, String jsonType, Set<String> foreignKeyStates) {
        this.folder = folder;
        this.jsonType = jsonType;
        this.foreignKeyStates = foreignKeyStates;
    }

    /** Name of this dialect's migration folder under {@code db/}. */
    public String folder() {
        return folder;
    }

    /** The SQL type a JSON parameter is cast to: {@code cast(:x as <jsonType>)}. */
    public String jsonType() {
        return jsonType;
    }

    /** A parameter bound to a JSON column: cast to {@code jsonb} on PostgreSQL, text as it is on H2. */
    public String jsonParameter() {
        return this == POSTGRESQL ? "cast(? as jsonb)" : "?";
    }

    /**
     * Inserts a row, or replaces every column of the row with the same {@code id}: H2's {@code MERGE ... KEY (id)},
     * PostgreSQL's {@code INSERT ... ON CONFLICT (id) DO UPDATE}. {@code values} are the parameters, one per column.
     */
    public String upsertById(String table, List<String> columns, List<String> values) {
        String insert = " (" + String.join(", ", columns) + ")";
        String parameters = " VALUES (" + String.join(", ", values) + ")";
        if (this == H2) {
            return "MERGE INTO " + table + insert + " KEY (id)" + parameters;
        }
        StringBuilder updates = new StringBuilder();
        for (String column : columns) {
            if (!column.equals("id")) {
                updates.append(updates.length() == 0 ? "" : ", ").append(column).append(" = EXCLUDED.").append(column);
            }
        }
        return "INSERT INTO " + table + insert + parameters + " ON CONFLICT (id) DO UPDATE SET " + updates;
    }

    /**
     * Whether a failed statement leaves its transaction unusable until a savepoint before it is rolled back
     * (PostgreSQL); on H2 the transaction carries on without the failed statement.
     */
    public boolean failedStatementAbortsTransaction() {
        return this == POSTGRESQL;
    }

    /**
     * Whether a JDBC batch runs on past a failed statement and reports each statement's outcome (H2);
     * PostgreSQL stops the batch, and its transaction, at the first failure.
     */
    public boolean batchRunsPastFailures() {
        return this == H2;
    }

    /** Whether a statement failed because a row refers to a row that is not there (a foreign key). */
    public boolean isForeignKeyViolation(SQLException e) {
        return e.getSQLState() != null && foreignKeyStates.contains(e.getSQLState());
    }

    /** Reads the dialect from the database product name of a connection. */
    public static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return H2;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("Unsupported database: " + product);
    }

    /** Reads the dialect of a data source (opens and closes one connection). */
    public static Dialect of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database product name", e);
        }
    }
}
