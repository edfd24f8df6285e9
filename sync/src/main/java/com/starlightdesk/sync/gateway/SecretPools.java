package com.starlightdesk.sync.gateway;

import com.starlightdesk.sync.server.PracticeSecret;
import com.starlightdesk.sync.server.SecretsFile;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One HikariCP pool per (secret, database): each secret names a PostgreSQL role, and the gateway connects
 * as that role, so row security sees the practice's own role. Secrets come from the secrets file, which is
 * read again when an unknown secret is asked for (practices provisioned while the gateway runs).
 * Thread-safe.
 */
final class SecretPools implements AutoCloseable {

    private final GatewaySettings settings;
    private final Map<String, HikariDataSource> pools = new ConcurrentHashMap<>();
    private volatile Map<String, PracticeSecret> secrets;

    SecretPools(GatewaySettings settings) {
        this.settings = settings;
        this.secrets = SecretsFile.read(settings.secretsFile());
    }

    /** A connection as the secret's role to the database (the URL's database when none is named). */
    Connection connect(String secretArn, String database) {
        PracticeSecret secret = secret(secretArn);
        String db = database == null || database.isEmpty() ? settings.defaultDatabase() : database;
        HikariDataSource pool = pools.computeIfAbsent(secretArn + "\n" + db, key -> open(secret, db));
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            Throwable cause = e.getCause();
            String detail = cause != null && cause.getMessage() != null ? cause.getMessage() : e.getMessage();
            if (detail.contains("does not exist") && detail.contains("database")) {
                HikariDataSource missing = pools.remove(secretArn + "\n" + db);
                if (missing != null) {
                    missing.close();
                }
                throw DataApiError.databaseNotFound(db);
            }
            if (state.startsWith("28") || detail.contains("authentication")) {
                throw DataApiError.invalidSecret("The secret " + secretArn + " does not let its user log in");
            }
            throw DataApiError.databaseError("Cannot connect to the database: " + detail);
        }
    }

    private PracticeSecret secret(String secretArn) {
        PracticeSecret secret = secrets.get(secretArn);
        if (secret == null) {
            synchronized (this) {
                secrets = SecretsFile.read(settings.secretsFile());
                secret = secrets.get(secretArn);
            }
        }
        if (secret == null) {
            throw DataApiError.secretsError(secretArn);
        }
        return secret;
    }

    private HikariDataSource open(PracticeSecret secret, String database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.urlFor(database));
        config.setUsername(secret.username());
        config.setPassword(secret.password());
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(0);
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(10_000);
        config.setPoolName("gateway-" + secret.username() + "-" + database);
        config.addDataSourceProperty("options", "-c TimeZone=UTC");
        config.addDataSourceProperty("ApplicationName", "starlight-data-api-gateway");
        return new HikariDataSource(config);
    }

    @Override
    public void close() {
        pools.values().forEach(HikariDataSource::close);
        pools.clear();
    }
}
