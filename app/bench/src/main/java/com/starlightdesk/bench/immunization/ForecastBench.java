package com.starlightdesk.bench.immunization;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.starlightdesk.app.Launcher;
import com.starlightdesk.data.immunization.forecast.AdministeredDose;
import com.starlightdesk.data.immunization.forecast.Forecaster;
import com.starlightdesk.data.immunization.forecast.Patient;
import com.starlightdesk.data.immunization.forecast.SupportingDataReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Measures the immunization forecaster and prints the figures (it asserts nothing): the supporting data read
 * and ready in fresh JVMs (wall and CPU time), one child's forecast of every vaccine group once warm (p50, p95,
 * p99 over invented childhood histories), and {@code ./starlight forecast} over 1,000 cases in one run, JVM start
 * included.
 *
 * <p>Run: {@code ./starlight bench forecast} (see README, Performance).
 */
public final class ForecastBench {
    private static final LocalDate ASSESSED = LocalDate.of(2025, 12, 1);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A visit of the routine schedule: the age in months and the vaccines (CVX) given. */
    private record Visit(int months, String... cvx) {
    }

    private static final List<Visit> SCHEDULE = List.of(new Visit(0, "08"), new Visit(2, "110", "48", "215", "116"),
            new Visit(4, "110", "48", "215", "116"), new Visit(6, "110", "215", "116"), new Visit(12, "03", "21", "83", "48"),
            new Visit(15, "20", "215"), new Visit(18, "83"), new Visit(48, "130", "94"), new Visit(132, "115", "114", "165"),
            new Visit(138, "165"), new Visit(192, "114"));

    private ForecastBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("first-load")) {
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            SupportingDataReader.readShipped();
            long wall = System.nanoTime() - t0;
            long cpuAll = os.getProcessCpuTime() - cpu;
            System.out.printf("%.1f %.1f%n", wall / 1e6, cpuAll / 1e6);
            return;
        }
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int starts = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf("Immunization forecaster; JDK %s, %d cores, load %.1f%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        firstLoad(starts);
        List<Case> cases = cases(children, new Random(20251201));
        perChild(cases);
        commandLine(cases);
    }

    /** Reading the supporting data in fresh JVMs: wall time and the reading thread's CPU time. */
    private static void firstLoad(int starts) throws IOException, InterruptedException {
        double[] wall = new double[starts];
        double[] cpu = new double[starts];
        for (int i = 0; i < starts; i++) {
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), ForecastBench.class.getName(), "first-load");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String line = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor();
            String[] parts = line.split(" ");
            wall[i] = Double.parseDouble(parts[0]);
            cpu[i] = Double.parseDouble(parts[1]);
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("supporting data read and ready, fresh JVM (%d starts): wall median %.0f ms (min %.0f, max %.0f);"
                + " CPU time of the JVM meanwhile (both reading threads and the JIT) median %.0f ms%n", starts, wall[starts / 2], wall[0], wall[starts - 1], cpu[starts / 2]);
    }

    /** One child's forecast, all vaccine groups, once the JIT has compiled the forecaster. */
    private static void perChild(List<Case> cases) {
        Forecaster forecaster = Forecaster.shipped();
        for (int round = 0; round < 5; round++) {
            for (Case c : cases) {
                forecaster.forecast(c.patient, c.doses, ASSESSED);
            }
        }
        int n = Math.max(5000, cases.size());
        long[] times = new long[n];
        long[] cpu = new long[n];
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < n; i++) {
            Case c = cases.get(i % cases.size());
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            forecaster.forecast(c.patient, c.doses, ASSESSED);
            times[i] = System.nanoTime() - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        System.out.printf("one child's forecast, all groups, warm (%d forecasts of %d children, %.1f doses each on average):"
                + " p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", n, cases.size(),
                cases.stream().mapToInt(c -> c.doses.size()).average().orElse(0), percentile(times, 50), percentile(times, 95),
                percentile(times, 99), times[n - 1] / 1e6);
        System.out.printf("  the same forecasts in the thread's CPU time (without the waits of a busy machine):"
                + " p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n", percentile(cpu, 50), percentile(cpu, 95), percentile(cpu, 99));
    }

    /** {@code ./starlight forecast} (or the same launcher on the bench's class path) over the cases in one run. */
    private static void commandLine(List<Case> cases) throws IOException, InterruptedException {
        Path input = Files.createTempFile("forecast-cases", ".jsonl");
        try {
            StringBuilder lines = new StringBuilder();
            for (Case c : cases) {
                lines.append(c.json).append('\n');
            }
            Files.writeString(input, lines);
            List<String> command;
            String label = "./starlight forecast";
            Path script = Path.of("starlight").toAbsolutePath();
            if (Files.isExecutable(script) && Files.exists(Path.of("app/target/starlight-desk.jar"))) {
                command = List.of(script.toString(), "forecast");
            } else {
                command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                        System.getProperty("java.class.path"), Launcher.class.getName(), "forecast");
                label = "the launcher's forecast command on the bench's class path (no ./starlight here)";
            }
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectInput(input.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int answers = 0;
            int errors = 0;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    answers++;
                    if (line.contains("\"error\"")) {
                        errors++;
                    }
                }
            }
            int exit = p.waitFor();
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%s over %d cases, one run, JVM start included: %.2f s (%d answers, %d errors, exit %d)%n",
                    label, cases.size(), seconds, answers, errors, exit);
        } finally {
            Files.deleteIfExists(input);
        }
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    /** An invented child: the forecaster's input and the same case as a JSON line. */
    private record Case(Patient patient, List<AdministeredDose> doses, String json) {
    }

    /**
     * Invented children from birth to 18 years, each given the routine schedule's visits up to the assessment
     * date, a visit missed one time in seven and others late by up to two months.
     */
    static List<Case> cases(int count, Random random) {
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate born = ASSESSED.minusDays(random.nextInt(18 * 365));
            List<AdministeredDose> doses = new ArrayList<>();
            ObjectNode json = JSON.createObjectNode();
            json.put("id", "child-" + (i + 1));
            json.put("birthDate", born.toString());
            json.put("gender", random.nextBoolean() ? "F" : "M");
            json.put("assessmentDate", ASSESSED.toString());
            ArrayNode list = json.putArray("doses");
            for (Visit v : SCHEDULE) {
                LocalDate day = born.plusMonths(v.months()).plusDays(random.nextInt(10) == 0 ? random.nextInt(60) : random.nextInt(7));
                if (day.isAfter(ASSESSED) || random.nextInt(7) == 0) {
                    continue;
                }
                for (String cvx : v.cvx()) {
                    doses.add(new AdministeredDose(cvx, day));
                    list.addObject().put("cvx", cvx).put("date", day.toString());
                }
            }
            out.add(new Case(new Patient(born, Patient.Gender.of(json.get("gender").asText()), Set.of()), doses, json.toString()));
        }
        return out;
    }
}
