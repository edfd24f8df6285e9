package com.starlightdesk.schema;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Databases for the migration tests: an H2 file in a folder, opened as the local store opens it, and a
 * fresh PostgreSQL database on the test server ({@code -Dstarlight.pg.url}, {@code -Dstarlight.pg.user};
 * default 127.0.0.1:5432 as {@code postgres}) whose name carries the JVM's process id, so two test runs
 * on one server do not drop each other's database.
 */
final class TestDatabases {
    static final String SERVER_URL = System.getProperty("starlight.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String SERVER_USER = System.getProperty("starlight.pg.user", "postgres");

    private TestDatabases() {
    }

    /** An H2 database in {@code folder}, with the settings of the local store. */
    static DataSource h2(Path folder, String name) {
        return new SimpleDataSource("jdbc:h2:file:" + folder.resolve(name)
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa");
    }

    /** The database name {@code prefix_<pid>}. */
    static String postgresName(String prefix) {
        return prefix + "_" + ProcessHandle.current().pid();
    }

    /** Drops and creates {@link #postgresName(String) prefix_<pid>} and returns a data source on it. */
    static DataSource freshPostgres(String prefix) throws SQLException {
        String name = postgresName(prefix);
        drop(prefix);
        serverExecute("create database " + name);
        return new SimpleDataSource(SERVER_URL.substring(0, SERVER_URL.lastIndexOf('/') + 1) + name, SERVER_USER);
    }

    /** Drops {@link #postgresName(String) prefix_<pid>} if it exists. */
    static void drop(String prefix) throws SQLException {
        serverExecute("drop database if exists " + postgresName(prefix) + " with (force)");
    }

    private static void serverExecute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER_URL, SERVER_USER, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A DriverManager-backed data source: enough for migrations in a test. */
    private record SimpleDataSource(String url, String user) implements DataSource {
        @Override public Connection getConnection() throws SQLException { return DriverManager.getConnection(url, user, ""); }
        @Override public Connection getConnection(String u, String p) throws SQLException { return DriverManager.getConnection(url, u, p); }
        @Override public PrintWriter getLogWriter() { return null; }
        @Override public void setLogWriter(PrintWriter out) { }
        @Override public void setLoginTimeout(int seconds) { }
        @Override public int getLoginTimeout() { return 0; }
        @Override public Logger getParentLogger() { return Logger.getGlobal(); }
        @Override public <T> T unwrap(Class<T> iface) throws SQLException { throw new SQLException("not a wrapper"); }
        @Override public boolean isWrapperFor(Class<?> iface) { return false; }
    }
}
