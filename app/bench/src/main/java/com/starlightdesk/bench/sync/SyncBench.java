package com.starlightdesk.bench.sync;

import com.starlightdesk.data.demo.DemoPractice;
import com.starlightdesk.data.demo.PracticeGenerator;
import com.starlightdesk.data.domain.Contact;
import com.starlightdesk.data.domain.ContactType;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.store.LocalStore;
import com.starlightdesk.data.sync.DeviceSettings;
import com.starlightdesk.sync.cli.SavedRemoteSettings;
import com.starlightdesk.sync.cli.SyncCommand;
import com.starlightdesk.sync.engine.OutboxPush;
import com.starlightdesk.sync.engine.SyncEngine;
import com.starlightdesk.sync.gateway.DataApiGateway;
import com.starlightdesk.sync.remote.JdbcRemote;
import com.starlightdesk.sync.remote.RemoteSettings;
import com.starlightdesk.sync.remote.RemoteStore;
import com.starlightdesk.sync.server.PracticeSecret;
import com.starlightdesk.sync.testing.CountingRemote;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Sync figures on this machine, into encrypted stores: push mutations/s through the Data API (local gateway)
 * for a generated practice's inserts and for updates, and over JDBC; bootstrap rows/s of the practice through
 * both; the peak resident memory of a {@code sync bootstrap} command in its own JVM; the idle cycle's latency
 * and call count; A→B propagation at a 1 s poll. Creates and drops {@code starlight_sync_bench}.
 * Arguments: [patients (10000)] [jdbc:postgresql://127.0.0.1:5432/postgres] [postgres].
 * The child JVM gets the options in {@code STARLIGHT_JAVA_OPTS}, as the {@code starlight} launcher gives them.
 */
public final class SyncBench {
    private static final String DATABASE = "starlight_sync_bench";
    private static final char[] PASSWORD = "bench-password-1".toCharArray();
    private static final int CONTACTS = 20_000;
    /** Held so that their levels stay set (the log manager keeps loggers only weakly). */
    private static final List<Logger> QUIET = new ArrayList<>();

    private SyncBench() {
    }

    public static void main(String[] args) throws Exception {
        for (String quiet : List.of("org.flywaydb", "com.zaxxer.hikari", "software.amazon.awssdk")) {
            Logger logger = Logger.getLogger(quiet);
            logger.setLevel(Level.WARNING);
            QUIET.add(logger);
        }
        int patients = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String serverUrl = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/postgres";
        String owner = args.length > 2 ? args[2] : "postgres";
        UUID practiceId = UUID.randomUUID();
        BenchDatabase database = BenchDatabase.create(serverUrl, owner, DATABASE, practiceId, (pool, id) -> { });
        String url = database.url();
        PracticeSecret secret = database.secret();
        Path dir = Files.createTempDirectory("starlight-sync-bench-");
        System.out.printf("Sync bench: %,d patients, PostgreSQL %s, JVM %s, %d cores, load average %s%n", patients, url,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadAverage());
        try (database; DataApiGateway gateway = database.startGateway()) {
            RemoteSettings dataApi = database.dataApi(gateway);
            Practice practice = Practice.of(practiceId, BenchDatabase.PRACTICE_NAME, BenchDatabase.TIME_ZONE);

            // A: the generated practice, pushed through the gateway.
            LocalStore a = store(dir, "a", practice);
            long t0 = System.nanoTime();
            new DemoPractice().load(a.data());
            List<Provider> providers = new ArrayList<>(a.data().office().providers());
            long generated = a.bulkLoad(() -> new PracticeGenerator(2026).generate(a.data(), patients, providers,
                    a.data().billing().plans(), n -> { }));
            System.out.printf("generate: %,d rows in %.1f s (encrypted local store)%n", generated, seconds(t0));
            try (RemoteStore remote = dataApi.open()) {
                SyncEngine engine = new SyncEngine(remote, a.dataSource(), practiceId, Clock.systemUTC());
                push("push via Data API (gateway), the generated practice (inserts)", remote, engine);
                List<Contact> contacts = new ArrayList<>();
                a.data().writeAll(c -> {
                    for (int i = 0; i < CONTACTS; i++) {
                        Contact contact = new Contact(Ids.next(), ContactType.VENDOR, "Vendor " + i, "Supply Co", null, "555-0100", null);
                        c.insert(contact);
                        contacts.add(contact);
                    }
                });
                try (RemoteStore jdbc = new JdbcRemote(url, secret.username(), secret.password())) {
                    push("push via JdbcRemote, " + CONTACTS + " contact inserts", jdbc, engine);
                }
                engine.syncOnce();
                a.data().writeAll(c -> {
                    for (Contact k : contacts) {
                        c.update(new Contact(k.id(), k.type(), k.name(), k.organization(), k.email(), "555-0199", k.notes()));
                    }
                });
                push("push via Data API (gateway), " + CONTACTS + " contact updates", remote, engine);
                engine.syncOnce();
            }

            // B bootstraps through the gateway, C over JDBC, D in a separate sync bootstrap process.
            LocalStore b = store(dir, "b", practice);
            try (RemoteStore remote = dataApi.open()) {
                bootstrap("Data API (gateway)", b, new SyncEngine(remote, b.dataSource(), practiceId, Clock.systemUTC()));
            }
            LocalStore c = store(dir, "c", practice);
            try (RemoteStore jdbc = new JdbcRemote(url, secret.username(), secret.password())) {
                bootstrap("JdbcRemote", c, new SyncEngine(jdbc, c.dataSource(), practiceId, Clock.systemUTC()));
            }
            long before = fileBytes(dir.resolve("c"));
            long compactStart = System.nanoTime();
            c.compactAndClose();
            System.out.printf("store file after the bootstrap %,d MB, after SHUTDOWN COMPACT %,d MB (%.1f s)%n",
                    before >> 20, fileBytes(dir.resolve("c")) >> 20, seconds(compactStart));
            childBootstrap(dir, practice, dataApi);

            // Idle cycles and propagation A -> B at a 1 s poll, through the gateway.
            try (CountingRemote remoteA = new CountingRemote(dataApi.open()); CountingRemote remoteB = new CountingRemote(dataApi.open())) {
                SyncEngine engineA = new SyncEngine(remoteA, a.dataSource(), practiceId, Clock.systemUTC());
                SyncEngine engineB = new SyncEngine(remoteB, b.dataSource(), practiceId, Clock.systemUTC());
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
                a.data().write(ch -> ch.insert(probe));
                engineA.syncOnce();
                engineB.syncOnce();
                engineA.start(Duration.ofSeconds(1));
                engineB.start(Duration.ofSeconds(1));
                int samples = 40;
                long[] lag = new long[samples];
                for (int i = 0; i < samples; i++) {
                    String phone = String.format("555-10%02d", i);
                    long s = System.nanoTime();
                    a.data().write(ch -> ch.update(new Contact(probe.id(), probe.type(), probe.name(), null, null, phone, null)));
                    while (!phone.equals(phoneOf(b.dataSource(), probe.id()))) {
                        if (System.nanoTime() - s > 60_000_000_000L) {
                            throw new IllegalStateException("A change did not reach the other store within 60 s: " + engineB.status());
                        }
                        Thread.sleep(5);
                    }
                    lag[i] = System.nanoTime() - s;
                    Thread.sleep(137); // do not stay in step with the poll
                }
                engineA.close();
                engineB.close();
                Arrays.sort(lag);
                System.out.printf("propagation A -> B at a 1 s poll (gateway): p50 %.0f ms, p95 %.0f ms, max %.0f ms (%d samples)%n",
                        lag[samples / 2] / 1e6, lag[samples * 95 / 100] / 1e6, lag[samples - 1] / 1e6, samples);
            }
            a.close();
            b.close();
        }
    }

    private static void push(String label, RemoteStore remote, SyncEngine engine) {
        long pending = engine.outbox().pendingCount();
        long start = System.nanoTime();
        double[] cpu = cpuSeconds();
        new OutboxPush(remote, engine.outbox(), engine.deviceId(), Clock.systemUTC()).pushAll();
        double s = seconds(start);
        double[] used = cpuSeconds();
        System.out.printf("%s: %,d mutations in %.1f s = %,.0f mutations/s; CPU: this JVM (client and gateway) %.1f s,"
                + " PostgreSQL %.1f s (load average %s)%n", label, pending, s, pending / s, used[0] - cpu[0], used[1] - cpu[1],
                loadAverage());
    }

    private static void bootstrap(String label, LocalStore store, SyncEngine engine) {
        long[] rows = {0};
        long start = System.nanoTime();
        store.bulkLoad(() -> engine.syncOnce((done, total) -> rows[0] = done));
        double s = seconds(start);
        System.out.printf("bootstrap via %s: %,d rows in %.1f s = %,.0f rows/s (load average %s)%n", label, rows[0], s, rows[0] / s,
                loadAverage());
    }

    /**
     * {@code sync bootstrap} of a fourth store in its own JVM (the command line's code and options), sampling
     * its resident memory; VmHWM is the kernel's high-water mark of it.
     */
    private static void childBootstrap(Path dir, Practice practice, RemoteSettings dataApi) throws Exception {
        try (LocalStore d = store(dir, "d", practice)) {
            SavedRemoteSettings.save(new DeviceSettings(d.dataSource()), dataApi, "local-gateway");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String options = System.getenv().getOrDefault("STARLIGHT_JAVA_OPTS", "").strip();
        if (!options.isEmpty()) {
            command.addAll(Arrays.asList(options.split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SyncCommand.class.getName(),
                "bootstrap", "--store", dir.resolve("d").toString(), "--email", "d@bench.test"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("STARLIGHT_PASSWORD", new String(PASSWORD));
        long start = System.nanoTime();
        Process child = builder.start();
        long peakKb = 0;
        List<String> output = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            Thread reader = new Thread(() -> out.lines().forEach(output::add));
            reader.setDaemon(true);
            reader.start();
            Path status = Path.of("/proc", Long.toString(child.pid()), "status");
            while (child.isAlive()) {
                try {
                    for (String line : Files.readAllLines(status)) {
                        if (line.startsWith("VmHWM:")) {
                            peakKb = Math.max(peakKb, Long.parseLong(line.replaceAll("\\D", "")));
                        }
                    }
                } catch (IOException | NumberFormatException gone) {
                    // the process ended between the check and the read
                }
                Thread.sleep(20);
            }
        }
        int exit = child.waitFor();
        System.out.printf("sync bootstrap command (own JVM%s, gateway, compaction included): exit %d in %.1f s, peak RSS %,d MB%s%n",
                options.isEmpty() ? ", default JVM options" : ", options " + options, exit, seconds(start), peakKb >> 10,
                exit == 0 ? "" : "; its output: " + String.join(" | ", output));
    }

    private static LocalStore store(Path dir, String name, Practice practice) throws IOException {
        return LocalStore.create(dir.resolve(name), practice, new User(Ids.next(), name + "@bench.test", "Bench " + name, Role.ADMIN, null, true),
                PASSWORD, Clock.systemUTC());
    }

    private static long fileBytes(Path storeDir) throws IOException {
        return Files.size(storeDir.resolve(LocalStore.DATABASE_NAME + ".mv.db"));
    }

    /**
     * CPU seconds used so far by this JVM and by the PostgreSQL processes on this machine (from /proc): on two
     * shared cores they show what a figure costs even when other work slows the wall clock.
     */
    private static double[] cpuSeconds() {
        double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        long ticks = 0;
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String stat = Files.readString(proc.resolve("stat"));
                    if (stat.contains("(postgres)")) {
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return new double[] {jvm, Double.NaN};
        }
        return new double[] {jvm, ticks / 100.0};
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
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
}
