package com.starlightdesk.bench;

import com.starlightdesk.app.Launcher;
import com.starlightdesk.app.calendar.WeekControlBench;
import com.starlightdesk.app.chart.vitals.GrowthChartBench;
import com.starlightdesk.bench.billing.AgingBench;
import com.starlightdesk.bench.billing.BillingBench;
import com.starlightdesk.bench.billing.StatementBench;
import com.starlightdesk.bench.chart.ChartBench;
import com.starlightdesk.bench.codes.DiagnosisCodeBench;
import com.starlightdesk.bench.desktop.DesktopBench;
import com.starlightdesk.bench.immunization.ForecastBench;
import com.starlightdesk.bench.immunization.ImmunizationRecordBench;
import com.starlightdesk.bench.immunization.RecallBench;
import com.starlightdesk.bench.review.ScreenshotTour;
import com.starlightdesk.bench.store.StoreBench;
import com.starlightdesk.bench.sync.RemoteBench;
import com.starlightdesk.bench.sync.SyncBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./starlight bench}: the benchmarks and the screenshot tour, which print figures or write
 * pictures and assert nothing. With no subcommand it measures the encrypted local store on a generated
 * practice; the subcommands run the other tools. Not part of the product: this module is built with it
 * and never shipped.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, version = "Starlight Desk 0.1 benchmarks",
        description = "Generate a practice of N invented patients in a temporary encrypted store and print"
                + " insert, unlock, type-ahead, calendar, chart and write figures; the subcommands run the other benchmarks.",
        subcommands = {BenchCommand.Sync.class, BenchCommand.Remote.class, BenchCommand.Desktop.class,
            BenchCommand.CalendarControl.class, BenchCommand.DiagnosisCodeSearch.class, BenchCommand.ImmunizationForecast.class,
            BenchCommand.ImmunizationRecordPdf.class, BenchCommand.ImmunizationRecallList.class, BenchCommand.GrowthChartDraw.class,
            BenchCommand.Billing.class, BenchCommand.Statement.class, BenchCommand.Aging.class,
            BenchCommand.ChartOpening.class, BenchCommand.Screenshots.class, CommandLine.HelpCommand.class})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--patients", defaultValue = "100000", description = "Patients to generate (default: ${DEFAULT-VALUE}).")
    int patients;

    @Option(names = "--keep", description = "Keep the benchmark store instead of deleting it.")
    boolean keep;

    public static void main(String[] args) {
        Launcher.configureLogging();
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (patients < 100) {
            throw new IllegalArgumentException("--patients must be at least 100");
        }
        Path dir = Files.createTempDirectory("starlight-bench");
        try {
            new StoreBench(System.out).run(patients, dir);
        } finally {
            if (!keep) {
                StoreBench.deleteQuietly(dir);
            }
        }
        return 0;
    }

    /** The arguments of a subcommand, as its tool's own {@code main} takes them. */
    private static String[] arguments(Object... values) {
        List<String> args = new ArrayList<>();
        for (Object value : values) {
            if (value != null) {
                args.add(value.toString());
            }
        }
        return args.toArray(String[]::new);
    }

    @Command(name = "sync", description = "Sync figures against PostgreSQL: push, bootstrap, a `sync bootstrap` JVM's"
            + " peak memory, the idle cycle, A→B propagation (creates and drops starlight_sync_bench).")
    static final class Sync implements Callable<Integer> {
        @Parameters(index = "0", defaultValue = "10000", description = "Patients to generate (default: ${DEFAULT-VALUE}).")
        int patients;

        @Parameters(index = "1", arity = "0..1", description = "Server JDBC URL (default: jdbc:postgresql://127.0.0.1:5432/postgres).")
        String serverUrl;

        @Parameters(index = "2", arity = "0..1", description = "Owner role (default: postgres).")
        String owner;

        @Override
        public Integer call() throws Exception {
            SyncBench.main(arguments(patients, serverUrl, serverUrl == null ? null : owner));
            return 0;
        }
    }

    @Command(name = "remote", description = "Remote-store figures: warm statement latency and paged pulls, through the"
            + " local Data API gateway and over JDBC (creates and drops starlight_gw_bench).")
    static final class Remote implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", description = "Server JDBC URL (default: jdbc:postgresql://127.0.0.1:5432/postgres).")
        String serverUrl;

        @Parameters(index = "1", arity = "0..1", description = "Owner role (default: postgres).")
        String owner;

        @Override
        public Integer call() throws Exception {
            RemoteBench.main(arguments(serverUrl, serverUrl == null ? null : owner));
            return 0;
        }
    }

    @Command(name = "desktop", description = "Desktop figures, one mode per JVM, under a display (app/scripts/bench.sh runs"
            + " them all): prepare DIR | coldstart DIR/demo [TYPING_MS] | weekload DIR/busy.")
    static final class Desktop implements Callable<Integer> {
        @Parameters(index = "0", description = "prepare, coldstart or weekload.")
        String mode;

        @Parameters(index = "1", description = "The work folder (prepare) or the practice's data folder.")
        Path dir;

        @Parameters(index = "2", arity = "0..1", description = "coldstart: how long typing the sign-in takes, in ms.")
        Long typingMillis;

        @Override
        public Integer call() throws Exception {
            DesktopBench.main(arguments(mode, dir, typingMillis));
            return 0;
        }
    }

    @Command(name = "calendar-control", description = "CalendarFX's week view against WeekGrid on the busy practice,"
            + " under a display (app/scripts/calendar-control-bench.sh): grid | calendarfx-week | calendarfx-year DIR/busy.")
    static final class CalendarControl implements Callable<Integer> {
        @Parameters(index = "0", description = "grid, calendarfx-week or calendarfx-year.")
        String mode;

        @Parameters(index = "1", description = "The busy practice's data folder (made by `desktop prepare`).")
        Path dir;

        @Override
        public Integer call() throws Exception {
            WeekControlBench.main(arguments(mode, dir));
            return 0;
        }
    }

    @Command(name = "codes", description = "ICD-10-CM diagnosis-code search over the whole set: the first search in"
            + " fresh JVMs (reading the set included), then p50/p95/p99 over varied queries.")
    static final class DiagnosisCodeSearch implements Callable<Integer> {
        @Parameters(index = "0", defaultValue = "5000", description = "Queries to time (default: ${DEFAULT-VALUE}).")
        int queries;

        @Option(names = "--starts", defaultValue = "6", description = "Fresh JVMs for the first search (default: ${DEFAULT-VALUE}).")
        int starts;

        @Override
        public Integer call() throws Exception {
            DiagnosisCodeBench.main(arguments(queries, starts));
            return 0;
        }
    }

    @Command(name = "billing", description = "The monthly billing run over a generated practice: preview, commit with the outbox,"
            + " and the same month again [MEMBERSHIPS].")
    static final class Billing implements Callable<Integer> {
        @Parameters(index = "0", defaultValue = "10000", description = "About how many memberships (default: ${DEFAULT-VALUE}).")
        int memberships;

        @Override
        public Integer call() throws Exception {
            BillingBench.main(arguments(memberships));
            return 0;
        }
    }

    @Command(name = "statement", description = "One household's statement PDF (read from an encrypted store and written) over a"
            + " generated practice with three months billed: the first, then p50/p95 [PATIENTS] [RUNS].")
    static final class Statement implements Callable<Integer> {
        @Parameters(index = "0", defaultValue = "5000", description = "About how many patients (default: ${DEFAULT-VALUE}).")
        int patients;

        @Parameters(index = "1", defaultValue = "50", description = "Statements timed (default: ${DEFAULT-VALUE}).")
        int runs;

        @Override
        public Integer call() throws Exception {
            StatementBench.main(arguments(patients, runs));
            return 0;
        }
    }

    @Command(name = "aging", description = "Accounts receivable aging over a generated practice of INVOICES invoices (paid, partly"
            + " paid, paid twice, credited, voided, drafts, refunds): the first read, then p50/p95, and the plan of its"
            + " statement [INVOICES] [RUNS].")
    static final class Aging implements Callable<Integer> {
        @Parameters(index = "0", defaultValue = "100000", description = "Invoices (default: ${DEFAULT-VALUE}).")
        int invoices;

        @Parameters(index = "1", defaultValue = "20", description = "Aging reads timed (default: ${DEFAULT-VALUE}).")
        int runs;

        @Override
        public Integer call() throws Exception {
            AgingBench.main(arguments(invoices, runs));
            return 0;
        }
    }

    @Command(name = "forecast", description = "The immunization forecaster: supporting data read in fresh JVMs, one child's"
            + " forecast once warm (p50/p95/p99), and ./starlight forecast over the cases in one run [CHILDREN] [STARTS].")
    static final class ImmunizationForecast implements Callable<Integer> {
        @Parameters(index = "0", defaultValue = "1000", description = "Invented children (default: ${DEFAULT-VALUE}).")
        int children;

        @Option(names = "--starts", defaultValue = "5", description = "Fresh JVMs for reading the data (default: ${DEFAULT-VALUE}).")
        int starts;

        @Override
        public Integer call() throws Exception {
            ForecastBench.main(arguments(children, starts));
            return 0;
        }
    }

    @Command(name = "immunization-record", description = "One child's immunization record PDF (status, layout, PDF written"
            + " in memory): the first in a fresh JVM, then p50/p95 for a 3-year-old and a 16-year-old [RUNS] [WARM_UP].")
    static final class ImmunizationRecordPdf implements Callable<Integer> {
        @Parameters(index = "0", defaultValue = "200", description = "Records timed per child (default: ${DEFAULT-VALUE}).")
        int runs;

        @Parameters(index = "1", defaultValue = "50", description = "Warm-up records per child (default: ${DEFAULT-VALUE}).")
        int warmUp;

        @Override
        public Integer call() throws Exception {
            if (runs < 20 || warmUp < 0) {
                throw new IllegalArgumentException("RUNS must be at least 20 and WARM_UP not negative");
            }
            ImmunizationRecordBench.main(arguments(runs, warmUp));
            return 0;
        }
    }

    @Command(name = "recall", description = "The immunization recall list over a generated practice in an encrypted store:"
            + " each active child's forecast, with progress, cold and warm [PATIENTS] [--runs].")
    static final class ImmunizationRecallList implements Callable<Integer> {
        @Parameters(index = "0", defaultValue = "10000", description = "Patients to generate (default: ${DEFAULT-VALUE}).")
        int patients;

        @Option(names = "--runs", defaultValue = "5", description = "Warm runs of the list (default: ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--keep", description = "Build the practice in this folder and keep it; a practice built there before is used again.")
        Path keep;

        @Override
        public Integer call() throws Exception {
            if (patients < 100 || runs < 1) {
                throw new IllegalArgumentException("PATIENTS must be at least 100 and --runs at least 1");
            }
            RecallBench.main(arguments(patients, runs, keep));
            return 0;
        }
    }

    @Command(name = "growth-chart", description = "A growth chart with 40 of a child's points: figures, layout and render"
            + " times, under a display (app/scripts/growth-chart-bench.sh) [SNAPSHOT_DIR].")
    static final class GrowthChartDraw implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", description = "A folder for a PNG of each chart measured.")
        Path snapshots;

        @Override
        public Integer call() throws Exception {
            GrowthChartBench.main(arguments(snapshots));
            return 0;
        }
    }

    @Command(name = "chart", description = "Opening a chart of 500 entries in a practice of about a thousand patients: the"
            + " data read, each section's work, and (with a display: app/scripts/chart-bench.sh) the real window from the"
            + " opening to the front page drawn.")
    static final class ChartOpening implements Callable<Integer> {
        @Option(names = "--runs", defaultValue = "100", description = "Measured runs of each figure (default: ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--warm-up", defaultValue = "30", description = "Warm-up runs before each figure (default: ${DEFAULT-VALUE}).")
        int warmUp;

        @Option(names = "--patients", defaultValue = "1000", description = "Other patients in the practice (default: ${DEFAULT-VALUE}).")
        int patients;

        @Option(names = "--keep", description = "Build the practice in this folder and keep it; a practice built there before is used again.")
        Path keep;

        @Override
        public Integer call() throws Exception {
            if (runs < 20 || warmUp < 0 || patients < 0) {
                throw new IllegalArgumentException("--runs must be at least 20, --warm-up and --patients not negative");
            }
            ChartBench.main(arguments(runs, warmUp, patients, keep));
            return 0;
        }
    }

    @Command(name = "screenshots", description = "Walk the real app on the demo practice and save a PNG of each screen,"
            + " under a display (app/scripts/screenshots.sh).")
    static final class Screenshots implements Callable<Integer> {
        @Parameters(index = "0", description = "The data folder (the demo practice is made in it when it is empty).")
        Path dataDir;

        @Parameters(index = "1", description = "The output folder.")
        Path out;

        @Override
        public Integer call() throws Exception {
            ScreenshotTour.main(arguments(dataDir, out));
            return 0;
        }
    }
}
