package com.starlightdesk.bench.immunization;

import com.starlightdesk.bench.store.StoreBench;
import com.starlightdesk.data.demo.DemoPractice;
import com.starlightdesk.data.demo.PracticeGenerator;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.ImmunizationObservation;
import com.starlightdesk.data.domain.ImmunizationSource;
import com.starlightdesk.data.domain.ObservationKind;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.repo.ImmunizationRecall;
import com.starlightdesk.data.repo.ImmunizationRecall.Criteria;
import com.starlightdesk.data.repo.ImmunizationRecall.RecallList;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.data.store.LocalStore;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures the immunization recall list and prints the figures (it asserts nothing): a generated practice of N
 * patients in a real encrypted store, each active child with a realistic history (the routine schedule's visits up
 * to today, a visit missed one time in seven, some late by up to two months, recorded from the state registry; one
 * family in twenty refusing the flu vaccine), then the list over the whole practice with progress: the first run in
 * the JVM (the forecaster's data read included), then warm runs, and the report of those due in 30 days with no
 * vaccination visit booked.
 *
 * <p>Run: {@code ./starlight bench recall} (see README, Performance).
 */
public final class RecallBench {
    private static final char[] PASSWORD = "benchmark password".toCharArray();
    /** A visit of the routine schedule: the age in months and the vaccines (CVX) given. */
    private record Visit(int months, String... cvx) {
    }

    private static final List<Visit> SCHEDULE = List.of(new Visit(0, "08"), new Visit(2, "110", "48", "215", "116"),
            new Visit(4, "110", "48", "215", "116"), new Visit(6, "110", "215", "116"), new Visit(12, "03", "21", "83", "48"),
            new Visit(15, "20", "215"), new Visit(18, "83"), new Visit(48, "130", "94"), new Visit(132, "115", "114", "165"),
            new Visit(138, "165"), new Visit(192, "114"));

    private RecallBench() {
    }

    public static void main(String[] args) throws Exception {
        int patients = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path keep = args.length > 2 ? Path.of(args[2]) : null;
        Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("starlight-recall-bench");
        try {
            run(patients, runs, dir);
        } finally {
            if (keep == null) {
                StoreBench.deleteQuietly(dir);
            }
        }
    }

    private static void run(int patients, int runs, Path dir) throws Exception {
        System.out.printf("Immunization recall list; JDK %s, %d cores, load %.1f, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().maxMemory() >> 20);
        Practice practice = Practice.of(Ids.next(), "Benchmark Pediatrics", "America/Chicago");
        User admin = new User(Ids.next(), "admin@bench.test", "Bench Admin", Role.ADMIN, null, true);
        Path storeDir;
        try (var kept = Files.list(dir)) {
            storeDir = kept.filter(d -> Files.exists(d.resolve("practice.mv.db"))).findFirst().orElse(null);
        }
        if (storeDir == null) {
            storeDir = dir.resolve(practice.id().toString());
            build(storeDir, practice, admin, patients);
        } else {
            System.out.println("practice built before, used again: " + storeDir);
        }
        measure(storeDir, admin, runs);
    }

    private static void build(Path storeDir, Practice practice, User admin, int patients) throws Exception {
        long built = System.nanoTime();
        int[] doses = {0};
        try (LocalStore store = LocalStore.create(storeDir, practice, admin, PASSWORD, Clock.systemDefaultZone())) {
            PracticeData data = store.data();
            new DemoPractice().load(data);
            List<Provider> providers = data.office().providers();
            store.bulkLoad(() -> new PracticeGenerator(2026).generate(data, patients, providers, data.billing().plans(), rows -> { }));
            LocalDate today = LocalDate.now(practice.zone());
            Random random = new Random(20261204);
            store.bulkLoad(() -> {
                for (int offset = 0; ; offset += 200) {
                    List<Patient> page = data.patients().byStatus("active", 200, offset);
                    if (page.isEmpty()) {
                        return null;
                    }
                    List<Immunization> given = new ArrayList<>();
                    List<ImmunizationObservation> refusals = new ArrayList<>();
                    for (Patient p : page) {
                        history(p, today, random, given);
                        if (random.nextInt(20) == 0) {
                            refusals.add(new ImmunizationObservation(Ids.next(), p.id(), ObservationKind.REFUSAL, null, "Influenza",
                                    today.minusDays(random.nextInt(90)), null, null, null, null));
                        }
                    }
                    doses[0] += given.size();
                    data.writeAll(c -> {
                        c.insertAll(given);
                        if (!refusals.isEmpty()) {
                            c.insertAll(refusals);
                        }
                    });
                }
            });
            store.compactAndClose();
        }
        System.out.printf("practice built: %,d patients, %,d doses from the registry, in %.1f s (encrypted H2, compacted)%n",
                patients, doses[0], (System.nanoTime() - built) / 1e9);
    }

    private static void measure(Path storeDir, User admin, int runs) throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (LocalStore store = LocalStore.unlock(storeDir, admin.email(), PASSWORD, Clock.systemDefaultZone())) {
            ImmunizationRecall recall = store.data().immunizationRecall();
            double[] seconds = new double[runs];
            double[] cpus = new double[runs];
            double[] reads = new double[runs];
            RecallList last = null;
            for (int i = 0; i <= runs; i++) {
                boolean first = i == 0;
                AtomicInteger tenth = new AtomicInteger();
                long[] readAt = {0};
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                RecallList list = recall.list(Criteria.within(30), (done, total) -> {
                    if (done == 0) {
                        readAt[0] = System.nanoTime() - t0;
                    }
                    if (first && total > 0 && done * 10 / total > tenth.get()) {
                        tenth.set(done * 10 / total);
                        System.out.printf("  progress: %,d of %,d children at %.2f s%n", done, total, (System.nanoTime() - t0) / 1e9);
                    }
                });
                double s = (System.nanoTime() - t0) / 1e9;
                double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
                if (first) {
                    System.out.printf("recall list, due within 30 days, first run in this JVM (the forecaster's data read included):"
                            + " %.2f s (store read %.2f s), CPU time of the process %.2f s; %,d children assessed, %,d listed%n",
                            s, readAt[0] / 1e9, cpu, list.assessed(), list.children().size());
                } else {
                    seconds[i - 1] = s;
                    cpus[i - 1] = cpu;
                    reads[i - 1] = readAt[0] / 1e9;
                }
                last = list;
            }
            Arrays.sort(seconds);
            Arrays.sort(cpus);
            Arrays.sort(reads);
            System.out.printf("recall list, due within 30 days, warm (%d runs): median %.2f s, min %.2f s, max %.2f s (store read median %.2f s);"
                    + " CPU time of the process median %.2f s; %,d listed of %,d%n", runs, seconds[runs / 2], seconds[0], seconds[runs - 1],
                    reads[runs / 2], cpus[runs / 2], last.children().size(), last.assessed());
            long t0 = System.nanoTime();
            RecallList report = recall.dueWithoutVaccinationVisit((done, total) -> { });
            System.out.printf("due in 30 days with no vaccination visit booked: %.2f s; %,d children%n", (System.nanoTime() - t0) / 1e9,
                    report.children().size());
            t0 = System.nanoTime();
            RecallList mmr = recall.list(new Criteria(0, "MMR", 12, 72, null), (done, total) -> { });
            System.out.printf("MMR due now, 1 to 6 years: %.2f s; %,d of %,d children%n", (System.nanoTime() - t0) / 1e9,
                    mmr.children().size(), mmr.assessed());
        }
    }

    /** The routine schedule's visits up to today, one in seven missed, one in ten late by up to two months. */
    private static void history(Patient p, LocalDate today, Random random, List<Immunization> out) {
        for (Visit v : SCHEDULE) {
            LocalDate day = p.dateOfBirth().plusMonths(v.months()).plusDays(random.nextInt(10) == 0 ? random.nextInt(60) : random.nextInt(7));
            if (day.isAfter(today) || random.nextInt(7) == 0) {
                continue;
            }
            for (String cvx : v.cvx()) {
                out.add(new Immunization(Ids.next(), p.id(), cvx, day, ImmunizationSource.HISTORICAL, "Illinois state registry (I-CARE)",
                        null, null, null, null, null, null, null, null, null, null, null, null, null));
            }
        }
    }
}
