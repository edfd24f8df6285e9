package com.starlightdesk.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies Starlight Desk's Flyway migrations.
 *
 * <ul>
 *   <li>Practice tables: {@code db/h2} or {@code db/postgresql}, history in {@code flyway_schema_history}.</li>
 *   <li>Device tables of a local store (outbox, device settings): {@code db/device}, vendor-neutral,
 *       history in {@code device_schema_history}. Never applied to the server.</li>
 * </ul>
 * Flyway's warning that H2 is newer than the Flyway version was tested with is logged once at {@code FINE}
 * instead of on every migration ({@link FlywayVersionNotice}). Stateless and thread-safe.
 */
public final class Migrations {

    /** Flyway's history of the practice tables, where a database's schema version is read. */
    public static final String SCHEMA_VERSION_TABLE = "flyway_schema_history";

    /**
     * The server's practice schema version this build speaks: the highest {@code db/postgresql} migration.
     * Sync checks the server is at it before rows are exchanged.
     */
    public static final String SERVER_SCHEMA_VERSION = "12";

    /**
     * Highest bundled migration version of the practice tables per dialect folder, and of the device
     * tables. {@code MigrationsTest} checks them against the files, so a new migration must bump them.
     */
    static final Map<Dialect, Integer> PRACTICE_VERSION = Map.of(Dialect.H2, 11,
            Dialect.POSTGRESQL, Integer.parseInt(SERVER_SCHEMA_VERSION));
    static final int DEVICE_VERSION = 3;

    private Migrations() {
    }

    /**
     * Migrates a local store (practice tables and device tables) on H2 or PostgreSQL. A store already at
     * the bundled versions is recognised with two small queries, without starting Flyway (which costs
     * over a second in a cold JVM, on every sign-in).
     */
    public static void migrateLocalStore(DataSource dataSource) {
        if (isCurrent(dataSource)) {
            return;
        }
        migratePracticeTables(dataSource);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/device")
                .table("device_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    /** Whether both history tables record the bundled versions (false if either table is missing). */
    static boolean isCurrent(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            Dialect dialect = Dialect.of(c);
            return maxVersion(s, SCHEMA_VERSION_TABLE) == PRACTICE_VERSION.get(dialect)
                    && maxVersion(s, "device_schema_history") == DEVICE_VERSION;
        } catch (SQLException | NumberFormatException e) {
            return false;
        }
    }

    private static int maxVersion(Statement s, String table) throws SQLException {
        int max = -1;
        try (ResultSet rs = s.executeQuery("SELECT version FROM " + table + " WHERE success AND version IS NOT NULL")) {
            while (rs.next()) {
                max = Math.max(max, Integer.parseInt(rs.getString(1)));
            }
        }
        return max;
    }

    /** Migrates the practice tables only, as on the server; returns the schema version reached. */
    public static String migratePracticeTables(DataSource dataSource) {
        FlywayVersionNotice.install();
        Dialect dialect = Dialect.of(dataSource);
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/" + dialect.folder())
                .table(SCHEMA_VERSION_TABLE)
                .load()
                .migrate();
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    }
}
