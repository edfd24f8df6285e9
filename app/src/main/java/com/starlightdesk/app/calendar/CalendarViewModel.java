package com.starlightdesk.app.calendar;

import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.patients.NewPatientViewModel;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.VisitTypes;
import com.starlightdesk.data.domain.WorkingHours;
import com.starlightdesk.data.repo.PracticeData;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The practice calendar: day, week or month in the practice's time zone, loaded for the visible range
 * only; one colour per provider and a filter of the active providers (a provider user linked to one of
 * them opens on their own); book, edit, move, resize and move visits along their statuses; warns about
 * double bookings. A deactivated provider takes no new visits and has no filter entry, but their visits
 * stay on the calendar, marked. The neighbouring ranges are read ahead in the background
 * ({@link VisitCache}). Confined to the FX thread; needs no toolkit.
 */
public final class CalendarViewModel {
    /** Times snap to quarter hours. */
    public static final int SNAP_MINUTES = 15;

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.US);
    private static final DateTimeFormatter DAY_TITLE = DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.US);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM d", Locale.US);

    private final Session session;
    private final PracticeData data;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ZoneId zone;
    private final VisitReader reader;
    private final VisitCache cache = new VisitCache();
    private final BookingForm booking;

    private final ObjectProperty<CalendarMode> mode = new SimpleObjectProperty<>(CalendarMode.WEEK);
    private final ObjectProperty<LocalDate> anchor = new SimpleObjectProperty<>();
    private final ObjectProperty<CalendarRange> range = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObservableList<ProviderChoice> providers = FXCollections.observableArrayList();
    private final ObservableList<CalendarVisit> visits = FXCollections.observableArrayList();
    private final StringProperty warning = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty providersRead = new SimpleBooleanProperty(false);
    private final IntegerProperty booked = new SimpleIntegerProperty(0);
    private final ObjectProperty<WorkingHours> hours = new SimpleObjectProperty<>();
    private final ObjectProperty<VisitTypes> visitTypes = new SimpleObjectProperty<>();
    private List<CalendarVisit> loaded = List.of();
    /** The deactivated providers, whose visits show (marked) but who take no new ones. */
    private List<ProviderChoice> inactive = List.of();
    private boolean providersShown;
    private long loadTicket;
    private boolean started;
    private String actionWarning = "";
    private final List<Runnable> bookingListeners = new ArrayList<>();

    /** The calendar; the booking form's "New patient?" opens {@code newPatient}, whose saved patient it then books. */
    public CalendarViewModel(Session session, TaskExecutor executor, Clock clock, NewPatientViewModel newPatient) {
        this.session = session;
        this.data = session.data();
        this.executor = executor;
        this.clock = clock;
        this.zone = session.zone();
        this.reader = new VisitReader(data, zone);
        this.booking = new BookingForm(data, executor, zone, hours::get, visitTypes::get);
        booking.patientPicker().offerNewPatient(typed -> newPatient.open(typed, booking.patientPicker()::pick));
        hours.set(session.practice().hours());
        visitTypes.set(session.practice().visitTypeDefaults());
        anchor.set(today());
        mode.addListener((obs, old, now) -> show());
        anchor.addListener((obs, old, now) -> show());
        // A sync brought other desks' changes, or settings changed the working hours: the practice's hours,
        // the patients' names and the visible range are read again (a visit booked on another desk appears,
        // with its double-booking mark; a renamed patient shows the new name) and nothing read ahead is kept.
        // Settings or a sync may also have added, changed or deactivated providers: they are read again too.
        session.changes().addListener(() -> {
            reader.forgetNames();
            readPractice();
            if (started) {
                readProviders();
            } else {
                reload();
            }
        });
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean canSchedule() {
        return session.permissions().canSchedule();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /**
     * Loads the providers and, in the same background task, the visible range (the screen is being
     * built meanwhile); then shows it and reads its neighbours ahead. Once per model: later calls do nothing.
     */
    public void start() {
        if (started) {
            return;
        }
        started = true;
        CalendarRange first = CalendarRange.of(mode.get(), anchor.get());
        long generation = cache.generation();
        executor.submit(() -> {
            List<ProviderChoice> choices = choices(data.office().providers());
            Map<UUID, ProviderChoice> byId = byId(choices);
            Optional<Practice> practice = data.office().practice();
            return new FirstRead(choices, byId, reader.read(first, byId), practice.map(Practice::hours).orElse(hours.get()),
                    practice.map(Practice::visitTypeDefaults).orElse(visitTypes.get()));
        }, read -> {
            hours.set(read.hours());
            visitTypes.set(read.visitTypes());
            keep(first, read.visits(), generation, read.byId());
            showProviders(read.providers());
            show();
        }, this::failed);
    }

    /** Every provider, active or not, each with its own colour class. */
    private static List<ProviderChoice> choices(List<Provider> found) {
        List<ProviderChoice> choices = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            choices.add(new ProviderChoice(found.get(i), i));
        }
        return choices;
    }

    /** Reads the providers again (added, changed or deactivated elsewhere), then the visible range. */
    private void readProviders() {
        executor.submit(() -> choices(data.office().providers()), read -> {
            showProviders(read);
            reload();
        }, this::failed);
    }

    /**
     * Puts the active providers in the filter and keeps the deactivated ones aside. Providers already in
     * the filter keep their shown state; the first time, a signed-in user linked to an active provider
     * sees only that provider's visits (the others are a click away in the filter).
     */
    private void showProviders(List<ProviderChoice> all) {
        Map<UUID, Boolean> wasShown = providers.stream()
                .collect(Collectors.toMap(c -> c.provider().id(), c -> c.shownProperty().get()));
        List<ProviderChoice> active = all.stream().filter(c -> c.provider().isActive()).toList();
        UUID me = session.user().id();
        boolean linked = active.stream().anyMatch(c -> me.equals(c.provider().userId()));
        for (ProviderChoice c : active) {
            boolean shown = providersShown ? wasShown.getOrDefault(c.provider().id(), true) : !linked || me.equals(c.provider().userId());
            c.shownProperty().set(shown);
            c.shownProperty().addListener((obs, old, now) -> applyFilter());
        }
        providersShown = true;
        providersRead.set(true);
        inactive = all.stream().filter(c -> !c.provider().isActive()).toList();
        providers.setAll(active);
    }

    private record FirstRead(List<ProviderChoice> providers, Map<UUID, ProviderChoice> byId, List<CalendarVisit> visits,
            WorkingHours hours, VisitTypes visitTypes) {
    }

    /** Reads the practice's working hours and visit types again (they change in Settings, or by sync from another desk). */
    private void readPractice() {
        executor.submit(() -> data.office().practice(), read -> read.ifPresent(practice -> {
            hours.set(practice.hours());
            visitTypes.set(practice.visitTypeDefaults());
        }), this::failed);
    }

    public void showToday() {
        anchor.set(today());
    }

    public void next() {
        anchor.set(CalendarRange.step(mode.get(), anchor.get(), 1));
    }

    public void previous() {
        anchor.set(CalendarRange.step(mode.get(), anchor.get(), -1));
    }

    /** Shows one day (from the month view). */
    public void showDay(LocalDate day) {
        anchor.set(day);
        mode.set(CalendarMode.DAY);
    }

    /** Reads the visible range again from the store, forgetting the ranges read ahead. */
    public void reload() {
        cache.clear();
        show();
    }

    /**
     * Shows the visible range: from memory when it was read ahead, otherwise read from the store. Then
     * the neighbouring ranges (previous and next) are read ahead in the background.
     */
    private void show() {
        CalendarRange visible = CalendarRange.of(mode.get(), anchor.get());
        range.set(visible);
        title.set(titleOf(mode.get(), visible, anchor.get()));
        long ticket = ++loadTicket;
        List<CalendarVisit> kept = cache.get(visible);
        if (kept != null) {
            loading.set(false);
            loaded = kept;
            applyFilter();
            readAhead();
            return;
        }
        loading.set(true);
        Map<UUID, ProviderChoice> byId = providersById();
        long generation = cache.generation();
        executor.submit(() -> reader.read(visible, byId), read -> {
            keep(visible, read, generation, byId);
            if (ticket != loadTicket) {
                return;
            }
            loading.set(false);
            loaded = read;
            applyFilter();
            readAhead();
        }, this::failed);
    }

    /** Reads the ranges before and after the visible one in the background, unless they are in memory. */
    private void readAhead() {
        if (providers.isEmpty()) {
            return;
        }
        Map<UUID, ProviderChoice> byId = providersById();
        for (int step : new int[] {1, -1}) {
            CalendarRange neighbour = CalendarRange.of(mode.get(), CalendarRange.step(mode.get(), anchor.get(), step));
            long generation = cache.generation();
            if (cache.startReading(neighbour)) {
                executor.submit(() -> reader.read(neighbour, byId), read -> keep(neighbour, read, generation, byId),
                        failure -> cache.readFailed(neighbour, generation));
            }
        }
    }

    private void keep(CalendarRange read, List<CalendarVisit> visits, long generation, Map<UUID, ProviderChoice> byId) {
        if (!byId.isEmpty()) { // read before the providers were known: their names and colours are missing
            cache.put(read, visits, generation);
        }
    }

    private Map<UUID, ProviderChoice> providersById() {
        return byId(everyProvider());
    }

    private static Map<UUID, ProviderChoice> byId(List<ProviderChoice> choices) {
        return choices.stream().collect(Collectors.toMap(c -> c.provider().id(), Function.identity()));
    }

    /** Shows the visits of the providers shown by the filter, and every visit of a deactivated provider. */
    private void applyFilter() {
        Set<UUID> shown = providers.stream().filter(c -> c.shownProperty().get()).map(c -> c.provider().id()).collect(Collectors.toSet());
        inactive.forEach(c -> shown.add(c.provider().id()));
        List<CalendarVisit> visible = loaded.stream().filter(v -> shown.contains(v.appointment().providerId())).toList();
        booked.set(loaded.size());
        visits.setAll(visible);
        long clashes = visible.stream().filter(CalendarVisit::doubleBooked).count();
        String standing = clashes == 0 ? "" : clashes + " visits on screen are double-booked (marked ⚠).";
        warning.set(actionWarning.isEmpty() ? standing : actionWarning + (standing.isEmpty() ? "" : " " + standing));
    }

    /**
     * Opens the booking form for a new visit from {@code from} on {@code day}: until {@code to} when a range
     * was chosen (dragged), or, when {@code to} is null, for the default length of the form's visit type.
     */
    public void book(LocalDate day, LocalTime from, LocalTime to) {
        book(day, from, to, null);
    }

    /**
     * As {@link #book(LocalDate, LocalTime, LocalTime)}, with {@code provider} chosen (null, or a deactivated
     * provider's column: the first shown).
     */
    public void book(LocalDate day, LocalTime from, LocalTime to, Provider provider) {
        if (!canSchedule()) {
            return;
        }
        LocalTime end = to == null || !to.isAfter(from) ? null : to;
        booking.openNew(day, from, end, provider == null || !provider.isActive() ? firstShownProvider() : provider);
    }

    /** The providers shown by the filter, in order. */
    public List<Provider> shownProviders() {
        return providers.stream().filter(c -> c.shownProperty().get()).map(ProviderChoice::provider).toList();
    }

    /**
     * The day view's provider columns: the providers shown by the filter, then each deactivated provider
     * with a visit on screen.
     */
    public List<Provider> columnProviders() {
        List<Provider> columns = new ArrayList<>(shownProviders());
        Set<UUID> onScreen = visits.stream().map(v -> v.appointment().providerId()).collect(Collectors.toSet());
        inactive.stream().map(ProviderChoice::provider).filter(p -> onScreen.contains(p.id())).forEach(columns::add);
        return columns;
    }

    /** Shows every active provider's visits (the filter's "All"). */
    public void showAllProviders() {
        providers.forEach(c -> c.shownProperty().set(true));
    }

    /** The active providers (the filter's), then the deactivated ones: each one's colour class. */
    public List<ProviderChoice> everyProvider() {
        List<ProviderChoice> every = new ArrayList<>(providers);
        every.addAll(inactive);
        return every;
    }

    /**
     * N: a new visit on the anchor day: today at the next quarter hour while the practice is open, otherwise
     * when the day opens (9:00 on a closed day).
     */
    public void bookNext() {
        LocalDate day = anchor.get();
        Optional<WorkingHours.Span> open = hours.get().on(day.getDayOfWeek());
        LocalTime at = open.map(WorkingHours.Span::opens).orElse(LocalTime.of(9, 0));
        if (day.equals(today()) && open.isPresent()) {
            at = nextQuarterHour().filter(open.get()::contains).orElse(at);
        }
        book(day, at, null);
    }

    /** The next quarter hour from now, today in the practice's zone; empty from 23:45 on. */
    Optional<LocalTime> nextQuarterHour() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        int minute = (now.getHour() * 60 + now.getMinute() + SNAP_MINUTES - 1) / SNAP_MINUTES * SNAP_MINUTES;
        return minute < 24 * 60 ? Optional.of(LocalTime.of(minute / 60, minute % 60)) : Optional.empty();
    }

    private Provider firstShownProvider() {
        return providers.stream().filter(c -> c.shownProperty().get()).map(ProviderChoice::provider).findFirst()
                .orElse(providers.isEmpty() ? null : providers.get(0).provider());
    }

    /**
     * Opens the booking form for a new visit of {@code type} for {@code patient}, from another screen (the recall
     * list's Book visit): today at the next quarter hour while the practice is open (otherwise when the day opens),
     * with the child's own provider when active, else the first shown; then whoever shows the calendar is told.
     */
    public void bookFor(Patient patient, AppointmentType type) {
        if (!canSchedule()) {
            return;
        }
        anchor.set(today());
        bookNext();
        everyProvider().stream().map(ProviderChoice::provider)
                .filter(p -> p.isActive() && p.id().equals(patient.primaryProviderId())).findFirst()
                .ifPresent(booking.providerProperty()::set);
        booking.choosePatient(patient);
        booking.typeProperty().set(type);
        bookingListeners.forEach(Runnable::run);
    }

    /** {@code listener} runs each time another screen opens the booking form (the shell then shows the calendar). */
    public void addBookingListener(Runnable listener) {
        bookingListeners.add(listener);
    }

    /** Opens the booking form on an existing visit. */
    public void edit(CalendarVisit visit) {
        Appointment a = visit.appointment();
        executor.submit(() -> data.patients().findById(a.patientId()).orElse(null), patient -> {
            Provider provider = everyProvider().stream().map(ProviderChoice::provider).filter(p -> p.id().equals(a.providerId()))
                    .findFirst().orElse(null);
            booking.openExisting(a, patient, provider);
        }, this::failed);
    }

    /** Saves the booking form (insert or update), then warns if it double-books. */
    public void saveBooking() {
        Appointment candidate = booking.toAppointment();
        if (candidate == null) {
            return;
        }
        boolean isNew = booking.isNew();
        Patient patient = booking.patientProperty().get();
        reader.remember(patient);
        write(candidate, isNew, true);
        booking.close();
    }

    /** Moves a visit to {@code day} at {@code from}, keeping its length. */
    public void move(CalendarVisit visit, LocalDate day, LocalTime from) {
        move(visit, day, from, null);
    }

    /**
     * Moves a visit, and to {@code provider} when not null (the day view's provider columns); a deactivated
     * provider takes no visit from another.
     */
    public void move(CalendarVisit visit, LocalDate day, LocalTime from, Provider provider) {
        Appointment a = visit.appointment();
        if (provider != null && !provider.isActive() && !provider.id().equals(a.providerId())) {
            failure.set(provider.name() + " is deactivated: visits cannot be moved to them");
            return;
        }
        Duration length = Duration.between(a.startTime(), a.endTime());
        ZonedDateTime start = ZonedDateTime.of(day, from, zone);
        Appointment moved = with(a, start.toInstant(), start.toInstant().plus(length), a.status());
        if (provider != null && !provider.id().equals(a.providerId())) {
            moved = new Appointment(a.id(), a.patientId(), provider.id(), moved.startTime(), moved.endTime(), a.status(),
                    a.appointmentType(), a.chiefComplaint(), a.notes());
        }
        write(moved, false, true);
    }

    /** Changes when a visit ends (resize). */
    public void resize(CalendarVisit visit, LocalTime newEnd) {
        Appointment a = visit.appointment();
        LocalDate day = a.startTime().atZone(zone).toLocalDate();
        ZonedDateTime end = ZonedDateTime.of(day, newEnd, zone);
        if (!end.toInstant().isAfter(a.startTime())) {
            return;
        }
        write(with(a, a.startTime(), end.toInstant(), a.status()), false, true);
    }

    /** Moves a visit along its life: confirm, check in, complete, cancel, no-show. */
    public void changeStatus(CalendarVisit visit, AppointmentStatus to) {
        Appointment a = visit.appointment();
        if (!VisitStatusFlow.next(a.status()).contains(to)) {
            failure.set("A " + VisitStatusFlow.label(a.status()).toLowerCase(Locale.ROOT) + " visit cannot become "
                    + VisitStatusFlow.label(to).toLowerCase(Locale.ROOT));
            return;
        }
        write(with(a, a.startTime(), a.endTime(), to), false, false);
    }

    private static Appointment with(Appointment a, java.time.Instant start, java.time.Instant end, AppointmentStatus status) {
        return new Appointment(a.id(), a.patientId(), a.providerId(), start, end, status, a.appointmentType(), a.chiefComplaint(), a.notes());
    }

    /** Saves a visit; warns about a double booking, and when {@code timeSet} about a time outside working hours. */
    private void write(Appointment appointment, boolean isNew, boolean timeSet) {
        failure.set("");
        cache.clear();
        executor.submit(() -> {
            data.writeAll(changes -> {
                if (isNew) {
                    changes.insert(appointment);
                } else {
                    changes.update(appointment);
                }
            });
            return CalendarVisit.isLive(appointment.status()) ? data.appointments().doubleBookings(appointment) : List.<Appointment>of();
        }, clashes -> {
            actionWarning = WorkingHoursWarning.join(DoubleBookingWarning.describe(clashes, appointment, zone),
                    timeSet && CalendarVisit.isLive(appointment.status()) ? WorkingHoursWarning.describe(appointment, hours.get(), zone) : "");
            reload(); // also drops reads that ran while the write did (they may hold the old visit)
        }, e -> {
            cache.clear();
            failed(e);
        });
    }

    /** Clears the warning of the last booking or move. */
    public void dismissWarning() {
        actionWarning = "";
        applyFilter();
    }

    private void failed(Throwable e) {
        loading.set(false);
        failure.set(SafeMessages.of(e));
    }

    private static String titleOf(CalendarMode mode, CalendarRange range, LocalDate anchor) {
        return switch (mode) {
            case DAY -> DAY_TITLE.format(anchor);
            case WEEK -> SHORT.format(range.first()) + " – " + SHORT.format(range.end().minusDays(1)) + ", " + range.end().minusDays(1).getYear();
            case MONTH -> MONTH_YEAR.format(anchor);
        };
    }

    public ObjectProperty<CalendarMode> modeProperty() { return mode; }
    public ObjectProperty<LocalDate> anchorProperty() { return anchor; }
    public ReadOnlyObjectProperty<CalendarRange> rangeProperty() { return range; }
    public ReadOnlyStringProperty titleProperty() { return title; }
    public ObservableList<ProviderChoice> providers() { return providers; }
    public ObservableList<CalendarVisit> visits() { return visits; }
    public ReadOnlyStringProperty warningProperty() { return warning; }
    public ReadOnlyStringProperty failureProperty() { return failure; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading; }
    /** The practice's visit types (default lengths and colours), as last read from the store. */
    public ReadOnlyObjectProperty<VisitTypes> visitTypesProperty() { return visitTypes; }
    /** True once the providers have been read (the first read is in the background). */
    public ReadOnlyBooleanProperty providersReadProperty() { return providersRead; }
    /** How many visits the visible range holds, whoever the filter shows. */
    public ReadOnlyIntegerProperty bookedProperty() { return booked; }
    /** The practice's working hours, as last read from the store. */
    public ReadOnlyObjectProperty<WorkingHours> hoursProperty() { return hours; }
    public BookingForm booking() { return booking; }
}
