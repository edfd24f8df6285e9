package com.starlightdesk.bench.chart;

import com.starlightdesk.app.chart.ChartHeaderViewModel;
import com.starlightdesk.app.chart.ChartSection;
import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.chart.allergies.AllergiesViewModel;
import com.starlightdesk.app.chart.demographics.DemographicsViewModel;
import com.starlightdesk.app.chart.household.HouseholdViewModel;
import com.starlightdesk.app.chart.medications.MedicationsViewModel;
import com.starlightdesk.app.chart.notes.AutosaveSchedule;
import com.starlightdesk.app.chart.notes.NotesViewModel;
import com.starlightdesk.app.chart.problems.ProblemsViewModel;
import com.starlightdesk.app.chart.summary.SummaryViewModel;
import com.starlightdesk.app.chart.timeline.TimelineViewModel;
import com.starlightdesk.app.chart.vitals.VitalsViewModel;
import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
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
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
        LongChart.Built built = LongChart.create(stores(dir), others);
        System.out.printf("chart bench: practice of %,d patients built in %.1f s; the chart: %d entries (%s), %d timeline lines%n",
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
            print("open: read + header + front page (data ready to draw)", total);

            DiagnosisCodes codes = DiagnosisCodes.icd10cm();
            section(session, id, inLine, ChartSection.TIMELINE, chart -> new TimelineViewModel(chart));
            section(session, id, inLine, ChartSection.NOTES, chart -> new NotesViewModel(chart, inLine, new AutosaveSchedule(), clock));
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
    private record Opening(List<Long> read, List<Long> section) {
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
        for (int i = 0; i < warmUp + runs; i++) {
            chart.close();
            long start = System.nanoTime();
            chart.open(id, at);
            if (chart.readProperty().get() == null) {
                throw new IllegalStateException("the chart was not read: " + chart.failureProperty().get());
            }
            if (i >= warmUp) {
                reads.add(read[0] - start);
                work.add(followed[0] - read[0]);
            }
        }
        chart.close();
        return new Opening(reads, work);
    }

    private List<Long> time(Supplier<?> read) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < warmUp + runs; i++) {
            long start = System.nanoTime();
            read.get();
            if (i >= warmUp) {
                times.add(System.nanoTime() - start);
            }
        }
        return times;
    }

    // ---- the real window ---------------------------------------------------------------------------------

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
        String name = LongChart.FIRST_NAME + " " + LongChart.LAST_NAME;

        long first = open(scene, built.patientId(), name);
        System.out.printf("window: first opening in the session (the chart's and the front page's views built): %.1f ms%n", first / 1e6);
        List<Long> opened = new ArrayList<>();
        for (int i = 0; i < warmUp + runs; i++) {
            long t = open(scene, built.patientId(), name);
            if (i >= warmUp) {
                opened.add(t);
            }
        }
        print("window: Enter in the Patients list → header and front page drawn", opened);

        // Every section looked at once, as in a provider's day: their views are built and follow each read from now on.
        openAndStay(scene, built.patientId(), name);
        for (ChartSection section : ChartSection.values()) {
            WindowDriver.onFx(() -> {
                sections(scene).getSelectionModel().select(section);
                return null;
            });
            WindowDriver.waitUntil(section.label(), () -> WindowDriver.showing(scene, "#chart-section"), WAIT);
            Thread.sleep(200);
        }
        List<Long> timeline = new ArrayList<>();
        for (int i = 0; i < warmUp + runs; i++) {
            WindowDriver.onFx(() -> {
                sections(scene).getSelectionModel().select(ChartSection.SUMMARY);
                return null;
            });
            WindowDriver.waitUntil("the front page", () -> frontPageDrawn(scene, name), WAIT);
            long t = untilDrawn(scene, () -> sections(scene).getSelectionModel().select(ChartSection.TIMELINE),
                    () -> timelineDrawn(scene, built.timelineLines()));
            if (i >= warmUp) {
                timeline.add(t);
            }
        }
        print("window: Timeline chosen in the open chart → its " + built.timelineLines() + " lines drawn", timeline);
        WindowDriver.onFx(() -> {
            sections(scene).getSelectionModel().select(ChartSection.SUMMARY);
            return null;
        });
        back(scene, built.patientId());
        List<Long> again = new ArrayList<>();
        for (int i = 0; i < warmUp + runs; i++) {
            long t = open(scene, built.patientId(), name);
            if (i >= warmUp) {
                again.add(t);
            }
        }
        print("window: Enter → front page drawn, every section's view built earlier in the session", again);
    }

    /** Opens the chart from the Patients list, waits for the front page drawn, goes back; returns the time to drawn. */
    private static long open(Scene scene, UUID id, String name) throws InterruptedException {
        long t = openAndStay(scene, id, name);
        back(scene, id);
        return t;
    }

    private static long openAndStay(Scene scene, UUID id, String name) throws InterruptedException {
        return untilDrawn(scene, () -> {
            TableView<PatientRow> table = patients(scene);
            table.getSelectionModel().select(row(scene, id));
            table.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        }, () -> frontPageDrawn(scene, name));
    }

    private static void back(Scene scene, UUID id) {
        WindowDriver.press(scene, "#chart-back");
        WindowDriver.waitUntil("the patients list", () -> WindowDriver.showing(scene, "#patients-table")
                && patients(scene).isVisible() && row(scene, id) != null, WAIT);
    }

    /** Runs {@code action} on the FX thread; returns the time until the first pulse after layout at which {@code drawn} holds. */
    private static long untilDrawn(Scene scene, Runnable action, BooleanSupplier drawn) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        long[] start = new long[1];
        long[] end = new long[1];
        Runnable[] probe = new Runnable[1];
        probe[0] = () -> {
            if (end[0] == 0 && drawn.getAsBoolean()) {
                end[0] = System.nanoTime();
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
        return end[0] - start[0];
    }

    /**
     * The header names the child and shows the alerts; the front page shows the last visit, and its problems,
     * medications and vitals lists have laid out a cell showing their first line.
     */
    private static boolean frontPageDrawn(Scene scene, String name) {
        Node chart = scene.lookup("#chart");
        Label shownName = (Label) scene.lookup("#patient-name");
        Label lastVisit = (Label) scene.lookup("#summary-last-visit");
        Parent alerts = (Parent) scene.lookup("#chart-alerts");
        return chart != null && chart.isVisible() && shownName != null && name.equals(shownName.getText())
                && alerts != null && !alerts.getChildrenUnmodifiable().isEmpty()
                && lastVisit != null && lastVisit.isVisible() && !lastVisit.getText().isBlank()
                && firstLineShown(scene, "#summary-problems") && firstLineShown(scene, "#summary-medications")
                && firstLineShown(scene, "#summary-vitals");
    }

    private static boolean firstLineShown(Scene scene, String list) {
        ListView<?> view = (ListView<?>) scene.lookup(list);
        if (view == null || !view.isVisible() || view.getScene() == null || view.getItems().isEmpty()) {
            return false;
        }
        String first = String.valueOf(view.getItems().get(0));
        return view.lookupAll(".list-cell").stream().map(n -> (IndexedCell<?>) n)
                .anyMatch(cell -> cell.getIndex() == 0 && cell.isVisible() && first.equals(((javafx.scene.control.Labeled) cell).getText()));
    }

    private static boolean timelineDrawn(Scene scene, int lines) {
        Node node = scene.lookup("#timeline-events");
        if (!(node instanceof TableView<?> table) || !table.isVisible() || table.getScene() == null || table.getItems().size() != lines) {
            return false;
        }
        String first = ((com.starlightdesk.app.chart.timeline.TimelineViewModel.Row) table.getItems().get(0)).what();
        return table.lookupAll(".table-cell").stream().map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .anyMatch(cell -> cell.getIndex() == 0 && cell.isVisible() && first.equals(cell.getText()));
    }

    @SuppressWarnings("unchecked")
    private static ListView<ChartSection> sections(Scene scene) {
        return (ListView<ChartSection>) scene.lookup("#chart-sections");
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

    private static String load() throws java.io.IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }
}
