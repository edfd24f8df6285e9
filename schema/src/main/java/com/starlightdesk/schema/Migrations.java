package com.starlightdesk.schema;

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
 * Stateless and thread-safe.
 */
public final class Migrations {

    /** Version of the practice tables' schema, exchanged by client and server before sync. */
    public static final String SCHEMA_VERSION_TABLE = "flyway_schema_history";

    private Migrations() {
    }

    /** Migrates a local store (practice tables and device tables) on H2 or PostgreSQL. */
    public static void migrateLocalStore(DataSource dataSource) {
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

    /** Migrates the practice tables only, as on the server; returns the schema version reached. */
    public static String migratePracticeTables(DataSource dataSource) {
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
