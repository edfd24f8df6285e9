package com.starlightdesk.bench.desktop;

import com.starlightdesk.app.calendar.CalendarMode;
import com.starlightdesk.app.calendar.CalendarRange;
import com.starlightdesk.app.calendar.CalendarViewModel;
import com.starlightdesk.app.calendar.ProviderChoice;
import com.starlightdesk.app.calendar.VisitReader;
import com.starlightdesk.app.concurrent.BackgroundTaskExecutor;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.desktop.AppServices;
import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.patients.NewPatientViewModel;
import com.starlightdesk.app.preferences.PreferencesFile;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.bench.review.WindowDriver;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.store.DataDirectory;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

/**
 * Desktop figures, printed (not asserted). Modes, each in its own JVM (see app/scripts/bench.sh):
 * <ul>
 *   <li>{@code prepare DIR}: the demo practice in DIR/demo, a busy practice (5 providers, a year of
 *   bookings) in DIR/busy;</li>
 *   <li>{@code coldstart DIR/demo}: JVM start to a usable calendar, sign-in (unlock) included, then
 *   resident memory with the demo practice open;</li>
 *   <li>{@code weekload DIR/busy}: week-view loads, p50/p95: the range read of a week not in memory,
 *   week switches in the view-model (neighbours read ahead), and click-to-drawn in the real window.</li>
 * </ul>
 */
public final class DesktopBench {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private DesktopBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: DesktopBench prepare|coldstart|weekload DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[1]);
        try {
            switch (args[0]) {
                case "prepare" -> prepare(dir);
                case "coldstart" -> coldStart(dir, args.length > 2 ? Long.parseLong(args[2]) : 0);
                case "weekload" -> weekLoad(dir);
                default -> throw new IllegalArgumentException(args[0]);
            }
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static PracticeStores stores(Path dir) {
        DataDirectory directory = new DataDirectory(dir);
        return new PracticeStores(directory, new PreferencesFile(directory.root()), Clock.systemUTC());
    }

    private static void prepare(Path dir) throws Exception {
        long t0 = System.nanoTime();
        DemoStore.ensure(stores(dir.resolve("demo")));
        System.out.printf("prepare: demo practice in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        if (stores(dir.resolve("busy")).list().isEmpty()) {
            t0 = System.nanoTime();
            int visits = BusyPractice.create(stores(dir.resolve("busy")));
            System.out.printf("prepare: busy practice, 5 providers, %d visits in %d ms%n", visits, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    /** {@code typingMillis}: how long the person takes to type email and password (0: instantly). */
    private static void coldStart(Path dir, long typingMillis) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainEntered = System.currentTimeMillis();
        AppServices services = AppServices.start(new DataDirectory(dir), Clock.systemUTC());
        WindowDriver.startToolkit();
        long toolkit = System.currentTimeMillis();
        Scene scene = WindowDriver.onFx(() -> {
            Stage stage = new Stage();
            new DesktopWindow(services).show(stage);
            return stage.getScene();
        });
        long shown = System.currentTimeMillis();
        System.out.printf("coldstart: JVM to main %d ms, JavaFX toolkit %d ms, window with sign-in built %d ms%n",
                mainEntered - jvmStart, toolkit - mainEntered, shown - toolkit);
        WindowDriver.waitUntil("sign-in", () -> WindowDriver.showing(scene, "#sign-in-email"), WAIT);
        long signInShown = System.currentTimeMillis();
        Thread.sleep(typingMillis);
        WindowDriver.type(scene, "#sign-in-email", DemoStore.EMAIL);
        WindowDriver.type(scene, "#sign-in-password", DemoStore.PASSWORD);
        long submitted = System.currentTimeMillis();
        WindowDriver.press(scene, "#sign-in-button");
        WindowDriver.waitUntil("the calendar's visits", () -> scene.lookup(".visit") != null, WAIT);
        long usable = System.currentTimeMillis();
        System.out.printf("coldstart (typing %d ms): JVM start to sign-in screen %d ms; sign-in to usable week (unlock, shell,"
                + " calendar) %d ms; JVM start to usable calendar, typing excluded, %d ms%n",
                typingMillis, signInShown - jvmStart, usable - submitted, usable - jvmStart - (submitted - signInShown));
        WindowDriver.press(scene, "#mode-month");
        WindowDriver.waitUntil("the month", () -> scene.lookup(".month-visit") != null, WAIT);
        WindowDriver.press(scene, "#nav-patients");
        Thread.sleep(1500);
        System.out.printf("memory: %s, %s (demo practice open, week and month shown)%n", procStatus("VmRSS"), procStatus("VmHWM"));
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        var nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
        System.out.printf("memory: heap after GC %d MB used, %d MB committed, ceiling %d MB; non-heap %d MB committed; %s%n",
                heap.getUsed() >> 20, heap.getCommitted() >> 20, heap.getMax() >> 20, nonHeap.getCommitted() >> 20,
                procStatus("VmRSS"));
    }

    private static void weekLoad(Path dir) throws Exception {
        PracticeStores stores = stores(dir);
        try (Session session = stores.signIn(stores.list().get(0).practiceId(), BusyPractice.EMAIL, BusyPractice.PASSWORD.toCharArray())) {
            rangeReads(session);
            weekSwitches(session);
        }
        AppServices services = AppServices.start(new DataDirectory(dir), Clock.systemUTC());
        WindowDriver.startToolkit();
        Scene scene = WindowDriver.onFx(() -> {
            Stage stage = new Stage();
            new DesktopWindow(services).show(stage);
            return stage.getScene();
        });
        WindowDriver.waitUntil("sign-in", () -> WindowDriver.showing(scene, "#sign-in-email"), WAIT);
        WindowDriver.type(scene, "#sign-in-email", BusyPractice.EMAIL);
        WindowDriver.type(scene, "#sign-in-password", BusyPractice.PASSWORD);
        WindowDriver.press(scene, "#sign-in-button");
        WindowDriver.waitUntil("the calendar's visits", () -> scene.lookup(".visit") != null, WAIT);
        // A week is drawn when the first day header names another day, after the pulse's layout.
        Supplier<String> firstDay = () -> ((Labeled) scene.lookup(".day-header")).getText();
        List<Long> drawn = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String button = i % 2 == 0 ? "#calendar-next" : "#calendar-previous";
            CountDownLatch done = new CountDownLatch(1);
            long[] start = new long[1];
            String[] before = new String[1];
            Runnable[] probe = new Runnable[1];
            probe[0] = () -> {
                if (!firstDay.get().equals(before[0])) {
                    drawn.add(System.nanoTime() - start[0]);
                    scene.removePostLayoutPulseListener(probe[0]);
                    done.countDown();
                }
            };
            WindowDriver.onFx(() -> {
                before[0] = firstDay.get();
                scene.addPostLayoutPulseListener(probe[0]);
                start[0] = System.nanoTime();
                ((ButtonBase) scene.lookup(button)).fire();
                return null;
            });
            if (!done.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("week not drawn");
            }
        }
        System.out.printf("weekload (real window: click to drawn, incl. background read, CSS and layout): %s%n",
                percentiles(drawn.subList(10, drawn.size())));
    }

    /**
     * The store read of a week that is not in memory (what the calendar does when a week was not read
     * ahead): query, names, double-booking check. Twelve weeks are read first, as the calendar does on
     * opening and a few clicks; then 52 weeks over the year, twice.
     */
    private static void rangeReads(Session session) {
        ZoneId zone = session.zone();
        Map<UUID, ProviderChoice> providers = new HashMap<>();
        List<Provider> found = session.data().office().providers();
        for (int i = 0; i < found.size(); i++) {
            providers.put(found.get(i).id(), new ProviderChoice(found.get(i), i));
        }
        VisitReader reader = new VisitReader(session.data(), zone);
        LocalDate today = LocalDate.now(zone);
        for (int week = 0; week <= 11; week++) {
            reader.read(CalendarRange.of(CalendarMode.WEEK, today.plusWeeks(week % 11)), providers);
        }
        List<Long> times = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int visits = 0;
        for (int round = 0; round < 2; round++) {
            for (int week = -26; week < 26; week++) {
                long t0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                visits = Math.max(visits, reader.read(CalendarRange.of(CalendarMode.WEEK, today.plusWeeks(week)), providers).size());
                times.add(System.nanoTime() - t0);
                cpu.add(threads.getCurrentThreadCpuTime() - c0);
            }
        }
        System.out.printf("weekload (range read of a week not in memory: query, names, double-booking check; up to %d visits"
                + " a week): %s%n", visits, percentiles(times));
        int half = times.size() / 2;
        System.out.printf("weekload (range read) first pass over the year (names read, code still compiling): %s;"
                + " second pass: %s%n", percentiles(times.subList(0, half)), percentiles(times.subList(half, times.size())));
        // CPU time of the reading thread: what the read costs, less distorted by other work on the machine.
        System.out.printf("weekload (range read, CPU time of the thread): %s%n", percentiles(cpu));
    }

    /**
     * Week switches as a person sees them in the calendar's model, after the range reads above (code
     * compiled, the store's pages in memory): the app's background executor (three threads) reads the visible week and the
     * neighbours ahead; a click every 250 ms, forward through the year from 26 weeks back; the time from
     * the click until the week's visits are in the model (from memory when read ahead, otherwise read).
     */
    private static void weekSwitches(Session session) throws InterruptedException {
        BlockingQueue<Runnable> modelThread = new LinkedBlockingQueue<>();
        TaskExecutor executor = new BackgroundTaskExecutor(3, modelThread::add);
        try {
            CalendarViewModel vm = new CalendarViewModel(session, executor, Clock.systemUTC(),
                    new NewPatientViewModel(session, executor, Clock.systemUTC()));
            vm.start();
            pumpUntil(modelThread, () -> !vm.providers().isEmpty() && !vm.loadingProperty().get());
            vm.anchorProperty().set(vm.today().minusWeeks(26));
            pumpUntil(modelThread, () -> !vm.loadingProperty().get());
            List<Long> times = new ArrayList<>();
            int fromMemory = 0;
            for (int week = -25; week < 26; week++) {
                pumpFor(modelThread, 250);
                long t0 = System.nanoTime();
                vm.next();
                if (!vm.loadingProperty().get()) {
                    fromMemory++;
                }
                pumpUntil(modelThread, () -> !vm.loadingProperty().get());
                times.add(System.nanoTime() - t0);
            }
            System.out.printf("weekload (week switch in the model: neighbours read ahead in the background, a click every 250 ms;"
                    + " %d of %d weeks from memory): %s%n", fromMemory, times.size(), percentiles(times));
        } finally {
            executor.shutdown();
        }
    }

    private static void pumpUntil(BlockingQueue<Runnable> queue, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!done.getAsBoolean()) {
            Runnable next = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new IllegalStateException("the calendar did not finish loading");
            }
            next.run();
        }
    }

    private static void pumpFor(BlockingQueue<Runnable> queue, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        for (long left = end - System.nanoTime(); left > 0; left = end - System.nanoTime()) {
            Runnable next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next != null) {
                next.run();
            }
        }
    }

    private static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d loads",
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6, sorted.size());
    }

    private static String procStatus(String key) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(key + ":")) {
                return line.replaceAll("\\s+", " ");
            }
        }
        return key + ": n/a";
    }
}
