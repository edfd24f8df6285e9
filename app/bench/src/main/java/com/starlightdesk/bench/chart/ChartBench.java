package com.starlightdesk.bench.chart;

import com.starlightdesk.app.chart.ChartHeaderViewModel;
import com.starlightdesk.app.chart.ChartSection;
import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.chart.allergies.AllergiesViewModel;
import com.starlightdesk.app.chart.demographics.DemographicsViewModel;
import com.starlightdesk.app.chart.household.HouseholdViewModel;
import com.starlightdesk.app.chart.medications.MedicationsViewModel;
import com.starlightdesk.app.chart.notes.NotesViewModel;
import com.starlightdesk.app.chart.problems.ProblemsViewModel;
import com.starlightdesk.app.chart.summary.SummaryViewModel;
import com.starlightdesk.app.chart.timeline.TimelineViewModel;
import com.starlightdesk.app.chart.vitals.VitalsViewModel;
import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.concurrent.Delays;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.desktop.AppServices;
import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.patients.NewPatientViewModel;
import com.starlightdesk.app.preferences.PreferencesFile;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.bench.review.WindowDriver;
import com.starlightdesk.data.codes.DiagnosisCodes;
import com.starlightdesk.data.growth.GrowthReferences;
import com.starlightdesk.data.repo.PatientRow;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.data.store.DataDirectory;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Opening a long chart: a child with {@value LongChart#ENTRIES} entries in a practice of about a thousand
 * patients ({@link LongChart}), signed in as their provider. Prints p50/p95/max after warm-up runs, with the
 * load average; asserts nothing. Not run by the test suite.
 * <ul>
 *   <li>The data read: what the chart's opening reads (the audited chart read with the header's plan and
 *   providers), each of its queries alone, and for each section the work it does when the chart is read
 *   (its own reads and what it works out from the chart), run in line as the app runs them in the
 *   background.</li>
 *   <li>With a display (app/scripts/chart-bench.sh runs it under Xvfb): the real window, from the Enter
 *   that opens the chart in the Patients list to the first pulse after the header and the front page are
 *   laid out with the chart's figures in them; the timeline's 534 lines shown from the open chart; and the
 *   opening again once every section has been looked at in the session (their views then follow each
 *   read).</li>
 * </ul>
 */
public final class ChartBench {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final int runs;
    private final int warmUp;

    private ChartBench(int runs, int warmUp) {
        this.runs = runs;
        this.warmUp = warmUp;
    }

    /** Arguments: runs, warm-up runs, other patients, and optionally a folder to keep the practice in. */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int others = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        Path dir = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("starlight-chart-bench");
        try {
            new ChartBench(runs, warmUp).run(dir, others);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private void run(Path dir, int others) throws Exception {
        System.out.printf("chart bench: load average %s, JVM %s, %d cores, max heap %d MB%n", load(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        long t0 = System.nanoTime();
        LongChart.Built built = stores(dir).list().isEmpty() ? LongChart.create(stores(dir), others) : LongChart.reopen(stores(dir));
        System.out.printf("chart bench: practice of %,d patients built or reopened in %.1f s; the chart: %d entries (%s), %d timeline lines%n",
                built.patients(), (System.nanoTime() - t0) / 1e9, built.total(), built.entries().toString().replaceAll("[{}]", ""),
                built.timelineLines());
        reads(dir, built);
        if (System.getenv("DISPLAY") == null) {
            System.out.println("chart bench: no display, so no window figures (app/scripts/chart-bench.sh runs this under Xvfb)");
        } else {
            window(dir, built);
        }
        System.out.printf("chart bench: load average at the end %s%n", load());
    }

    private static PracticeStores stores(Path dir) {
        DataDirectory directory = new DataDirectory(dir);
        return new PracticeStores(directory, new PreferencesFile(directory.root()), Clock.systemUTC());
    }

    // ---- the data read -----------------------------------------------------------------------------------

    private void reads(Path dir, LongChart.Built built) throws Exception {
        UUID id = built.patientId();
        try (Session session = stores(dir).signIn(built.practiceId(), LongChart.EMAIL, LongChart.PASSWORD.toCharArray())) {
            PracticeData data = session.data();
            print("read: chart read as the opening does it (patient, allergies, medications, problems, records, vitals, visits;"
                    + " audited)", time(() -> data.openChart(id)));
            print("read:   patient", time(() -> data.patients().findById(id)));
            print("read:   allergies", time(() -> data.chart().allergies(id)));
            print("read:   medications", time(() -> data.chart().medications(id)));
            print("read:   problems", time(() -> data.chart().diagnoses(id)));
            print("read:   records (notes, addenda, lab results, prescriptions)", time(() -> data.chart().records(id)));
            print("read:   vitals", time(() -> data.chart().vitals(id)));
            print("read:   visits", time(() -> data.appointments().forPatient(id)));
            print("read:   audit entry of the opening", time(() -> data.write(c -> {
                c.auditChartRead(id);
                return null;
            })));

            TaskExecutor inLine = new CurrentThreadTaskExecutor();
            Clock clock = Clock.systemUTC();
            GrowthReferences references = new GrowthReferences();
            Opening front = opening(session, id, inLine, ChartSection.SUMMARY, chart -> {
                new ChartHeaderViewModel(chart, clock);
                new SummaryViewModel(chart, inLine, clock, references);
            });
            print("open: the opening's read (chart, plan, providers; audited), as OpenChart makes it", front.read);
            print("open: header and front page worked out from it", front.section);
            List<Long> total = new ArrayList<>();
            for (int i = 0; i < front.read.size(); i++) {
                total.add(front.read.get(i) + front.section.get(i));
            }
            print("open: read + header + front page (data ready to draw)", new Timed(total, front.cpu));

            DiagnosisCodes codes = DiagnosisCodes.icd10cm();
            section(session, id, inLine, ChartSection.TIMELINE, chart -> new TimelineViewModel(chart));
            section(session, id, inLine, ChartSection.NOTES, chart -> new NotesViewModel(chart, inLine, new Delays(), clock));
            section(session, id, inLine, ChartSection.VITALS, chart -> new VitalsViewModel(chart, inLine, references, clock));
            section(session, id, inLine, ChartSection.PROBLEMS, chart -> new ProblemsViewModel(chart, inLine, codes, clock));
            section(session, id, inLine, ChartSection.MEDICATIONS, chart -> new MedicationsViewModel(chart, inLine, clock));
            section(session, id, inLine, ChartSection.ALLERGIES, chart -> new AllergiesViewModel(chart, inLine, clock));
            section(session, id, inLine, ChartSection.DEMOGRAPHICS, chart -> new DemographicsViewModel(chart, inLine, clock));
            section(session, id, inLine, ChartSection.HOUSEHOLD, chart -> new HouseholdViewModel(chart, inLine, clock,
                    new NewPatientViewModel(session, inLine, clock)));
        }
    }

    /** What an opening at {@code at} cost: the chart's read, and the section's work once the read is in. */
    private record Opening(List<Long> read, List<Long> section, List<Long> cpu) {
    }

    private void section(Session session, UUID id, TaskExecutor inLine, ChartSection at, Consumer<OpenChart> views) {
        Opening opening = opening(session, id, inLine, at, views);
        print("section: " + at.label() + " (its own reads and work once the chart is read)", opening.section);
    }

    /**
     * Opens the chart at {@code at} again and again with {@code views} following it, all in line: the time
     * from the opening until the chart is read, then until the views have followed the read.
     */
    private Opening opening(Session session, UUID id, TaskExecutor inLine, ChartSection at, Consumer<OpenChart> views) {
        OpenChart chart = new OpenChart(session, inLine);
        long[] read = new long[1];
        long[] followed = new long[1];
        chart.readProperty().addListener((obs, old, now) -> read[0] = System.nanoTime());
        views.accept(chart);
        // A change listener: the views' own change listeners on the revision, registered before it, have run when it runs.
        chart.revisionProperty().addListener((obs, old, now) -> followed[0] = System.nanoTime());
        List<Long> reads = new ArrayList<>();
        List<Long> work = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmUp + runs; i++) {
            chart.close();
            long start = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            chart.open(id, at);
            long spent = threads.getCurrentThreadCpuTime() - cpu0;
            if (chart.readProperty().get() == null) {
                throw new IllegalStateException("the chart was not read: " + chart.failureProperty().get());
            }
            if (i >= warmUp) {
                reads.add(read[0] - start);
                work.add(followed[0] - read[0]);
                cpu.add(spent);
            }
        }
        chart.close();
        return new Opening(reads, work, cpu);
    }

    /** Wall and CPU time of the reading thread, per measured run. */
    private record Timed(List<Long> wall, List<Long> cpu) {
    }

    private Timed time(Supplier<?> read) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < warmUp + runs; i++) {
            long start = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            read.get();
            if (i >= warmUp) {
                wall.add(System.nanoTime() - start);
                cpu.add(threads.getCurrentThreadCpuTime() - cpu0);
            }
        }
        return new Timed(wall, cpu);
    }

    // ---- the real window ---------------------------------------------------------------------------------

    /** One measured drawing: the wall time, and the CPU time the FX thread and the app's background threads spent in it. */
    private record Drawn(long wall, long fxCpu, long backgroundCpu) {
    }

    private void window(Path dir, LongChart.Built built) throws Exception {
        AppServices services = AppServices.start(new DataDirectory(dir), Clock.systemUTC());
        WindowDriver.startToolkit();
        Scene scene = WindowDriver.onFx(() -> {
            Stage stage = new Stage();
            new DesktopWindow(services).show(stage);
            return stage.getScene();
        });
        WindowDriver.waitUntil("sign-in", () -> WindowDriver.showing(scene, "#sign-in-email"), WAIT);
        WindowDriver.type(scene, "#sign-in-email", LongChart.EMAIL);
        WindowDriver.type(scene, "#sign-in-password", LongChart.PASSWORD);
        WindowDriver.press(scene, "#sign-in-button");
        WindowDriver.waitUntil("the shell", () -> WindowDriver.showing(scene, "#nav-patients"), WAIT);
        WindowDriver.press(scene, "#nav-patients");
        WindowDriver.waitUntil("the patients list", () -> row(scene, built.patientId()) != null, WAIT);
        Screen screen = new Screen(scene, built.patientId(), LongChart.FIRST_NAME + " " + LongChart.LAST_NAME, built.timelineLines());

        Drawn first = screen.open();
        System.out.printf("window: first opening in the session (the chart's and the front page's views built): %.1f ms%n",
                first.wall() / 1e6);
        List<Drawn> opened = new ArrayList<>();
        for (int i = 0; i < warmUp + runs; i++) {
            Drawn d = screen.open();
            if (i >= warmUp) {
                opened.add(d);
            }
        }
        printDrawn("window: Enter in the Patients list → header and front page drawn", opened);

        // Every section looked at once, as in a provider's day: their views are built and follow each read from now on.
        screen.openAndStay();
        for (ChartSection section : ChartSection.values()) {
            screen.choose(section);
            Thread.sleep(300);
        }
        List<Drawn> timeline = new ArrayList<>();
        for (int i = 0; i < warmUp + runs; i++) {
            screen.choose(ChartSection.SUMMARY);
            WindowDriver.waitUntil("the front page", screen::frontPageDrawn, WAIT);
            Drawn d = screen.untilDrawn(() -> screen.sections().getSelectionModel().select(ChartSection.TIMELINE), screen::timelineDrawn);
            if (i >= warmUp) {
                timeline.add(d);
            }
        }
        printDrawn("window: Timeline chosen in the open chart → its " + built.timelineLines() + " lines drawn", timeline);
        screen.choose(ChartSection.SUMMARY);
        screen.back();
        List<Drawn> again = new ArrayList<>();
        for (int i = 0; i < warmUp + runs; i++) {
            Drawn d = screen.open();
            if (i >= warmUp) {
                again.add(d);
            }
        }
        printDrawn("window: Enter → front page drawn, every section's view built earlier in the session", again);
    }

    /**
     * The window as the bench drives it: opens the chart from the Patients list and tells when its parts are
     * drawn. The nodes it checks are looked up once, when they first exist, so that a check at each pulse
     * costs little.
     */
    private static final class Screen {
        private final Scene scene;
        private final UUID patientId;
        private final String name;
        private final int timelineLines;
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final long fxThread;
        private Label shownName;
        private Label lastVisit;
        private Parent alerts;
        private List<ListView<?>> lists;
        private TableView<?> timeline;

        Screen(Scene scene, UUID patientId, String name, int timelineLines) {
            this.scene = scene;
            this.patientId = patientId;
            this.name = name;
            this.timelineLines = timelineLines;
            this.fxThread = WindowDriver.onFx(() -> Thread.currentThread().getId());
        }

        /** Opens the chart from the Patients list, waits for the front page drawn and goes back. */
        Drawn open() throws InterruptedException {
            Drawn d = openAndStay();
            back();
            return d;
        }

        Drawn openAndStay() throws InterruptedException {
            return untilDrawn(() -> {
                TableView<PatientRow> table = patients(scene);
                table.getSelectionModel().select(row(scene, patientId));
                table.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            }, this::frontPageDrawn);
        }

        void back() {
            WindowDriver.press(scene, "#chart-back");
            WindowDriver.waitUntil("the patients list", () -> WindowDriver.showing(scene, "#patients-table")
                    && patients(scene).isVisible() && row(scene, patientId) != null, WAIT);
        }

        void choose(ChartSection section) {
            WindowDriver.onFx(() -> {
                sections().getSelectionModel().select(section);
                return null;
            });
            WindowDriver.waitUntil(section.label(), () -> WindowDriver.showing(scene, "#chart-section"), WAIT);
        }

        /** Runs {@code action} on the FX thread; measures until the first pulse after layout at which {@code drawn} holds. */
        Drawn untilDrawn(Runnable action, BooleanSupplier drawn) throws InterruptedException {
            long[] background = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("starlight-db-"))
                    .mapToLong(Thread::getId).toArray();
            long fx0 = WindowDriver.onFx(() -> threads.getThreadCpuTime(fxThread));
            long bg0 = cpu(background);
            CountDownLatch done = new CountDownLatch(1);
            long[] start = new long[1];
            long[] end = new long[1];
            long[] fxEnd = new long[1];
            Runnable[] probe = new Runnable[1];
            probe[0] = () -> {
                if (end[0] == 0 && drawn.getAsBoolean()) {
                    end[0] = System.nanoTime();
                    fxEnd[0] = threads.getThreadCpuTime(fxThread);
                    scene.removePostLayoutPulseListener(probe[0]);
                    done.countDown();
                }
            };
            WindowDriver.onFx(() -> {
                scene.addPostLayoutPulseListener(probe[0]);
                start[0] = System.nanoTime();
                action.run();
                return null;
            });
            if (!done.await(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("not drawn in " + WAIT);
            }
            return new Drawn(end[0] - start[0], fxEnd[0] - fx0, cpu(background) - bg0);
        }

        private long cpu(long[] ids) {
            long sum = 0;
            for (long id : ids) {
                sum += Math.max(0, threads.getThreadCpuTime(id));
            }
            return sum;
        }

        /**
         * The header names the child and shows the alerts; the front page shows the last visit, and its problems,
         * medications and vitals lists have laid out a cell showing their first line.
         */
        boolean frontPageDrawn() {
            if (lists == null) {
                if (scene.lookup("#summary-vitals") == null) {
                    return false;
                }
                shownName = (Label) scene.lookup("#patient-name");
                lastVisit = (Label) scene.lookup("#summary-last-visit");
                alerts = (Parent) scene.lookup("#chart-alerts");
                lists = List.of((ListView<?>) scene.lookup("#summary-problems"), (ListView<?>) scene.lookup("#summary-medications"),
                        (ListView<?>) scene.lookup("#summary-vitals"));
            }
            return shownName.getScene() != null && shownName.isVisible() && name.equals(shownName.getText())
                    && !alerts.getChildrenUnmodifiable().isEmpty() && lastVisit.isVisible() && !lastVisit.getText().isBlank()
                    && lists.stream().allMatch(Screen::firstLineShown);
        }

        private static boolean firstLineShown(ListView<?> view) {
            if (!view.isVisible() || view.getScene() == null || view.getItems().isEmpty()) {
                return false;
            }
            String first = String.valueOf(view.getItems().get(0));
            return view.lookupAll(".list-cell").stream().map(n -> (IndexedCell<?>) n)
                    .anyMatch(cell -> cell.getIndex() == 0 && cell.isVisible() && first.equals(cell.getText()));
        }

        boolean timelineDrawn() {
            if (timeline == null) {
                timeline = (TableView<?>) scene.lookup("#timeline-events");
                if (timeline == null) {
                    return false;
                }
            }
            if (!timeline.isVisible() || timeline.getScene() == null || timeline.getItems().size() != timelineLines) {
                return false;
            }
            String first = ((TimelineViewModel.Row) timeline.getItems().get(0)).what();
            return timeline.lookupAll(".table-cell").stream().map(n -> (TableCell<?, ?>) n)
                    .anyMatch(cell -> cell.getIndex() == 0 && cell.isVisible() && first.equals(cell.getText()));
        }

        @SuppressWarnings("unchecked")
        ListView<ChartSection> sections() {
            return (ListView<ChartSection>) scene.lookup("#chart-sections");
        }
    }

    @SuppressWarnings("unchecked")
    private static TableView<PatientRow> patients(Scene scene) {
        return (TableView<PatientRow>) scene.lookup("#patients-table");
    }

    private static PatientRow row(Scene scene, UUID id) {
        TableView<PatientRow> table = patients(scene);
        return table == null ? null : table.getItems().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    // ---- figures -----------------------------------------------------------------------------------------

    private void print(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(Locale.US, "%s: p50 %.2f ms, p95 %.2f ms, max %.2f ms over %d (after %d warm-up)%n", what,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6, sorted.size(), warmUp);
    }

    private void print(String what, Timed timed) {
        print(what, timed.wall());
        print("        CPU of the reading thread", timed.cpu());
    }

    private void printDrawn(String what, List<Drawn> drawn) {
        print(what, drawn.stream().map(Drawn::wall).toList());
        print("        CPU of the FX thread in it", drawn.stream().map(Drawn::fxCpu).toList());
        print("        CPU of the app's background threads in it", drawn.stream().map(Drawn::backgroundCpu).toList());
    }

    private static String load() throws java.io.IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }
}
