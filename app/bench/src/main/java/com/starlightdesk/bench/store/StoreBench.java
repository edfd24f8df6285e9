package com.starlightdesk.bench.store;

import com.starlightdesk.data.demo.DemoPractice;
import com.starlightdesk.data.demo.PracticeGenerator;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.data.store.LocalStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Measures the encrypted local store on a generated practice and prints the figures (it asserts
 * nothing): bulk insert rows/s, unlock time, patient type-ahead, calendar week, chart load and a single
 * write (row + outbox + audit), each as p50/p95 over many runs after a warm-up.
 *
 * <p>Run: {@code ./starlight bench --patients 100000} (see README, Performance).
 */
public final class StoreBench {
    private static final char[] PASSWORD = "benchmark password".toCharArray();
    private static final int RUNS = 2000;

    private final PrintStream out;

    public StoreBench(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        int patients = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("starlight-bench");
        new StoreBench(System.out).run(patients, dir);
    }

    /** Builds a store of {@code patients} generated patients in {@code dir} (must be empty) and measures it. */
    public void run(int patients, Path dir) throws Exception {
        out.printf("Starlight Desk store benchmark: %,d patients, encrypted H2 in %s%n", patients, dir);
        out.printf("JVM %s, %d cores, max heap %d MB%n", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        Practice practice = Practice.of(Ids.next(), "Benchmark Pediatrics", "America/Chicago");
        User admin = new User(Ids.next(), "admin@bench.test", "Bench Admin", Role.ADMIN, null, true);
        Path storeDir = dir.resolve(practice.id().toString());
        try (LocalStore store = LocalStore.create(storeDir, practice, admin, PASSWORD, Clock.systemDefaultZone())) {
            PracticeData data = store.data();
            new DemoPractice().load(data);
            List<Provider> providers = new ArrayList<>(data.office().providers());
            data.writeAll(c -> {
                for (int i = 0; i < 3; i++) {
                    providers.add(c.insert(new Provider(Ids.next(), null, "Dr. Bench " + i, null, null, "#4A7F3" + i, true)));
                }
            });
            long start = System.nanoTime();
            long[] lastReport = {start};
            long rows = store.bulkLoad(() -> new PracticeGenerator(2026).generate(data, patients, providers, data.billing().plans(),
                    written -> {
                        if (System.nanoTime() - lastReport[0] > 10_000_000_000L) {
                            lastReport[0] = System.nanoTime();
                            out.printf("  ... %,d rows%n", written);
                        }
                    }));
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("bulk insert:        %,d rows (+ %,d outbox entries) in %.1f s = %,.0f rows/s (%,.0f incl. outbox)%n",
                    rows, rows, seconds, rows / seconds, 2 * rows / seconds);
            out.printf("store file:         %,d MB after the load%n", Files.size(storeDir.resolve("practice.mv.db")) >> 20);
            long compactStart = System.nanoTime();
            store.compactAndClose();
            out.printf("compaction:         %.1f s, store file %,d MB%n", (System.nanoTime() - compactStart) / 1e9,
                    Files.size(storeDir.resolve("practice.mv.db")) >> 20);
        }

        long[] unlock = new long[5];
        for (int i = 0; i < unlock.length; i++) {
            long t = System.nanoTime();
            LocalStore.unlock(storeDir, admin.email(), PASSWORD, Clock.systemDefaultZone()).close();
            unlock[i] = System.nanoTime() - t;
        }
        report("store unlock", unlock);

        try (LocalStore store = LocalStore.unlock(storeDir, admin.email(), PASSWORD, Clock.systemDefaultZone())) {
            PracticeData data = store.data();
            Random random = new Random(7);
            List<Patient> sample = data.patients().byStatus("active", 5000, random.nextInt(Math.max(1, patients / 2)));
            List<UUID> providerIds = data.office().providers().stream().map(Provider::id).toList();
            ZoneId zone = practice.zone();
            LocalDate today = LocalDate.now(zone);

            report("type-ahead", time(() -> {
                Patient p = sample.get(random.nextInt(sample.size()));
                String query = switch (random.nextInt(4)) {
                    case 0 -> p.lastName().substring(0, Math.min(p.lastName().length(), 2 + random.nextInt(3)));
                    case 1 -> p.lastName() + " " + p.firstName().charAt(0);
                    case 2 -> p.phone() == null ? p.firstName().substring(0, 2) : p.phone().replaceAll("[^0-9]", "").substring(0, 6);
                    default -> p.dateOfBirth().toString();
                };
                return data.patientSearch().find(query, 20);
            }));
            report("calendar week", time(() -> {
                Instant from = today.plusWeeks(random.nextInt(104) - 52).atStartOfDay(zone).toInstant();
                return data.appointments().inRange(from, from.plus(7, ChronoUnit.DAYS));
            }));
            report("calendar week/prov", time(() -> {
                Instant from = today.plusWeeks(random.nextInt(104) - 52).atStartOfDay(zone).toInstant();
                return data.appointments().forProvider(providerIds.get(random.nextInt(providerIds.size())), from, from.plus(7, ChronoUnit.DAYS));
            }));
            report("chart load (audited)", time(() -> data.openChart(sample.get(random.nextInt(sample.size())).id())));
            report("single write", time(() -> {
                Patient p = sample.get(random.nextInt(sample.size()));
                Instant at = today.plusDays(400 + random.nextInt(300)).atTime(9, 0).atZone(zone).toInstant().plus(random.nextInt(480), ChronoUnit.MINUTES);
                return data.write(c -> c.insert(new Appointment(Ids.next(), p.id(), providerIds.get(0), at, at.plus(30, ChronoUnit.MINUTES),
                        AppointmentStatus.SCHEDULED, AppointmentType.FOLLOWUP, null, null)));
            }));
        }
    }

    private static long[] time(Supplier<?> work) {
        for (int i = 0; i < RUNS / 4; i++) {
            work.get();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - t;
        }
        return nanos;
    }

    private void report(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        out.printf("%-20s p50 %8.2f ms   p95 %8.2f ms   (n=%d)%n", name + ":", percentile(sorted, 50), percentile(sorted, 95), sorted.length);
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** Deletes a benchmark folder (used by callers that made a temporary one). */
    public static void deleteQuietly(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
