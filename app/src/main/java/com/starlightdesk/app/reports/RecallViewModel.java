package com.starlightdesk.app.reports;

import com.starlightdesk.app.calendar.CalendarViewModel;
import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.patients.AgeUnit;
import com.starlightdesk.app.patients.ListChoice;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.codes.ImmunizationCodes;
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.AuditAction;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.StaffTask;
import com.starlightdesk.data.domain.TaskPriority;
import com.starlightdesk.data.domain.TaskStatus;
import com.starlightdesk.data.repo.ImmunizationRecall;
import com.starlightdesk.data.repo.ImmunizationRecall.Child;
import com.starlightdesk.data.repo.ImmunizationRecall.Criteria;
import com.starlightdesk.data.repo.ImmunizationRecall.RecallList;
import com.starlightdesk.data.repo.Tables;
import com.starlightdesk.app.print.DocumentFile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Reports place's immunization recall list ({@link ImmunizationRecall}) and its second report, the children due
 * within 30 days with no vaccination visit booked. The filters (days ahead, vaccine group, an age range in years or
 * months, own provider) work it out again as they change, in the background with progress (done of total children);
 * a new run stops the one before. A bad number is named at its field and nothing is worked out until it is fixed.
 * From a line: open the chart, book a vaccination visit (the calendar's booking form, for those who schedule), add a
 * follow-up call to Tasks (one per child chosen), and save what is shown as a CSV file. It reads the local store
 * only, so it works offline. Confined to the FX thread; needs no toolkit.
 */
public final class RecallViewModel {
    public static final String ANY_GROUP = "Any vaccine group";
    public static final ListChoice ANY_PROVIDER = ListChoice.any("Any provider");

    private final Session session;
    private final TaskExecutor executor;
    private final OpenChart chart;
    private final CalendarViewModel calendar;
    private final Clock clock;

    private final ObjectProperty<Report> report = new SimpleObjectProperty<>(Report.IMMUNIZATION_RECALL);
    private final StringProperty days = new SimpleStringProperty("30");
    private final ObservableList<String> groups = FXCollections.observableArrayList(ANY_GROUP);
    private final ObjectProperty<String> group = new SimpleObjectProperty<>(ANY_GROUP);
    private final StringProperty ageFrom = new SimpleStringProperty("");
    private final StringProperty ageTo = new SimpleStringProperty("");
    private final ObjectProperty<AgeUnit> ageUnit = new SimpleObjectProperty<>(AgeUnit.YEARS);
    private final ObservableList<ListChoice> providers = FXCollections.observableArrayList(ANY_PROVIDER);
    private final ObjectProperty<ListChoice> provider = new SimpleObjectProperty<>(ANY_PROVIDER);
    private final FieldErrors errors = new FieldErrors();
    private final ObservableList<Child> children = FXCollections.observableArrayList();
    private final ObjectProperty<RecallWords> words = new SimpleObjectProperty<>();
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty count = new SimpleStringProperty("");
    private final StringProperty done = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private long ticket;
    private AtomicBoolean running;
    private boolean started;

    public RecallViewModel(Session session, TaskExecutor executor, OpenChart chart, CalendarViewModel calendar, Clock clock) {
        this.session = session;
        this.executor = executor;
        this.chart = chart;
        this.calendar = calendar;
        this.clock = clock;
        words.set(new RecallWords(today(), session.zone()));
        for (Observable filter : List.<Observable>of(report, days, group, ageFrom, ageTo, ageUnit, provider)) {
            filter.addListener(o -> {
                if (started) {
                    work();
                }
            });
        }
        report.addListener((obs, old, now) -> {
            if (now == Report.DUE_WITHOUT_VACCINATION_VISIT) {
                days.set(Integer.toString(ImmunizationRecall.NO_VISIT_DAYS));
            }
        });
        session.changes().addListener(() -> {
            if (started) {
                work();
            }
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(session.zone()));
    }

    /**
     * Reads the filters' choices (vaccine groups, providers) and works the list out, the first time the place is
     * shown; later calls work it out again (the place came back on screen: visits may have been booked meanwhile).
     */
    public void start() {
        if (started) {
            work();
            return;
        }
        started = true;
        executor.submit(() -> new Choices(ImmunizationCodes.bundled().vaccineGroups(), session.data().office().providers()), read -> {
            List<String> names = new ArrayList<>(List.of(ANY_GROUP));
            names.addAll(read.groups());
            groups.setAll(names);
            List<ListChoice> choices = new ArrayList<>(List.of(ANY_PROVIDER));
            read.providers().stream().filter(Provider::isActive).forEach(p -> choices.add(ListChoice.of(p.id(), p.name())));
            providers.setAll(choices);
            work();
        }, e -> {
            failure.set("The filters' choices could not be read: " + SafeMessages.of(e));
            work();
        });
    }

    private record Choices(List<String> groups, List<Provider> providers) {
    }

    /** Works the list out for the filters as they stand, stopping a run still going. */
    public void work() {
        errors.clear();
        Criteria criteria = criteria();
        if (running != null) {
            running.set(true);
        }
        if (criteria == null) {
            working.set(false);
            return;
        }
        long mine = ++ticket;
        AtomicBoolean stop = new AtomicBoolean(false);
        running = stop;
        boolean withoutVisit = report.get() == Report.DUE_WITHOUT_VACCINATION_VISIT;
        working.set(true);
        failure.set("");
        progress.set(0);
        progressText.set("Working out each child's vaccines…");
        ImmunizationRecall recall = session.data().immunizationRecall();
        ImmunizationRecall.Progress told = new ImmunizationRecall.Progress() {
            @Override
            public void assessed(int n, int total) {
                executor.deliver(() -> {
                    if (mine == ticket) {
                        progress.set(total == 0 ? 1 : (double) n / total);
                        progressText.set(String.format("%,d of %,d children", n, total));
                    }
                });
            }

            @Override
            public boolean cancelled() {
                return stop.get();
            }
        };
        executor.submit(() -> {
            RecallList list = recall.list(criteria, told);
            return withoutVisit ? new RecallList(list.today(), criteria, list.assessed(),
                    list.children().stream().filter(c -> c.nextVaccinationVisit() == null).toList()) : list;
        }, list -> {
            if (mine != ticket) {
                return;
            }
            working.set(false);
            words.set(new RecallWords(list.today(), session.zone()));
            children.setAll(list.children());
            int n = list.children().size();
            count.set(String.format("%,d %s of %,d assessed", n, n == 1 ? "child" : "children", list.assessed()));
        }, e -> {
            if (mine != ticket || e instanceof CancellationException) {
                return;
            }
            working.set(false);
            failure.set("The list could not be worked out: " + SafeMessages.of(e));
        });
    }

    /** The criteria the filters say, or null with each bad field named. */
    private Criteria criteria() {
        Integer ahead = errors.wholeNumber("days", days.get(), 0, ImmunizationRecall.MOST_DAYS, "a number of days");
        if (ahead == null && !errors.of("days").get().isEmpty()) {
            return null;
        }
        AgeUnit unit = ageUnit.get() == null ? AgeUnit.YEARS : ageUnit.get();
        Integer from = errors.wholeNumber("ageFrom", ageFrom.get(), 0, unit.most(), "an age in " + unit.label());
        Integer to = errors.wholeNumber("ageTo", ageTo.get(), 0, unit.most(), "an age in " + unit.label());
        if (from != null && to != null && to < from) {
            errors.set("ageTo", "Must not be below the age it starts from");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        // An age in years is whole years: "1 to 2 years" takes a child up to the day before their third birthday.
        Integer fromMonths = from == null ? null : unit == AgeUnit.YEARS ? from * 12 : from;
        Integer toMonths = to == null ? null : unit == AgeUnit.YEARS ? to * 12 + 11 : to;
        String chosenGroup = ANY_GROUP.equals(group.get()) ? null : group.get();
        ListChoice chosenProvider = provider.get();
        return new Criteria(ahead == null ? 0 : ahead, chosenGroup, fromMonths, toMonths,
                chosenProvider == null || chosenProvider.kind() != ListChoice.Kind.ONE ? null : chosenProvider.id());
    }


    /** Puts the filters back: 30 days, any group, age and provider. */
    public void clearFilters() {
        boolean was = started;
        started = false;
        days.set("30");
        group.set(ANY_GROUP);
        ageFrom.set("");
        ageTo.set("");
        ageUnit.set(AgeUnit.YEARS);
        provider.set(ANY_PROVIDER);
        started = was;
        if (started) {
            work();
        }
    }

    /** Opens {@code child}'s chart. */
    public void open(Child child) {
        if (child != null) {
            chart.open(child.patientId());
        }
    }

    /** Whether this user books visits (staff and admins). */
    public boolean canBook() {
        return session.permissions().canSchedule();
    }

    /** Opens the calendar's booking form on a vaccination visit for {@code child} (for those who book visits). */
    public void bookVisit(Child child) {
        if (child == null || !canBook()) {
            return;
        }
        done.set("");
        executor.submit(() -> session.data().patients().findById(child.patientId()).orElseThrow(), patient ->
                calendar.bookFor(patient, AppointmentType.VACCINATION), e -> failure.set("The visit could not be started: " + SafeMessages.of(e)));
    }

    /**
     * Adds a follow-up call to Tasks for each of {@code chosen}: assigned to the signed-in user, due today, high
     * priority when a group is overdue; the groups due are in its description.
     */
    public void createTasks(List<Child> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        RecallWords w = words.get();
        LocalDate due = today();
        List<StaffTask> tasks = chosen.stream().map(c -> new StaffTask(Ids.next(), c.patientId(), session.user().id(),
                c.isOverdue() ? "Call about overdue vaccines" : "Call about vaccines due", "Due: " + w.groups(c), due, TaskStatus.OPEN,
                c.isOverdue() ? TaskPriority.HIGH : TaskPriority.MEDIUM)).toList();
        done.set("");
        failure.set("");
        executor.submit(() -> session.data().tasks().add(tasks), added -> done.set(added.size() == 1
                ? "A follow-up call about " + chosen.get(0).firstName() + " " + chosen.get(0).lastName() + " is added to Tasks."
                : added.size() + " follow-up calls are added to Tasks."), e -> failure.set("The tasks could not be added: " + SafeMessages.of(e)));
    }

    /** Saves {@code shown} (the table's lines in its order) to {@code file} as CSV; the export is recorded in the audit log. */
    public void exportCsv(List<Child> shown, Path file) {
        byte[] bytes = RecallCsv.of(List.copyOf(shown), words.get());
        done.set("");
        failure.set("");
        executor.submit(() -> {
            DocumentFile.write(file, out -> out.write(bytes));
            session.data().writeAll(c -> c.auditBulk(AuditAction.EXPORT, Tables.IMMUNIZATIONS.name()));
            return shown.size();
        }, n -> done.set(String.format("%,d %s saved to %s.", n, n == 1 ? "line" : "lines", file.getFileName())),
                e -> failure.set("The file could not be saved: " + SafeMessages.of(e)));
    }

    /** The name offered for the CSV file: the report and today, no patient's name. */
    public String fileName() {
        return (report.get() == Report.IMMUNIZATION_RECALL ? "immunization-recall-" : "due-no-vaccination-visit-") + today() + ".csv";
    }

    public ObjectProperty<Report> reportProperty() { return report; }
    public StringProperty daysProperty() { return days; }
    public ObservableList<String> groups() { return groups; }
    public ObjectProperty<String> groupProperty() { return group; }
    public StringProperty ageFromProperty() { return ageFrom; }
    public StringProperty ageToProperty() { return ageTo; }
    public ObjectProperty<AgeUnit> ageUnitProperty() { return ageUnit; }
    public ObservableList<ListChoice> providers() { return providers; }
    public ObjectProperty<ListChoice> providerProperty() { return provider; }
    /** Messages at the number fields: days, ageFrom, ageTo. */
    public FieldErrors errors() { return errors; }
    /** The children listed, most urgent first; the table sorts its own view. */
    public ObservableList<Child> children() { return children; }
    /** How the lines are worded (as of the day the list was worked out). */
    public ReadOnlyObjectProperty<RecallWords> wordsProperty() { return words; }
    public ReadOnlyBooleanProperty workingProperty() { return working; }
    /** Children assessed of all, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() { return progress; }
    public ReadOnlyStringProperty progressTextProperty() { return progressText; }
    /** "12 children of 40 assessed". */
    public ReadOnlyStringProperty countProperty() { return count; }
    public ReadOnlyStringProperty doneProperty() { return done; }
    public ReadOnlyStringProperty failureProperty() { return failure; }
}
