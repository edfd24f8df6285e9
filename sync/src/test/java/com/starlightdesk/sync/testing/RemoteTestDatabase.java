package com.starlightdesk.sync.testing;

import com.starlightdesk.schema.Migrations;
import com.starlightdesk.sync.server.PracticeProvisioning;
import com.starlightdesk.sync.server.PracticeSecret;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fresh remote practice database for one test class: {@code starlight_gw_<suffix>_<pid>} on the local
 * PostgreSQL, migrated (V1 and V2), with practices A and B provisioned (and any more that {@link #provision}
 * adds). Closing drops the database and the practices' roles.
 */
public final class RemoteTestDatabase implements AutoCloseable {

    public static final String SERVER_URL = System.getProperty("starlight.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    public static final String OWNER = System.getProperty("starlight.pg.user", "postgres");

    private final String name;
    private final String jdbcUrl;
    private final HikariDataSource owner;
    private final UUID practiceA = UUID.randomUUID();
    private final UUID practiceB = UUID.randomUUID();
    private final PracticeSecret secretA;
    private final PracticeSecret secretB;
    private final List<PracticeSecret> more = new CopyOnWriteArrayList<>();

    public RemoteTestDatabase(String suffix) {
        this.name = "starlight_gw_" + suffix + "_" + ProcessHandle.current().pid();
        adminExecute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        adminExecute("CREATE DATABASE " + name);
        this.jdbcUrl = SERVER_URL.substring(0, SERVER_URL.lastIndexOf('/') + 1) + name;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(OWNER);
        config.setMaximumPoolSize(3);
        config.setPoolName("owner-" + suffix);
        this.owner = new HikariDataSource(config);
        Migrations.migratePracticeTables(owner);
        PracticeProvisioning provisioning = new PracticeProvisioning(owner);
        this.secretA = provisioning.provision(practiceA, "Maple Pediatrics", "America/Chicago");
        this.secretB = provisioning.provision(practiceB, "Birch Family Care", "America/New_York");
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public HikariDataSource owner() {
        return owner;
    }

    public UUID practiceA() {
        return practiceA;
    }

    public UUID practiceB() {
        return practiceB;
    }

    public PracticeSecret secretA() {
        return secretA;
    }

    public PracticeSecret secretB() {
        return secretB;
    }

    /** Provisions one more practice, as {@code remote-schema provision} does; its role is dropped on close. */
    public PracticeSecret provision(UUID practiceId, String practiceName, String timeZone) {
        PracticeSecret secret = new PracticeProvisioning(owner).provision(practiceId, practiceName, timeZone);
        more.add(secret);
        return secret;
    }

    /** Runs one statement as the owner in the test database. */
    public void ownerExecute(String sql) {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        owner.close();
        adminExecute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        adminExecute("DROP ROLE IF EXISTS " + secretA.username());
        adminExecute("DROP ROLE IF EXISTS " + secretB.username());
        more.forEach(secret -> adminExecute("DROP ROLE IF EXISTS " + secret.username()));
    }

    private static void adminExecute(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER_URL, OWNER, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
