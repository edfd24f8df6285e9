package com.starlightdesk.app.chart.problems;

import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.DiagnosisPickerViewModel;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.data.codes.DiagnosisCode;
import com.starlightdesk.data.codes.DiagnosisCodes;
import com.starlightdesk.data.domain.Diagnosis;
import com.starlightdesk.data.domain.DiagnosisStatus;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.repo.ProblemList;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chart's Problems section: the open patient's problem list (active and chronic first, then resolved
 * with their dates), a form that adds a problem picked from the ICD-10-CM set with its status and
 * diagnosed date (and resolved date, for a problem already resolved), and the changes of the problem
 * selected: make it active or chronic, resolve it on a date, put a resolved one back. Every write goes
 * through {@link ProblemList} on the {@link TaskExecutor}; a value it refuses shows at its field, then
 * the chart is read again ({@link OpenChart#changed()}) and the list follows it. Confined to the FX
 * thread; needs no toolkit.
 */
public final class ProblemsViewModel {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);
    /** The rules' field names as this form names its inputs. */
    private static final Map<String, String> ADD_FIELDS = Map.of("icd10Code", "code");
    private static final Map<String, String> CHANGE_FIELDS = Map.of("resolvedOn", "resolveOn");

    /** One problem as the list shows it. */
    public record Entry(Diagnosis problem) {
        /** {@code H66.90 Otitis media, unspecified, unspecified ear}. */
        public String title() {
            return problem.icd10Code() + " " + problem.description();
        }

        /** "Active · diagnosed Dec 1, 2026", or "Resolved Dec 3, 2026 · diagnosed Dec 1, 2026". */
        public String detail() {
            String diagnosed = "diagnosed " + DAY.format(problem.diagnosedAt());
            return switch (problem.status()) {
                case ACTIVE -> "Active · " + diagnosed;
                case CHRONIC -> "Chronic · " + diagnosed;
                case RESOLVED -> "Resolved" + (problem.resolvedOn() == null ? "" : " " + DAY.format(problem.resolvedOn()))
                        + " · " + diagnosed;
            };
        }

        public boolean isResolved() {
            return problem.status() == DiagnosisStatus.RESOLVED;
        }
    }

    private final OpenChart chart;
    private final TaskExecutor executor;
    private final DiagnosisCodes codes;
    private final Clock clock;
    private final DiagnosisPickerViewModel picker;
    private final ObservableList<Entry> problems = FXCollections.observableArrayList();
    private final ObjectProperty<DiagnosisCode> chosen = new SimpleObjectProperty<>();
    private final ObjectProperty<DiagnosisStatus> status = new SimpleObjectProperty<>(DiagnosisStatus.ACTIVE);
    private final ObjectProperty<LocalDate> diagnosedAt = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> resolvedOn = new SimpleObjectProperty<>();
    private final FieldErrors errors = new FieldErrors();
    private final ObjectProperty<Entry> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> resolveOn = new SimpleObjectProperty<>();
    private final FieldErrors changeErrors = new FieldErrors();
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty chosenText = new SimpleStringProperty("");

    public ProblemsViewModel(OpenChart chart, TaskExecutor executor, DiagnosisCodes codes, Clock clock) {
        this.chart = chart;
        this.executor = executor;
        this.codes = codes;
        this.clock = clock;
        this.picker = new DiagnosisPickerViewModel(codes, executor, this::choose);
        chosenText.bind(Bindings.createStringBinding(() -> chosen.get() == null ? "" : chosen.get().label(), chosen));
        diagnosedAt.set(today());
        resolveOn.set(today());
        chart.revisionProperty().addListener((obs, old, now) -> show());
        chart.patientProperty().addListener((obs, old, now) -> {
            resetForm();
            selected.set(null);
            failure.set("");
            show();
        });
        selected.addListener((obs, old, now) -> changeErrors.clear());
        show();
    }

    private void choose(DiagnosisCode code) {
        chosen.set(code);
        errors.set("code", "");
    }

    /** Lists the problems of the chart as last read, keeping the selected one selected. */
    private void show() {
        OpenChart.Read read = chart.readProperty().get();
        UUID keep = selected.get() == null ? null : selected.get().problem().id();
        List<Entry> entries = read == null ? List.of()
                : read.chart().diagnoses().stream().sorted(ProblemList.ORDER).map(Entry::new).toList();
        problems.setAll(entries);
        selected.set(entries.stream().filter(e -> e.problem().id().equals(keep)).findFirst().orElse(null));
    }

    /** Adds the chosen code to the problem list with the form's status and dates. */
    public void add() {
        UUID patient = chart.patientProperty().get();
        errors.clear();
        failure.set("");
        if (patient == null || busy.get()) {
            return;
        }
        DiagnosisCode code = chosen.get();
        if (code == null) {
            errors.set("code", picker.queryProperty().get().isBlank() ? "Pick a diagnosis from the list"
                    : "Pick one of the listed codes (Enter picks the highlighted one)");
            return;
        }
        DiagnosisStatus as = status.get();
        LocalDate diagnosed = diagnosedAt.get();
        LocalDate resolved = as == DiagnosisStatus.RESOLVED ? resolvedOn.get() : null;
        write(() -> rules().add(patient, code.code(), as, diagnosed, resolved), added -> resetForm(), errors, ADD_FIELDS);
    }

    /** Makes the selected problem active (a resolved one comes back without its resolved date). */
    public void makeActive() {
        change(id -> rules().changeStatus(id, DiagnosisStatus.ACTIVE));
    }

    /** Makes the selected problem chronic (a resolved one comes back without its resolved date). */
    public void makeChronic() {
        change(id -> rules().changeStatus(id, DiagnosisStatus.CHRONIC));
    }

    /** Resolves the selected problem on {@link #resolveOnProperty()}'s date. */
    public void resolve() {
        LocalDate on = resolveOn.get();
        change(id -> rules().resolve(id, on));
    }

    private void change(java.util.function.Function<UUID, Diagnosis> work) {
        Entry entry = selected.get();
        changeErrors.clear();
        failure.set("");
        if (entry == null || busy.get()) {
            return;
        }
        UUID id = entry.problem().id();
        write(() -> work.apply(id), changed -> { }, changeErrors, CHANGE_FIELDS);
    }

    private void write(Callable<Diagnosis> work, Consumer<Diagnosis> then, FieldErrors at, Map<String, String> fields) {
        busy.set(true);
        executor.submit(work, written -> {
            busy.set(false);
            then.accept(written);
            chart.changed();
        }, e -> {
            busy.set(false);
            if (e instanceof ValidationException invalid) {
                at.set(invalid, fields);
            } else {
                failure.set("The problem list was not changed: " + SafeMessages.of(e));
            }
        });
    }

    private ProblemList rules() {
        return new ProblemList(chart.session().data(), codes);
    }

    private void resetForm() {
        picker.clear();
        chosen.set(null);
        status.set(DiagnosisStatus.ACTIVE);
        diagnosedAt.set(today());
        resolvedOn.set(null);
        resolveOn.set(today());
        errors.clear();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(chart.session().zone()));
    }

    /** Whether the selected problem can be made active / chronic / resolved (it is not already). */
    public BooleanBinding canMakeActive() {
        return canChangeTo(DiagnosisStatus.ACTIVE);
    }

    public BooleanBinding canMakeChronic() {
        return canChangeTo(DiagnosisStatus.CHRONIC);
    }

    public BooleanBinding canResolve() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && !busy.get(), selected, busy);
    }

    private BooleanBinding canChangeTo(DiagnosisStatus to) {
        return Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().problem().status() != to && !busy.get(),
                selected, busy);
    }

    /** The type-ahead of the add form. */
    public DiagnosisPickerViewModel picker() { return picker; }
    /** The problems, in {@link ProblemList#ORDER}. */
    public ObservableList<Entry> problems() { return problems; }
    /** The code picked for the next problem (null until one is). */
    public ReadOnlyObjectProperty<DiagnosisCode> chosenProperty() { return chosen; }
    /** "H66.90 Otitis media, …" for the code picked, "" before. */
    public ReadOnlyStringProperty chosenTextProperty() { return chosenText; }
    public ObjectProperty<DiagnosisStatus> statusProperty() { return status; }
    public ObjectProperty<LocalDate> diagnosedAtProperty() { return diagnosedAt; }
    /** The resolved date of a problem added as resolved. */
    public ObjectProperty<LocalDate> resolvedOnProperty() { return resolvedOn; }
    /** The add form's messages: {@code code}, {@code status}, {@code diagnosedAt}, {@code resolvedOn}. */
    public FieldErrors errors() { return errors; }
    /** The problem the changes apply to. */
    public ObjectProperty<Entry> selectedProperty() { return selected; }
    /** The date Resolve gives the selected problem (today unless changed). */
    public ObjectProperty<LocalDate> resolveOnProperty() { return resolveOn; }
    /** The changes' messages: {@code resolveOn}, {@code status}. */
    public FieldErrors changeErrors() { return changeErrors; }
    /** A failure that belongs to no field, for the section's banner. */
    public ReadOnlyStringProperty failureProperty() { return failure; }
    /** Whether a write is on its way. */
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
}
