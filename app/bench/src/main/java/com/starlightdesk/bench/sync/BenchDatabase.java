package com.starlightdesk.bench.sync;

import com.starlightdesk.schema.Migrations;
import com.starlightdesk.sync.gateway.DataApiGateway;
import com.starlightdesk.sync.gateway.GatewaySettings;
import com.starlightdesk.sync.remote.RemoteSettings;
import com.starlightdesk.sync.server.PracticeProvisioning;
import com.starlightdesk.sync.server.PracticeSecret;
import com.starlightdesk.sync.server.SecretsFile;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A benchmark's own PostgreSQL database, made afresh (a run that was cut short leaves one behind) with
 * the practice tables and one provisioned practice, whose secret is in a secrets file for the local
 * gateway. Closing it drops the database and the practice's role and deletes the file. Not thread-safe.
 */
final class BenchDatabase implements AutoCloseable {
    static final String PRACTICE_NAME = "Bench Pediatrics";
    static final String TIME_ZONE = "America/Chicago";

    /** Rows a benchmark writes as the owner once the practice is provisioned. */
    interface Seed {
        void write(HikariDataSource owner, UUID practice) throws SQLException;
    }

    private final String serverUrl;
    private final String owner;
    private final String name;
    private final PracticeSecret secret;
    private final Path secrets;

    private BenchDatabase(String serverUrl, String owner, String name, PracticeSecret secret, Path secrets) {
        this.serverUrl = serverUrl;
        this.owner = owner;
        this.name = name;
        this.secret = secret;
        this.secrets = secrets;
    }

    /**
     * Makes database {@code name} on the server of {@code serverUrl} (a JDBC URL of any database there),
     * as {@code owner}, with {@code practice} provisioned and {@code seed} written.
     */
    static BenchDatabase create(String serverUrl, String owner, String name, UUID practice, Seed seed) throws SQLException, IOException {
        admin(serverUrl, owner, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        admin(serverUrl, owner, "CREATE DATABASE " + name);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url(serverUrl, name));
        config.setUsername(owner);
        config.setMaximumPoolSize(2);
        PracticeSecret secret;
        try (HikariDataSource ownerPool = new HikariDataSource(config)) {
            Migrations.migratePracticeTables(ownerPool);
            secret = new PracticeProvisioning(ownerPool).provision(practice, PRACTICE_NAME, TIME_ZONE);
            seed.write(ownerPool, practice);
        }
        Path secrets = Files.createTempFile("starlight-bench-secrets-", ".json");
        SecretsFile.write(secrets, Map.of(secret.secretArn(), secret));
        return new BenchDatabase(serverUrl, owner, name, secret, secrets);
    }

    private static String url(String serverUrl, String name) {
        return serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name;
    }

    /** The JDBC URL of this database. */
    String url() {
        return url(serverUrl, name);
    }

    /** The provisioned practice's role and secret. */
    PracticeSecret secret() {
        return secret;
    }

    /** Starts the local Data API gateway in front of this database. */
    DataApiGateway startGateway() throws IOException {
        return DataApiGateway.start(GatewaySettings.of(url(), secrets));
    }

    /** Remote settings for the Data API through {@code gateway}, with the practice's secret. */
    RemoteSettings dataApi(DataApiGateway gateway) {
        return RemoteSettings.dataApi("us-east-1", gateway.resourceArn(), secret.secretArn(), name)
                .withEndpoint(gateway.endpoint())
                .withCredentials(RemoteSettings.Credentials.fixed("AKIDLOCALBENCH", "local-bench"));
    }

    @Override
    public void close() throws IOException, SQLException {
        Files.deleteIfExists(secrets);
        admin(serverUrl, owner, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        admin(serverUrl, owner, "DROP ROLE IF EXISTS " + secret.username());
    }

    private static void admin(String serverUrl, String owner, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl, owner, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
