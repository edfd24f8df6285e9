package com.starlightdesk.app.chart.immunizations;

import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.data.codes.ImmunizationCodes;
import com.starlightdesk.data.codes.ObservationCode;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.ImmunizationObservation;
import com.starlightdesk.data.domain.ObservationKind;
import com.starlightdesk.data.domain.ObservationRemoval;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.repo.Immunizations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The entry of what the schedule must know besides the doses: a family's refusal of a vaccine group (the schedule's
 * groups), or an immunity, contraindication or indication picked from the schedule's observation codes of that kind,
 * each with the day and an optional note; and the removal of one with its reason. The rules are the repository's
 * ({@link Immunizations#addObservation}, {@link Immunizations#removeObservation}); a broken one shows at its field.
 * Confined to the FX thread; needs no toolkit.
 */
public final class ObservationsViewModel {
    /** What the form is doing. */
    public enum Mode { CLOSED, REFUSAL, OBSERVATION, REMOVE }

    /** The kinds of coded observation entered here. */
    public static final List<ObservationKind> CODED_KINDS = List.of(ObservationKind.IMMUNITY, ObservationKind.CONTRAINDICATION,
            ObservationKind.INDICATION);
    private static final Set<String> FIELDS = Set.of("vaccineGroup", "kind", "observationCode", "observedOn", "note", "removalReason",
            "removalNote");

    private final OpenChart chart;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ImmunizationCodes codes = ImmunizationCodes.bundled();

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.CLOSED);
    private final StringProperty formTitle = new SimpleStringProperty("");
    private final ObjectProperty<String> vaccineGroup = new SimpleObjectProperty<>();
    private final ObjectProperty<ObservationKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<ObservationCode> code = new SimpleObjectProperty<>();
    private final ObservationPickerViewModel picker;
    private final ObjectProperty<LocalDate> observedOn = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<ImmunizationObservation> removing = new SimpleObjectProperty<>();
    private final ObjectProperty<ObservationRemoval> removalReason = new SimpleObjectProperty<>();
    private final StringProperty removalNote = new SimpleStringProperty("");
    private final StringProperty done = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final FieldErrors errors = new FieldErrors();

    public ObservationsViewModel(OpenChart chart, TaskExecutor executor, Clock clock) {
        this.chart = chart;
        this.executor = executor;
        this.clock = clock;
        this.picker = new ObservationPickerViewModel(codes, kind::get, executor, picked -> {
            errors.set("observationCode", "");
            code.set(picked);
        });
        kind.addListener((obs, old, now) -> {
            if (code.get() != null && (now == null || !code.get().kinds().contains(now))) {
                code.set(null);
            }
            picker.clear();
        });
        chart.patientProperty().addListener((obs, old, now) -> {
            cancel();
            done.set("");
            failure.set("");
        });
    }

    /** Opens the form for a refusal: the vaccine group, today, an optional note. */
    public void startRefusal() {
        open(Mode.REFUSAL, "Record a refusal");
        kind.set(ObservationKind.REFUSAL);
    }

    /** Opens the form for an immunity, contraindication or indication (immunity first). */
    public void startObservation() {
        open(Mode.OBSERVATION, "Record immunity, a contraindication or an indication");
        kind.set(ObservationKind.IMMUNITY);
    }

    /** Opens the removal of {@code observation} (one still on the chart): the reason and an optional note. */
    public void startRemove(ImmunizationObservation observation) {
        if (observation == null || observation.isRemoved()) {
            return;
        }
        open(Mode.REMOVE, "Remove: " + named(observation));
        removing.set(observation);
    }

    private void open(Mode to, String title) {
        clearNews();
        picker.clear();
        vaccineGroup.set(null);
        code.set(null);
        observedOn.set(LocalDate.now(clock.withZone(chart.session().zone())));
        note.set("");
        removing.set(null);
        removalReason.set(null);
        removalNote.set("");
        formTitle.set(title);
        mode.set(to);
    }

    /** Closes the form without saving. */
    public void cancel() {
        errors.clear();
        picker.clear();
        removing.set(null);
        mode.set(Mode.CLOSED);
    }

    /** Saves what the form holds. */
    public void save() {
        UUID patientId = chart.patientProperty().get();
        Mode now = mode.get();
        if (patientId == null || now == Mode.CLOSED || busy.get()) {
            return;
        }
        clearNews();
        switch (now) {
            case REFUSAL -> add(patientId);
            case OBSERVATION -> add(patientId);
            case REMOVE -> remove();
            default -> { }
        }
    }

    private void add(UUID patientId) {
        boolean refusal = mode.get() == Mode.REFUSAL;
        if (refusal && vaccineGroup.get() == null) {
            errors.set("vaccineGroup", "Choose the vaccine group the family refuses");
        }
        if (!refusal && code.get() == null) {
            errors.set("observationCode", picker.queryProperty().get().isBlank() ? "Pick the schedule's code for what was observed"
                    : "Pick one of the listed codes (Enter picks the highlighted one)");
        }
        if (observedOn.get() == null) {
            errors.set("observedOn", "Enter the day it was recorded (M/D/YYYY)");
        }
        if (!errors.isEmpty()) {
            return;
        }
        ImmunizationObservation entered;
        try {
            entered = new ImmunizationObservation(Ids.next(), patientId, kind.get(), refusal ? null : code.get().code(),
                    refusal ? vaccineGroup.get() : null, observedOn.get(), note.get(), null, null, null);
        } catch (ValidationException e) {
            failed(e);
            return;
        }
        write(() -> chart.session().data().immunizations().addObservation(entered),
                saved -> named(saved) + " is recorded.");
    }

    private void remove() {
        ImmunizationObservation observation = removing.get();
        if (removalReason.get() == null) {
            errors.set("removalReason", "Choose why it is removed");
            return;
        }
        ObservationRemoval why = removalReason.get();
        String text = removalNote.get();
        write(() -> chart.session().data().immunizations().removeObservation(observation.id(), why, text),
                saved -> named(saved) + " is removed (" + why.label().toLowerCase(Locale.ROOT) + "); it stays on the chart, struck through.");
    }

    private void write(Callable<ImmunizationObservation> work, Function<ImmunizationObservation, String> news) {
        busy.set(true);
        executor.submit(work, saved -> {
            busy.set(false);
            cancel();
            done.set(news.apply(saved));
            chart.changed();
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof ValidationException v && mode.get() != Mode.CLOSED && FIELDS.contains(v.field())) {
            errors.set(v, Map.of());
        } else {
            failure.set(SafeMessages.of(e));
        }
    }

    /** "Refusal of MMR", "Immunity: 023 Laboratory evidence…". */
    private String named(ImmunizationObservation o) {
        if (o.kind() == ObservationKind.REFUSAL) {
            return "Refusal of " + o.vaccineGroup();
        }
        return o.kind().label() + ": " + codes.observation(o.observationCode()).map(ObservationCode::label).orElse(o.observationCode());
    }

    private void clearNews() {
        errors.clear();
        done.set("");
        failure.set("");
    }

    /** The schedule's vaccine groups, for the refusal's choice. */
    public List<String> vaccineGroups() {
        return codes.vaccineGroups();
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() { return mode; }
    public ReadOnlyStringProperty formTitleProperty() { return formTitle; }
    /** The vaccine group refused. */
    public ObjectProperty<String> vaccineGroupProperty() { return vaccineGroup; }
    /** The kind of coded observation; changing it drops a code of another kind. */
    public ObjectProperty<ObservationKind> kindProperty() { return kind; }
    /** The code picked (null until one is). */
    public ReadOnlyObjectProperty<ObservationCode> codeProperty() { return code; }
    /** The pick list of codes of the chosen kind. */
    public ObservationPickerViewModel picker() { return picker; }
    public ObjectProperty<LocalDate> observedOnProperty() { return observedOn; }
    public StringProperty noteProperty() { return note; }
    /** The observation being removed. */
    public ReadOnlyObjectProperty<ImmunizationObservation> removingProperty() { return removing; }
    public ObjectProperty<ObservationRemoval> removalReasonProperty() { return removalReason; }
    public StringProperty removalNoteProperty() { return removalNote; }
    public ReadOnlyStringProperty doneProperty() { return done; }
    public ReadOnlyStringProperty failureProperty() { return failure; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    /** Messages at the fields: vaccineGroup, kind, observationCode, observedOn, note, removalReason, removalNote. */
    public FieldErrors errors() { return errors; }
}
