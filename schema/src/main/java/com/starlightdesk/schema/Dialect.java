package com.starlightdesk.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
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
    H2("h2", "varchar"),
    /** PostgreSQL 13+ and Aurora PostgreSQL: JSON columns are {@code jsonb}. */
    POSTGRESQL("postgresql", "jsonb");

    private final String folder;
    private final String jsonType;

    Dialect(String folder, String jsonType) {
        this.folder = folder;
        this.jsonType = jsonType;
    }

    /** Name of this dialect's migration folder under {@code db/}. */
    public String folder() {
        return folder;
    }

    /** The SQL type a JSON parameter is cast to: {@code cast(:x as <jsonType>)}. */
    public String jsonType() {
        return jsonType;
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
