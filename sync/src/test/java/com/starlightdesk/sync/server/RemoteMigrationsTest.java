package com.starlightdesk.sync.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.schema.Migrations;
import com.starlightdesk.sync.gateway.DataApiGateway;
import com.starlightdesk.sync.gateway.GatewaySettings;
import com.starlightdesk.sync.remote.RemoteRow;
import com.starlightdesk.sync.remote.RemoteSettings;
import com.starlightdesk.sync.remote.RemoteStore;
import com.starlightdesk.sync.testing.RemoteTestDatabase;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Applies the remote migrations over the Data API (gateway, owner's admin secret) to an empty database,
 * then checks Flyway over JDBC agrees they are applied (same checksums), and provisions a practice with
 * the command line whose new secret works through the running gateway.
 */
class RemoteMigrationsTest {

    private static final String DATABASE = "starlight_gw_migrations_" + ProcessHandle.current().pid();
    private static final String ADMIN_SECRET = PracticeSecret.LOCAL_ARN_PREFIX + "starlight/admin";

    @TempDir
    static Path dir;

    private static String url;
    private static Path secrets;
    private static DataApiGateway gateway;

    @BeforeAll
    static void start() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        admin("CREATE DATABASE " + DATABASE);
        String server = RemoteTestDatabase.SERVER_URL;
        url = server.substring(0, server.lastIndexOf('/') + 1) + DATABASE;
        secrets = dir.resolve("secrets.json");
        SecretsFile.write(secrets, Map.of(ADMIN_SECRET, new PracticeSecret(ADMIN_SECRET, RemoteTestDatabase.OWNER, "")));
        gateway = DataApiGateway.start(GatewaySettings.of(url, secrets));
    }

    @AfterAll
    static void stop() throws SQLException {
        gateway.close();
        admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        for (PracticeSecret secret : SecretsFile.read(secrets).values()) {
            if (secret.username().startsWith("practice_")) {
                admin("DROP ROLE IF EXISTS " + secret.username());
            }
        }
    }

    private static RemoteStore store(String secretArn) {
        return RemoteSettings.dataApi("us-east-1", gateway.resourceArn(), secretArn, DATABASE)
                .withEndpoint(gateway.endpoint())
                .withCredentials(RemoteSettings.Credentials.fixed("AKIDLOCALGATEWAY", "local-gateway"))
                .open();
    }

    @Test
    void migrationsOverTheDataApiMatchFlywayAndProvisioningWorksThroughTheGateway() throws Exception {
        try (RemoteStore admin = store(ADMIN_SECRET)) {
            List<String> applied = new RemoteMigrations(admin).migrate();
            assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"), applied);
            assertEquals(List.of(), new RemoteMigrations(admin).migrate(), "second run applies nothing");
            RemoteRow tables = admin.execute("SELECT count(*) FILTER (WHERE c.relforcerowsecurity) AS forced, count(*) AS n"
                    + " FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public'"
                    + " AND c.relkind = 'r' AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid"
                    + " AND a.attname = 'practice_id')").rows().get(0);
            assertEquals(29L, tables.int64("n"), "practice tables created over the Data API");
            assertEquals(tables.int64("n"), tables.int64("forced"), "all under forced row security");
            assertEquals(1L, admin.execute("SELECT count(*) AS n FROM pg_indexes WHERE schemaname = 'public'"
                    + " AND indexname = 'idx_invoices_corrects'").rows().get(0).int64("n"), "billing's indexes created over the Data API");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(RemoteTestDatabase.OWNER);
        try (HikariDataSource owner = new HikariDataSource(config)) {
            assertEquals(Migrations.SERVER_SCHEMA_VERSION, Migrations.migratePracticeTables(owner), "Flyway validates the checksums and finds nothing to do");
        }

        UUID practice = UUID.randomUUID();
        int exit = new CommandLine(new RemoteSchemaCommand()).execute("provision", "--jdbc-url", url,
                "--user", RemoteTestDatabase.OWNER, "--practice-id", practice.toString(), "--name", "Cedar Kids Clinic",
                "--time-zone", "America/Denver", "--secrets-file", secrets.toString());
        assertEquals(0, exit);
        PracticeSecret secret = SecretsFile.read(secrets).get(PracticeSecret.arnFor(practice));
        assertEquals(PracticeProvisioning.roleNameFor(practice), secret.username());
        assertTrue(Files.readString(secrets).contains(secret.secretArn()));
        try (RemoteStore asPractice = store(secret.secretArn())) {
            assertEquals("Cedar Kids Clinic", asPractice.execute("SELECT name FROM practices").rows().get(0).text("name"));
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(RemoteTestDatabase.SERVER_URL, RemoteTestDatabase.OWNER, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
