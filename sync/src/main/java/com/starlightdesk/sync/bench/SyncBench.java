package com.starlightdesk.sync.bench;

import com.starlightdesk.data.demo.DemoPractice;
import com.starlightdesk.data.demo.PracticeGenerator;
import com.starlightdesk.data.domain.Contact;
import com.starlightdesk.data.domain.ContactType;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.schema.Migrations;
import com.starlightdesk.sync.engine.CountingRemote;
import com.starlightdesk.sync.engine.OutboxPush;
import com.starlightdesk.sync.engine.SyncEngine;
import com.starlightdesk.sync.gateway.DataApiGateway;
import com.starlightdesk.sync.gateway.GatewaySettings;
import com.starlightdesk.sync.remote.JdbcRemote;
import com.starlightdesk.sync.remote.RemoteSettings;
import com.starlightdesk.sync.remote.RemoteStore;
import com.starlightdesk.sync.server.PracticeProvisioning;
import com.starlightdesk.sync.server.PracticeSecret;
import com.starlightdesk.sync.server.SecretsFile;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Sync figures on this machine: push mutations/s (JdbcRemote and the Data API through the local gateway),
 * bootstrap rows/s of a generated practice through both, the idle cycle's latency and call count, and
 * A→B propagation at a 1 s poll. Creates and drops {@code starlight_sync_bench}.
 * Arguments: [patients (10000)] [jdbc:postgresql://127.0.0.1:5432/postgres] [postgres].
 */
public final class SyncBench {
    private static final String DATABASE = "starlight_sync_bench";

    private SyncBench() {
    }

    public static void main(String[] args) throws Exception {
        int patients = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String serverUrl = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/postgres";
        String owner = args.length > 2 ? args[2] : "postgres";
        String url = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + DATABASE;
        admin(serverUrl, owner, "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        admin(serverUrl, owner, "CREATE DATABASE " + DATABASE);
        UUID practiceId = UUID.randomUUID();
        PracticeSecret secret;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(owner);
        config.setMaximumPoolSize(2);
        try (HikariDataSource ownerPool = new HikariDataSource(config)) {
            Migrations.migratePracticeTables(ownerPool);
            secret = new PracticeProvisioning(ownerPool).provision(practiceId, "Bench Pediatrics", "America/Chicago");
        }
        Path dir = Files.createTempDirectory("starlight-sync-bench-");
        Path secrets = Files.createTempFile("starlight-sync-bench-secrets-", ".json");
        SecretsFile.write(secrets, Map.of(secret.secretArn(), secret));
        System.out.printf("Sync bench: %,d patients, PostgreSQL %s, JVM %s, %d cores%n", patients, url,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        try (DataApiGateway gateway = DataApiGateway.start(GatewaySettings.of(url, secrets))) {
            RemoteSettings dataApi = RemoteSettings.dataApi("us-east-1", gateway.resourceArn(), secret.secretArn(), DATABASE)
                    .withEndpoint(gateway.endpoint())
                    .withCredentials(RemoteSettings.Credentials.fixed("AKIDLOCALBENCH", "local-bench"));
            Practice practice = new Practice(practiceId, "Bench Pediatrics", "America/Chicago");

            // A: the generated practice, pushed over JDBC.
            DataSource a = store(dir, "a", practice);
            PracticeData dataA = PracticeData.open(a, practiceId, adminOf(a), Clock.systemUTC());
            long t0 = System.nanoTime();
            new DemoPractice().load(dataA);
            List<Provider> providers = new ArrayList<>(dataA.office().providers());
            long generated = new PracticeGenerator(2026).generate(dataA, patients, providers, dataA.billing().plans(), n -> { });
            System.out.printf("generate: %,d rows in %.1f s (local H2)%n", generated, seconds(t0));
            try (RemoteStore jdbc = new JdbcRemote(url, secret.username(), secret.password())) {
                SyncEngine engineA = new SyncEngine(jdbc, a, practiceId, Clock.systemUTC());
                long pending = engineA.replica().pendingCount();
                long start = System.nanoTime();
                new OutboxPush(jdbc, engineA.replica(), engineA.deviceId(), Clock.systemUTC()).pushAll();
                double s = seconds(start);
                System.out.printf("push via JdbcRemote: %,d mutations in %.1f s = %,.0f mutations/s%n", pending, s, pending / s);
                engineA.syncOnce();
            }

            // More local work on A pushed through the gateway.
            try (RemoteStore remote = dataApi.open()) {
                SyncEngine engineA = new SyncEngine(remote, a, practiceId, Clock.systemUTC());
                engineA.syncOnce();
                dataA.writeAll(c -> {
                    for (int i = 0; i < 2000; i++) {
                        c.insert(new Contact(Ids.next(), ContactType.VENDOR, "Vendor " + i, "Supply Co", null, "555-0100", null));
                    }
                });
                long pending = engineA.replica().pendingCount();
                long start = System.nanoTime();
                new OutboxPush(remote, engineA.replica(), engineA.deviceId(), Clock.systemUTC()).pushAll();
                double s = seconds(start);
                System.out.printf("push via Data API (gateway): %,d mutations in %.1f s = %,.0f mutations/s%n", pending, s, pending / s);
                engineA.syncOnce();
            }

            // B bootstraps through the gateway, C over JDBC.
            DataSource b = store(dir, "b", practice);
            try (RemoteStore remote = dataApi.open()) {
                bootstrap("Data API (gateway)", new SyncEngine(remote, b, practiceId, Clock.systemUTC()));
            }
            DataSource c = store(dir, "c", practice);
            try (RemoteStore jdbc = new JdbcRemote(url, secret.username(), secret.password())) {
                bootstrap("JdbcRemote", new SyncEngine(jdbc, c, practiceId, Clock.systemUTC()));
            }

            // Idle cycles and propagation A → B at a 1 s poll, through the gateway.
            try (CountingRemote remoteA = new CountingRemote(dataApi.open()); CountingRemote remoteB = new CountingRemote(dataApi.open())) {
                SyncEngine engineA = new SyncEngine(remoteA, a, practiceId, Clock.systemUTC());
                SyncEngine engineB = new SyncEngine(remoteB, b, practiceId, Clock.systemUTC());
                engineA.syncOnce();
                engineB.syncOnce();
                engineB.syncOnce();
                int cycles = 50;
                long calls = remoteB.calls();
                long[] nanos = new long[cycles];
                for (int i = 0; i < cycles; i++) {
                    long s = System.nanoTime();
                    engineB.syncOnce();
                    nanos[i] = System.nanoTime() - s;
                }
                Arrays.sort(nanos);
                System.out.printf("idle cycle (gateway): %.1f calls per cycle, p50 %.2f ms, p95 %.2f ms%n",
                        (remoteB.calls() - calls) / (double) cycles, nanos[cycles / 2] / 1e6, nanos[cycles * 95 / 100] / 1e6);

                Contact probe = new Contact(Ids.next(), ContactType.OTHER, "Propagation", null, null, "555-0000", null);
                dataA.write(ch -> ch.insert(probe));
                engineA.syncOnce();
                engineB.syncOnce();
                engineA.start(Duration.ofSeconds(1));
                engineB.start(Duration.ofSeconds(1));
                int samples = 20;
                long[] lag = new long[samples];
                for (int i = 0; i < samples; i++) {
                    String phone = String.format("555-10%02d", i);
                    long s = System.nanoTime();
                    dataA.write(ch -> ch.update(new Contact(probe.id(), probe.type(), probe.name(), null, null, phone, null)));
                    while (!phone.equals(phoneOf(b, probe.id()))) {
                        Thread.sleep(5);
                    }
                    lag[i] = System.nanoTime() - s;
                    Thread.sleep(137); // do not stay in step with the poll
                }
                engineA.close();
                engineB.close();
                Arrays.sort(lag);
                System.out.printf("propagation A -> B at a 1 s poll (gateway): p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                        lag[samples / 2] / 1e6, lag[samples * 95 / 100] / 1e6, lag[samples - 1] / 1e6);
            }
            for (DataSource ds : List.of(a, b, c)) {
                ((JdbcConnectionPool) ds).dispose();
            }
        } finally {
            Files.deleteIfExists(secrets);
            admin(serverUrl, owner, "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            admin(serverUrl, owner, "DROP ROLE IF EXISTS " + secret.username());
        }
    }

    private static void bootstrap(String label, SyncEngine engine) {
        long[] rows = {0};
        long start = System.nanoTime();
        engine.syncOnce((done, total) -> rows[0] = done);
        double s = seconds(start);
        System.out.printf("bootstrap via %s: %,d rows in %.1f s = %,.0f rows/s%n", label, rows[0], s, rows[0] / s);
    }

    private static DataSource store(Path dir, String name, Practice practice) {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve(name).toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;TRACE_LEVEL_FILE=0", "sa", "");
        Migrations.migrateLocalStore(pool);
        UUID admin = Ids.next();
        PracticeData.open(pool, practice.id(), admin, Clock.systemUTC()).writeAll(c -> {
            c.insert(practice);
            c.insert(new User(admin, name + "@bench.test", "Bench " + name, Role.ADMIN, null, true));
        });
        return pool;
    }

    private static UUID adminOf(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM users")) {
            rs.next();
            return rs.getObject(1, UUID.class);
        }
    }

    private static String phoneOf(DataSource ds, UUID id) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("SELECT phone FROM contacts WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void admin(String serverUrl, String owner, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl, owner, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
