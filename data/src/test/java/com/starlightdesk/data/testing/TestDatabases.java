package com.starlightdesk.data.testing;

import com.starlightdesk.schema.Dialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Real databases for tests: an H2 file in PostgreSQL mode, or a fresh database on the PostgreSQL server
 * named by the {@code starlight.pg.url} / {@code starlight.pg.user} system properties (default
 * {@code 127.0.0.1:5432}, user {@code postgres}).
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static DataSource create(Dialect dialect, Path dir, String name) {
        return dialect == Dialect.H2 ? h2(dir.resolve(name)) : postgres(name);
    }

    /**
     * A plain (unencrypted) H2 file database with the local store's mode flags, behind a connection
     * pool as in the product (the pool keeps the database open between statements).
     */
    public static DataSource h2(Path file) {
        return JdbcConnectionPool.create("jdbc:h2:file:" + file.toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;TRACE_LEVEL_FILE=0", "sa", "");
    }

    /**
     * A fresh database on the test PostgreSQL server, named {@code name} plus this JVM's process id (so
     * builds running side by side do not collide); it is dropped when the JVM exits.
     */
    public static DataSource postgres(String baseName) {
        if (!baseName.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits and _");
        }
        String name = baseName + "_" + ProcessHandle.current().pid();
        String url = pgUrl();
        synchronized (CREATED) {
            if (CREATED.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropCreated, "drop-test-databases"));
            }
            CREATED.add(name);
        }
        try (Connection c = DriverManager.getConnection(url, pgUser(), ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + url + " (start it; see README)", e);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url.substring(0, url.lastIndexOf('/') + 1) + name);
        ds.setUser(pgUser());
        return ds;
    }

    private static final java.util.Set<String> CREATED = new java.util.LinkedHashSet<>();

    private static void dropCreated() {
        try (Connection c = DriverManager.getConnection(pgUrl(), pgUser(), ""); Statement s = c.createStatement()) {
            synchronized (CREATED) {
                for (String name : CREATED) {
                    s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                }
            }
        } catch (SQLException e) {
            // best effort at exit
        }
    }

    public static String pgUrl() {
        return System.getProperty("starlight.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    public static String pgUser() {
        return System.getProperty("starlight.pg.user", "postgres");
    }
}
