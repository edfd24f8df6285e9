package com.starlightdesk.app.patients;

import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.repo.PatientRow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Patients list: every patient of the practice in one background read ({@code PatientList}), and the
 * filters the front desk narrows it with, applied here as they change: status (active, prospect,
 * inactive; any of those ticked), an age range in years or months, plan, own provider, and "last visit
 * more than N months ago" (a patient never seen passes too). A bad number is named at its field and that
 * filter is left out until it is fixed. The list reads again when the place comes on screen, when a sync
 * brought changes and when an open chart changed; opening a row opens its chart. Confined to the FX
 * thread; needs no toolkit.
 */
public final class PatientListViewModel {
    public static final ListChoice ANY_PLAN = ListChoice.any("Any plan");
    public static final ListChoice NO_PLAN = ListChoice.none("No plan");
    public static final ListChoice ANY_PROVIDER = ListChoice.any("Any provider");
    public static final ListChoice NO_PROVIDER = ListChoice.none("No provider");
    /** The most months "not seen for" takes (20 years). */
    static final int MOST_MONTHS_NOT_SEEN = 240;

    /** Where a patient stands in the list's status filter. */
    public enum Standing {
        ACTIVE("Active"), PROSPECT("Prospect"), INACTIVE("Inactive");

        private final String label;

        Standing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** An inactive patient is inactive whatever their status; otherwise an enrolled patient or a prospect. */
        public static Standing of(PatientRow row) {
            return !row.isActive() ? INACTIVE : row.status() == PatientStatus.PROSPECT ? PROSPECT : ACTIVE;
        }
    }

    private final Session session;
    private final TaskExecutor executor;
    private final OpenChart chart;
    private final Clock clock;

    private final ObservableList<PatientRow> all = FXCollections.observableArrayList();
    private final FilteredList<PatientRow> shown = new FilteredList<>(all);
    private final BooleanProperty activeShown = new SimpleBooleanProperty(true);
    private final BooleanProperty prospectShown = new SimpleBooleanProperty(true);
    private final BooleanProperty inactiveShown = new SimpleBooleanProperty(false);
    private final StringProperty ageFrom = new SimpleStringProperty("");
    private final StringProperty ageTo = new SimpleStringProperty("");
    private final ObjectProperty<AgeUnit> ageUnit = new SimpleObjectProperty<>(AgeUnit.YEARS);
    private final ObservableList<ListChoice> plans = FXCollections.observableArrayList(ANY_PLAN, NO_PLAN);
    private final ObjectProperty<ListChoice> plan = new SimpleObjectProperty<>(ANY_PLAN);
    private final ObservableList<ListChoice> providers = FXCollections.observableArrayList(ANY_PROVIDER, NO_PROVIDER);
    private final ObjectProperty<ListChoice> provider = new SimpleObjectProperty<>(ANY_PROVIDER);
    private final StringProperty notSeenMonths = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();
    private final StringProperty count = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>();
    private long reading;

    public PatientListViewModel(Session session, TaskExecutor executor, OpenChart chart, Clock clock) {
        this.session = session;
        this.executor = executor;
        this.chart = chart;
        this.clock = clock;
        for (Observable filter : List.<Observable>of(activeShown, prospectShown, inactiveShown, ageFrom, ageTo, ageUnit,
                plan, provider, notSeenMonths)) {
            filter.addListener(o -> applyFilters());
        }
        shown.predicateProperty().addListener(o -> count());
        all.addListener((Observable o) -> count());
        session.changes().addListener(this::load);
        // An open chart that was read again (a section saved, a sync) may have changed its patient's line, and a chart
        // opened that the list does not hold is a new patient's. Opening a listed patient's chart changes no line:
        // reading the whole list then would only compete with the chart's own read.
        chart.rereadProperty().addListener(o -> load());
        chart.patientProperty().addListener((obs, old, id) -> {
            if (id != null && all.stream().noneMatch(row -> row.id().equals(id))) {
                load();
            }
        });
        applyFilters();
    }

    /** Reads the practice's patients in the background; the filters stay as they are. */
    public void load() {
        long ticket = ++reading;
        Instant now = clock.instant();
        executor.submit(() -> session.data().patientList().rows(now), rows -> {
            if (ticket == reading) {
                show(rows, LocalDate.ofInstant(now, session.zone()));
            }
        }, e -> {
            if (ticket == reading) {
                failure.set("The patients could not be read: " + SafeMessages.of(e));
            }
        });
    }

    private void show(List<PatientRow> rows, LocalDate on) {
        failure.set("");
        today.set(on);
        all.setAll(rows);
        choices(plans, ANY_PLAN, NO_PLAN, plan, rows, PatientRow::planId, PatientRow::planName);
        choices(providers, ANY_PROVIDER, NO_PROVIDER, provider, rows, PatientRow::providerId, PatientRow::providerName);
        loaded.set(true);
        applyFilters();
    }

    /** The choices of a filter by id: any, none, then each value the patients have, by name; the choice made stays. */
    private static void choices(ObservableList<ListChoice> list, ListChoice any, ListChoice none, ObjectProperty<ListChoice> chosen,
            List<PatientRow> rows, Function<PatientRow, UUID> id, Function<PatientRow, String> name) {
        Map<UUID, String> seen = new LinkedHashMap<>();
        for (PatientRow row : rows) {
            if (id.apply(row) != null) {
                seen.putIfAbsent(id.apply(row), Objects.requireNonNullElse(name.apply(row), "Unnamed"));
            }
        }
        List<ListChoice> choices = new ArrayList<>(List.of(any, none));
        seen.entrySet().stream().sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                .forEach(e -> choices.add(ListChoice.of(e.getKey(), e.getValue())));
        ListChoice keep = chosen.get();
        list.setAll(choices);
        chosen.set(keep != null && choices.contains(keep) ? keep
                : keep != null && keep.kind() == ListChoice.Kind.ONE
                        ? choices.stream().filter(c -> keep.id().equals(c.id())).findFirst().orElse(any) : any);
    }

    private void applyFilters() {
        errors.clear();
        List<Predicate<PatientRow>> tests = new ArrayList<>();
        tests.add(row -> switch (Standing.of(row)) {
            case ACTIVE -> activeShown.get();
            case PROSPECT -> prospectShown.get();
            case INACTIVE -> inactiveShown.get();
        });
        LocalDate on = today.get() != null ? today.get() : LocalDate.now(clock.withZone(session.zone()));
        AgeUnit unit = ageUnit.get() == null ? AgeUnit.YEARS : ageUnit.get();
        Integer from = errors.wholeNumber("ageFrom", ageFrom.get(), 0, unit.most(), "an age in " + unit.label());
        Integer to = errors.wholeNumber("ageTo", ageTo.get(), 0, unit.most(), "an age in " + unit.label());
        if (from != null && to != null && to < from) {
            errors.set("ageTo", "Must not be below the age it starts from");
            to = null;
        }
        if (from != null) {
            int least = from;
            tests.add(row -> unit.of(row.dateOfBirth(), on) >= least);
        }
        if (to != null) {
            int most = to;
            tests.add(row -> unit.of(row.dateOfBirth(), on) <= most);
        }
        ListChoice planChoice = plan.get();
        if (planChoice != null) {
            tests.add(row -> planChoice.matches(row.planId()));
        }
        ListChoice providerChoice = provider.get();
        if (providerChoice != null) {
            tests.add(row -> providerChoice.matches(row.providerId()));
        }
        Integer months = errors.wholeNumber("notSeenMonths", notSeenMonths.get(), 1, MOST_MONTHS_NOT_SEEN, "a number of months");
        if (months != null) {
            Instant since = on.minusMonths(months).atStartOfDay(session.zone()).toInstant();
            tests.add(row -> row.lastVisit() == null || row.lastVisit().isBefore(since));
        }
        shown.setPredicate(row -> tests.stream().allMatch(t -> t.test(row)));
    }

    private void count() {
        int total = all.size();
        count.set(!loaded.get() ? "" : shown.size() == total ? total + (total == 1 ? " patient" : " patients")
                : shown.size() + " of " + total + " patients");
    }

    /** Puts every filter back to its start: active and prospect patients, any age, plan and provider. */
    public void clearFilters() {
        activeShown.set(true);
        prospectShown.set(true);
        inactiveShown.set(false);
        ageFrom.set("");
        ageTo.set("");
        ageUnit.set(AgeUnit.YEARS);
        plan.set(ANY_PLAN);
        provider.set(ANY_PROVIDER);
        notSeenMonths.set("");
    }

    /** Opens {@code row}'s chart at its front page. */
    public void open(PatientRow row) {
        if (row != null) {
            chart.open(row.id());
        }
    }

    /** The clinic's age of {@code row}'s patient today (as of the last read). */
    public String age(PatientRow row) {
        LocalDate on = today.get() != null ? today.get() : LocalDate.now(clock.withZone(session.zone()));
        return com.starlightdesk.data.domain.PatientAge.of(row.dateOfBirth(), on);
    }

    /** The plan as the list shows it ("Toddler (paused)"), or "" without one. */
    public static String planLabel(PatientRow row) {
        return row.planName() == null ? "" : row.planName() + (row.planPaused() ? " (paused)" : "");
    }

    /** Orders ages by the birth date behind them: youngest first. */
    public static Comparator<LocalDate> byAge() {
        return Comparator.nullsLast(Comparator.<LocalDate>reverseOrder());
    }

    public java.time.ZoneId zone() {
        return session.zone();
    }

    /** The patients the filters let through, in the order read (by name); the table sorts its own view. */
    public ObservableList<PatientRow> shown() { return shown; }
    /** Every patient read. */
    public ObservableList<PatientRow> all() { return all; }
    public BooleanProperty activeShownProperty() { return activeShown; }
    public BooleanProperty prospectShownProperty() { return prospectShown; }
    public BooleanProperty inactiveShownProperty() { return inactiveShown; }
    public StringProperty ageFromProperty() { return ageFrom; }
    public StringProperty ageToProperty() { return ageTo; }
    public ObjectProperty<AgeUnit> ageUnitProperty() { return ageUnit; }
    public ObservableList<ListChoice> plans() { return plans; }
    public ObjectProperty<ListChoice> planProperty() { return plan; }
    public ObservableList<ListChoice> providers() { return providers; }
    public ObjectProperty<ListChoice> providerProperty() { return provider; }
    public StringProperty notSeenMonthsProperty() { return notSeenMonths; }
    /** Messages at the number fields: ageFrom, ageTo, notSeenMonths. */
    public FieldErrors errors() { return errors; }
    /** "12 of 40 patients", or "40 patients" when nothing is filtered out. */
    public ReadOnlyStringProperty countProperty() { return count; }
    public ReadOnlyStringProperty failureProperty() { return failure; }
    /** True once the patients were read at least once. */
    public ReadOnlyBooleanProperty loadedProperty() { return loaded; }
}
