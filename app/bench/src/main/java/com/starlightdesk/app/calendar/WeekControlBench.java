package com.starlightdesk.app.calendar;

import atlantafx.base.theme.PrimerLight;
import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.model.Interval;
import com.calendarfx.view.DayEntryView;
import com.calendarfx.view.DetailedWeekView;
import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.parts.ProviderColors;
import com.starlightdesk.app.patients.NewPatientViewModel;
import com.starlightdesk.app.preferences.PreferencesFile;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.bench.desktop.BusyPractice;
import com.starlightdesk.bench.review.WindowDriver;
import com.starlightdesk.data.domain.WorkingHours;
import com.starlightdesk.data.store.DataDirectory;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * Measures CalendarFX's week view against {@link WeekGrid} on the busy practice (5 providers, a year of
 * bookings, ≈375 visits a week), each in its own JVM under Xvfb (app/scripts/calendar-control-bench.sh).
 * The weeks are read first through {@link CalendarViewModel} (data in hand); then, on the FX thread,
 * the time from handing a week to the control until the pulse whose layout shows all its visits:
 * the first week (control created) and 103 week switches (a year forward and back), p50/p95; and the
 * heap the control holds after a GC. Prints; asserts nothing. Not run by the test suite.
 * <ul>
 *   <li>{@code grid DIR}: WeekGrid, given each week's visits (as the app does);</li>
 *   <li>{@code calendarfx-week DIR}: DetailedWeekView, one Calendar per provider, refilled with each
 *   week's entries (the app's read-the-visible-range model);</li>
 *   <li>{@code calendarfx-year DIR}: DetailedWeekView with the whole year's entries loaded once
 *   (CalendarFX's own model); a switch only changes the date.</li>
 * </ul>
 */
public final class WeekControlBench {
    private static final double WIDTH = 1366;
    private static final double HEIGHT = 768;

    private record Week(LocalDate first, List<LocalDate> days, List<CalendarVisit> visits) {
    }

    private WeekControlBench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path dir = Path.of(args[1]);
        DataDirectory directory = new DataDirectory(dir);
        PracticeStores stores = new PracticeStores(directory, new PreferencesFile(directory.root()), Clock.systemUTC());
        try (Session session = stores.signIn(stores.list().get(0).practiceId(), BusyPractice.EMAIL, BusyPractice.PASSWORD.toCharArray())) {
            CalendarViewModel vm = new CalendarViewModel(session, new CurrentThreadTaskExecutor(), Clock.systemUTC(),
                    new NewPatientViewModel(session, new CurrentThreadTaskExecutor(), Clock.systemUTC()));
            vm.start();
            List<Week> weeks = new ArrayList<>();
            for (int i = -26; i < 26; i++) {
                vm.anchorProperty().set(vm.today().plusWeeks(i));
                CalendarRange range = vm.rangeProperty().get();
                weeks.add(new Week(range.first(), range.days(), List.copyOf(vm.visits())));
            }
            int most = weeks.stream().mapToInt(w -> w.visits().size()).max().orElse(0);
            System.out.printf("%s: %d weeks in hand, up to %d visits a week, zone %s%n", mode, weeks.size(), most, vm.zone());
            WindowDriver.startToolkit();
            BorderPane host = WindowDriver.onFx(() -> {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
                BorderPane pane = new BorderPane();
                Scene scene = new Scene(pane, WIDTH, HEIGHT);
                scene.getStylesheets().add(Objects.requireNonNull(DesktopWindow.class.getResource("app.css")).toExternalForm());
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
                return pane;
            });
            long baseline = heapAfterGc();
            switch (mode) {
                case "grid" -> grid(vm, host, weeks);
                case "calendarfx-week" -> calendarFx(vm, host, weeks, false);
                case "calendarfx-year" -> calendarFx(vm, host, weeks, true);
                default -> throw new IllegalArgumentException(mode);
            }
            String snapshot = System.getProperty("bench.snapshot");
            if (snapshot != null) {
                WindowDriver.savePng(host.getScene(), Path.of(snapshot, mode + ".png"));
            }
            long held = heapAfterGc() - baseline;
            System.out.printf("%s: heap held by the control after GC (week shown, data in hand excluded): %.1f MB; %s%n",
                    mode, held / 1048576.0, status("VmRSS"));
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void grid(CalendarViewModel vm, BorderPane host, List<Week> weeks) throws Exception {
        WeekGrid[] grid = new WeekGrid[1];
        measure("grid", host, weeks, week -> {
            if (grid[0] == null) {
                BorderPane root = new BorderPane();
                root.getStyleClass().add("calendar");
                root.getStylesheets().add(Objects.requireNonNull(CalendarView.class.getResource("calendar.css")).toExternalForm());
                ProviderColors.apply(root, ProviderChoice.colors(vm.everyProvider()));
                grid[0] = new WeekGrid(vm);
                root.setCenter(grid[0]);
                host.setCenter(root);
            }
            grid[0].show(week.days(), vm.columnProviders(), week.visits());
        }, () -> count(host, VisitBlock.class));
    }

    private static void calendarFx(CalendarViewModel vm, BorderPane host, List<Week> weeks, boolean wholeYear) throws Exception {
        ZoneId zone = vm.zone();
        Map<UUID, Calendar> calendars = new HashMap<>();
        CalendarSource source = new CalendarSource("Providers");
        Calendar.Style[] styles = Calendar.Style.values();
        for (int i = 0; i < vm.providers().size(); i++) {
            ProviderChoice choice = vm.providers().get(i);
            Calendar calendar = new Calendar(choice.provider().name());
            calendar.setStyle(styles[i % styles.length]);
            calendar.setReadOnly(!vm.canSchedule());
            calendars.put(choice.provider().id(), calendar);
            source.getCalendars().add(calendar);
        }
        String mode = wholeYear ? "calendarfx-year" : "calendarfx-week";
        if (wholeYear) {
            long t0 = System.nanoTime();
            WindowDriver.onFx(() -> {
                weeks.forEach(w -> fill(calendars, w.visits(), zone, false));
                return null;
            });
            System.out.printf("%s: the year's %d entries put into the calendars in %.0f ms%n", mode,
                    weeks.stream().mapToInt(w -> w.visits().size()).sum(), (System.nanoTime() - t0) / 1e6);
        }
        DetailedWeekView[] view = new DetailedWeekView[1];
        measure(mode, host, weeks, week -> {
            if (view[0] == null) {
                DetailedWeekView created = new DetailedWeekView();
                created.setWeekFields(WeekFields.of(DayOfWeek.MONDAY, 1));
                created.setZoneId(zone);
                ShownHours hours = ShownHours.of(WorkingHours.WEEKDAYS, List.of(), zone);
                created.setVisibleHours(hours.last() - hours.first());
                created.setStartTime(LocalTime.of(hours.first(), 0));
                created.setShowAllDayView(false);
                created.getCalendarSources().setAll(source);
                view[0] = created;
                host.setCenter(created);
            }
            if (!wholeYear) {
                fill(calendars, week.visits(), zone, true);
            }
            view[0].setDate(week.first());
        }, () -> count(host, DayEntryView.class));
    }

    /** Entries for {@code visits}, in their provider's calendar; {@code replace}: the calendars hold only these. */
    private static void fill(Map<UUID, Calendar> calendars, List<CalendarVisit> visits, ZoneId zone, boolean replace) {
        Map<Calendar, List<Entry<?>>> byCalendar = new HashMap<>();
        for (CalendarVisit v : visits) {
            Entry<CalendarVisit> entry = new Entry<>((v.doubleBooked() ? "⚠ " : "") + v.patientName(),
                    new Interval(v.appointment().startTime(), v.appointment().endTime(), zone), v.appointment().id().toString());
            entry.setUserObject(v);
            if (v.doubleBooked()) {
                entry.getStyleClass().add("double-booked");
            }
            byCalendar.computeIfAbsent(calendars.get(v.appointment().providerId()), c -> new ArrayList<>()).add(entry);
        }
        for (Calendar calendar : calendars.values()) {
            if (replace) {
                calendar.clear();
            }
            calendar.addEntries(byCalendar.getOrDefault(calendar, List.of()));
        }
    }

    private interface WeekShower {
        void show(Week week) throws Exception;
    }

    private interface FxStep {
        void run() throws Exception;
    }

    /** Shows the first week, then pages a year forward and back, timing each until its visits are laid out. */
    private static void measure(String mode, BorderPane host, List<Week> weeks, WeekShower shower, Supplier<Integer> shownVisits)
            throws Exception {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            order.add(i);
        }
        for (int i = weeks.size() - 2; i >= 0; i--) {
            order.add(i);
        }
        List<Long> switches = new ArrayList<>();
        long first = 0;
        for (int n = 0; n < order.size(); n++) {
            Week week = weeks.get(order.get(n));
            int expected = week.visits().size();
            long elapsed = timeToDrawn(host.getScene(), () -> shower.show(week),
                    () -> shownVisits.get() == expected && shownVisits.get() > 0);
            if (n == 0) {
                first = elapsed;
            } else {
                switches.add(elapsed);
            }
        }
        System.out.printf("%s: first week (control created) %.1f ms; week switches %s%n", mode, first / 1e6, percentiles(switches));
    }

    private static long timeToDrawn(Scene scene, FxStep show, BooleanSupplier drawn) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        long[] start = new long[1];
        long[] end = new long[1];
        Runnable[] probe = new Runnable[1];
        probe[0] = () -> {
            if (drawn.getAsBoolean()) {
                end[0] = System.nanoTime();
                scene.removePostLayoutPulseListener(probe[0]);
                done.countDown();
            }
        };
        WindowDriver.onFx(() -> {
            scene.addPostLayoutPulseListener(probe[0]);
            start[0] = System.nanoTime();
            show.run();
            return null;
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("week not drawn");
        }
        return end[0] - start[0];
    }

    /** Visible nodes of {@code type} under {@code root}. */
    private static int count(Parent root, Class<? extends Node> type) {
        int n = 0;
        for (Node child : root.getChildrenUnmodifiable()) {
            if (!child.isVisible()) {
                continue;
            }
            if (type.isInstance(child)) {
                n++;
            }
            if (child instanceof Parent p) {
                n += count(p, type);
            }
        }
        return n;
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d", sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6, sorted.get(sorted.size() - 1) / 1e6, sorted.size());
    }

    private static String status(String key) throws java.io.IOException {
        for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(key + ":")) {
                return line.replaceAll("\\s+", " ");
            }
        }
        return key + ": n/a";
    }
}
