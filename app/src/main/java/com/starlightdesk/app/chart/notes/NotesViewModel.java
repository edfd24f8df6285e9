package com.starlightdesk.app.chart.notes;

import com.starlightdesk.app.chart.ChartSection;
import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.Delays;
import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.Diagnosis;
import com.starlightdesk.data.domain.LabResult;
import com.starlightdesk.data.domain.MedicalRecord;
import com.starlightdesk.data.domain.NoteTemplate;
import com.starlightdesk.data.domain.Prescription;
import com.starlightdesk.data.domain.RecordType;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.SignedRecordException;
import com.starlightdesk.data.domain.SoapNote;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.repo.VisitNotes;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.Observable;
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
import javafx.collections.transformation.FilteredList;

/**
 * The chart's Notes section: the patient's notes, lab results and prescriptions newest first (addenda under
 * their note), and the editor of the one chosen. A note's draft is saved as the provider types
 * ({@link DraftAutosave}: a moment after typing stops, and every few seconds while it goes on), in the
 * background. Signing (providers only, after a confirmation) makes the record read-only; a signed note offers
 * an addendum. A save the data layer refuses because the record was signed meanwhile (on another desk, or in
 * another window) is shown as such and the editor turns read-only. Confined to the FX thread; needs no toolkit.
 */
public final class NotesViewModel {
    /** What the editor shows. */
    public enum Editing { NOTHING, NOTE, LAB_RESULT, PRESCRIPTION }

    /** How long a done line shows unless typing ends it sooner. */
    static final Duration NEWS_SHOWN = Duration.ofSeconds(6);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm:ss a", Locale.US);

    private final OpenChart chart;
    private final Session session;
    private final TaskExecutor executor;
    private final Clock clock;
    private final DraftAutosave autosave;

    private final ObservableList<NoteEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<NoteTemplate> templates = FXCollections.observableArrayList();
    private final ObservableList<ProblemLink> problems = FXCollections.observableArrayList(p -> new Observable[] {p.linkedProperty()});
    private final FilteredList<ProblemLink> shownProblems = new FilteredList<>(problems);
    private final ObjectProperty<NoteTemplate> template = new SimpleObjectProperty<>();
    private final ObjectProperty<MedicalRecord> record = new SimpleObjectProperty<>();
    private final ObjectProperty<Editing> editing = new SimpleObjectProperty<>(Editing.NOTHING);
    private final StringProperty subjective = new SimpleStringProperty("");
    private final StringProperty objective = new SimpleStringProperty("");
    private final StringProperty assessment = new SimpleStringProperty("");
    private final StringProperty plan = new SimpleStringProperty("");
    private final BooleanProperty readOnly = new SimpleBooleanProperty(true);
    private final BooleanProperty confirmingSign = new SimpleBooleanProperty(false);
    private final StringProperty saveState = new SimpleStringProperty("");
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty done = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final FieldErrors errors = new FieldErrors();
    final RecordForms.Lab lab = new RecordForms.Lab();
    final RecordForms.Rx rx = new RecordForms.Rx();
    private final BooleanBinding canSign;
    private final BooleanBinding canAddAddendum;
    private final BooleanBinding empty = Bindings.createBooleanBinding(() -> loaded.get() && entries.isEmpty(), loaded, entries);

    private List<MedicalRecord> records = List.of();
    private Map<UUID, String> userNames = Map.of();
    private long reading;
    private boolean filling;
    private boolean saving;
    private boolean saveAgain;
    private UUID selectAfterRead;
    private Runnable fadeDone = () -> { };

    public NotesViewModel(OpenChart chart, TaskExecutor executor, Delays schedule, Clock clock) {
        this.chart = chart;
        this.session = chart.session();
        this.executor = executor;
        this.clock = clock;
        this.autosave = new DraftAutosave(schedule, this::saveDraft);
        // A done line goes after a moment (or once typing starts), as the app's other news does.
        done.addListener((obs, old, now) -> {
            fadeDone.run();
            fadeDone = now.isEmpty() ? () -> { } : schedule.schedule(NEWS_SHOWN, () -> done.set(""));
        });
        boolean provider = session.user().role() == Role.PROVIDER;
        canSign = Bindings.createBooleanBinding(() -> provider && record.get() != null && !record.get().isSigned()
                && !readOnly.get(), record, readOnly);
        canAddAddendum = Bindings.createBooleanBinding(() -> session.permissions().canChart() && record.get() != null
                && record.get().isSigned() && record.get().recordType() == RecordType.SOAP_NOTE && !record.get().isAddendum(), record);
        for (StringProperty part : List.of(subjective, objective, assessment, plan)) {
            part.addListener((obs, old, now) -> edited());
        }
        Predicate<ProblemLink> linkedOnly = p -> p.linkedProperty().get();
        Predicate<ProblemLink> all = p -> true;
        shownProblems.predicateProperty().bind(Bindings.createObjectBinding(() -> readOnly.get() ? linkedOnly : all, readOnly));
        // Another chart: the notes are read once its chart has been read (the revision moves then), not twice.
        chart.patientProperty().addListener((obs, old, now) -> {
            autosave.flush();
            clearEditor();
            entries.clear();
            loaded.set(false);
        });
        chart.revisionProperty().addListener((obs, old, now) -> load());
    }

    // ---- reading -----------------------------------------------------------------------------------------

    private record Read(UUID patientId, List<MedicalRecord> records, Map<UUID, String> userNames, List<NoteTemplate> templates,
            List<Diagnosis> problems) {
    }

    /** Reads the open chart's records, the templates on offer and the patient's problems in the background. */
    public void load() {
        UUID patientId = chart.patientProperty().get();
        if (patientId == null) {
            return;
        }
        long ticket = ++reading;
        executor.submit(() -> {
            VisitNotes notes = session.data().visitNotes();
            return new Read(patientId, notes.records(patientId),
                    session.data().office().users().stream().collect(Collectors.toMap(User::id, User::displayName)),
                    notes.activeTemplates(), session.data().chart().diagnoses(patientId));
        }, read -> {
            if (ticket == reading && read.patientId().equals(chart.patientProperty().get())) {
                show(read);
            }
        }, e -> failure.set("The notes could not be read: " + SafeMessages.of(e)));
    }

    private void show(Read read) {
        records = read.records();
        userNames = read.userNames();
        entries.setAll(NoteEntry.of(records, userNames, session.zone()));
        NoteTemplate chosen = template.get();
        templates.setAll(read.templates());
        template.set(chosen == null ? null : read.templates().stream().filter(t -> t.id().equals(chosen.id())).findFirst().orElse(null));
        List<UUID> linked = linkedIds();
        problems.setAll(read.problems().stream().map(d -> link(d, linked.contains(d.id()))).toList());
        loaded.set(true);
        UUID wanted = selectAfterRead != null ? selectAfterRead : record.get() == null ? null : record.get().id();
        selectAfterRead = null;
        MedicalRecord fresh = wanted == null ? null : records.stream().filter(r -> r.id().equals(wanted)).findFirst().orElse(null);
        if (fresh == null) {
            if (wanted != null) {
                clearEditor();
            }
            return;
        }
        MedicalRecord shown = record.get();
        boolean same = shown != null && shown.id().equals(fresh.id());
        if (!same || (!autosave.unsaved() && !saving && !fresh.equals(shown) && failure.get().isEmpty())) {
            fill(fresh);
        } else if (fresh.isSigned() && !shown.isSigned()) {
            // Signed elsewhere while this editor held it: what was typed here since is not saved.
            autosave.forget();
            record.set(fresh);
            readOnly.set(true);
            failure.set(new SignedRecordException(fresh.recordType()).getMessage());
        }
    }

    private ProblemLink link(Diagnosis d, boolean linked) {
        ProblemLink link = new ProblemLink(d, linked);
        link.linkedProperty().addListener((obs, old, now) -> edited());
        return link;
    }

    // ---- choosing ----------------------------------------------------------------------------------------

    /** Shows {@code entry}'s record in the editor (a waiting draft is saved first). */
    public void select(NoteEntry entry) {
        if (entry == null || (record.get() != null && record.get().id().equals(entry.record().id()) && failure.get().isEmpty())) {
            return;
        }
        autosave.flush();
        fill(entry.record());
    }

    private void fill(MedicalRecord r) {
        filling = true;
        try {
            autosave.forget();
            clearNews();
            record.set(r);
            readOnly.set(r.isSigned() || !session.permissions().canChart());
            LocalDate today = LocalDate.now(clock.withZone(session.zone()));
            switch (r.recordType()) {
                case SOAP_NOTE -> {
                    SoapNote note = SoapNote.fromContent(r.content());
                    subjective.set(note.subjective());
                    objective.set(note.objective());
                    assessment.set(note.assessment());
                    plan.set(note.plan());
                    problems.forEach(p -> p.linkedProperty().set(note.diagnosisIds().contains(p.problem().id())));
                    editing.set(Editing.NOTE);
                }
                case LAB_RESULT -> {
                    lab.fill(readOrNull(() -> LabResult.fromContent(r.content())), today);
                    editing.set(Editing.LAB_RESULT);
                }
                case PRESCRIPTION -> {
                    rx.fill(readOrNull(() -> Prescription.fromContent(r.content())));
                    editing.set(Editing.PRESCRIPTION);
                }
                case VACCINATION -> {
                    editing.set(Editing.NOTHING);
                    readOnly.set(true);
                }
            }
            heading.set(headingOf(r));
            saveState.set(r.isSigned() ? "" : r.recordType() == RecordType.SOAP_NOTE ? "Draft saved" : "Draft");
        } finally {
            filling = false;
        }
    }

    private static <T> T readOrNull(Callable<T> read) {
        try {
            return read.call();
        } catch (Exception unreadable) {
            return null;
        }
    }

    private String headingOf(MedicalRecord r) {
        return entries.stream().filter(e -> e.record().id().equals(r.id())).findFirst()
                .map(e -> e.title() + " · " + e.status()).orElse(NoteEntry.title(r));
    }

    private void clearEditor() {
        filling = true;
        try {
            autosave.forget();
            record.set(null);
            editing.set(Editing.NOTHING);
            for (StringProperty part : List.of(subjective, objective, assessment, plan)) {
                part.set("");
            }
            readOnly.set(true);
            confirmingSign.set(false);
            heading.set("");
            saveState.set("");
            clearNews();
        } finally {
            filling = false;
        }
    }

    private void clearNews() {
        done.set("");
        failure.set("");
        errors.clear();
        confirmingSign.set(false);
    }

    // ---- notes -------------------------------------------------------------------------------------------

    /** Starts a new draft note from the chosen template (or none). */
    public void newNote() {
        UUID patientId = chart.patientProperty().get();
        if (patientId == null) {
            return;
        }
        autosave.flush();
        NoteTemplate from = template.get();
        write(() -> session.data().visitNotes().startNote(patientId, null, from == null ? null : from.id()),
                started -> done.set(from == null ? "New note started." : "New note started from " + from.name() + "."));
    }

    /**
     * Opens the note of a visit (from the calendar): the chart of {@code patientId} at Notes, with the visit's note
     * chosen, started now from the template that suits the visit if it had none.
     */
    public void openVisit(UUID patientId, UUID appointmentId) {
        chart.open(patientId, ChartSection.NOTES);
        if (!session.permissions().canChart()) {
            return;
        }
        write(() -> session.data().visitNotes().startVisitNote(appointmentId), started -> { });
    }

    /** The provider typed in a part of the note or changed a problem link: the draft is saved a moment later. */
    private void edited() {
        if (filling || readOnly.get() || editing.get() != Editing.NOTE || record.get() == null) {
            return;
        }
        saveState.set("Unsaved changes");
        done.set("");
        autosave.edited();
    }

    /** Saves the draft now (Ctrl+S, or before leaving it). */
    public void saveNow() {
        autosave.flush();
    }

    private SoapNote typedNote() {
        List<UUID> linked = problems.stream().filter(p -> p.linkedProperty().get()).map(p -> p.problem().id()).toList();
        return new SoapNote(subjective.get(), objective.get(), assessment.get(), plan.get(), linked);
    }

    private List<UUID> linkedIds() {
        return problems.stream().filter(p -> p.linkedProperty().get()).map(p -> p.problem().id()).toList();
    }

    /** The autosave: one save in the background at a time; edits made meanwhile are saved right after it. */
    private void saveDraft() {
        MedicalRecord draft = record.get();
        if (draft == null || readOnly.get()) {
            return;
        }
        if (saving) {
            saveAgain = true;
            return;
        }
        SoapNote typed;
        try {
            typed = typedNote();
        } catch (ValidationException e) {
            errors.set(e, Map.of());
            saveState.set("Not saved");
            return;
        }
        saving = true;
        saveState.set("Saving…");
        executor.submit(() -> session.data().visitNotes().saveDraft(draft.id(), typed), saved -> {
            saving = false;
            errors.clear();
            replace(saved);
            if (record.get() != null && record.get().id().equals(saved.id())) {
                record.set(saved);
                saveState.set("Draft saved " + TIME.format(clock.instant().atZone(session.zone())));
            }
            if (saveAgain) {
                saveAgain = false;
                saveDraft();
            }
        }, e -> {
            saving = false;
            saveAgain = false;
            refused(e);
        });
    }

    private void refused(Throwable e) {
        if (e instanceof SignedRecordException) {
            autosave.forget();
            readOnly.set(true);
            saveState.set("Not saved");
            failure.set(e.getMessage());
            load();
        } else if (e instanceof ValidationException v) {
            errors.set(v, Map.of());
            saveState.set("Not saved");
        } else {
            saveState.set("Not saved");
            failure.set(SafeMessages.of(e));
        }
    }

    /** Keeps the list's row of a saved record up to date without reading the chart again. */
    private void replace(MedicalRecord saved) {
        List<MedicalRecord> updated = new ArrayList<>(records);
        updated.replaceAll(r -> r.id().equals(saved.id()) ? saved : r);
        records = updated;
        entries.setAll(NoteEntry.of(records, userNames, session.zone()));
    }

    /** Sign was pressed: the confirmation is shown ({@link #confirmSign} or {@link #cancelSign}). */
    public void askToSign() {
        clearNews();
        if (!canSign.get()) {
            failure.set(session.user().role() == Role.PROVIDER ? "Choose a draft to sign" : "Only a provider signs clinical records");
            return;
        }
        confirmingSign.set(true);
    }

    public void cancelSign() {
        confirmingSign.set(false);
    }

    /** Signs the record in the editor (its draft saved first, in the same background task): it is read-only from then on. */
    public void confirmSign() {
        confirmingSign.set(false);
        MedicalRecord draft = record.get();
        if (draft == null || draft.isSigned()) {
            return;
        }
        autosave.forget();
        Editing kind = editing.get();
        SoapNote typed = kind == Editing.NOTE ? typedNote() : null;
        LocalDate today = LocalDate.now(clock.withZone(session.zone()));
        LabResult typedLab = kind == Editing.LAB_RESULT ? lab.read(errors, today) : null;
        Prescription typedRx = kind == Editing.PRESCRIPTION ? rx.read(errors) : null;
        if (!errors.isEmpty()) {
            return;
        }
        readOnly.set(true);
        write(() -> {
            VisitNotes notes = session.data().visitNotes();
            switch (kind) {
                case NOTE -> notes.saveDraft(draft.id(), typed);
                case LAB_RESULT -> notes.saveLabResult(draft.id(), typedLab);
                case PRESCRIPTION -> notes.savePrescription(draft.id(), typedRx);
                default -> { }
            }
            return notes.sign(draft.id());
        }, signed -> done.set("Signed. It can no longer be changed; corrections are addenda."));
    }

    /** Starts an addendum to the signed note in the editor; it opens under the note. */
    public void addAddendum() {
        MedicalRecord note = record.get();
        if (note == null || !note.isSigned()) {
            return;
        }
        write(() -> session.data().visitNotes().startAddendum(note.id()),
                started -> done.set("Addendum started: write the correction, then sign it."));
    }

    /** Discards the draft in the editor. */
    public void discardDraft() {
        MedicalRecord draft = record.get();
        if (draft == null || draft.isSigned()) {
            return;
        }
        autosave.forget();
        UUID id = draft.id();
        executor.submit(() -> {
            session.data().visitNotes().discardDraft(id);
            return id;
        }, gone -> {
            clearEditor();
            done.set("Draft discarded.");
            chart.changed();
        }, this::refused);
    }

    // ---- lab results and prescriptions -------------------------------------------------------------------

    /** An empty lab result form (nothing is stored until it is saved). */
    public void newLabResult() {
        autosave.flush();
        clearEditor();
        lab.fill(null, LocalDate.now(clock.withZone(session.zone())));
        readOnly.set(!session.permissions().canChart());
        heading.set("New lab result");
        editing.set(Editing.LAB_RESULT);
    }

    /** An empty prescription form (nothing is stored until it is saved). */
    public void newPrescription() {
        autosave.flush();
        clearEditor();
        rx.fill(null);
        readOnly.set(!session.permissions().canChart());
        heading.set("New prescription");
        editing.set(Editing.PRESCRIPTION);
    }

    /** Saves the lab result or prescription form (a new draft, or over the draft shown); bad fields are named. */
    public void saveForm() {
        clearNews();
        UUID patientId = chart.patientProperty().get();
        MedicalRecord shown = record.get();
        LocalDate today = LocalDate.now(clock.withZone(session.zone()));
        if (editing.get() == Editing.LAB_RESULT) {
            LabResult typed = lab.read(errors, today);
            if (typed != null) {
                write(() -> shown == null ? session.data().visitNotes().addLabResult(patientId, null, typed)
                        : session.data().visitNotes().saveLabResult(shown.id(), typed), saved -> done.set("Lab result saved."));
            }
        } else if (editing.get() == Editing.PRESCRIPTION) {
            Prescription typed = rx.read(errors);
            if (typed != null) {
                write(() -> shown == null ? session.data().visitNotes().addPrescription(patientId, null, typed)
                        : session.data().visitNotes().savePrescription(shown.id(), typed), saved -> done.set("Prescription saved."));
            }
        }
    }

    /** Writes in the background, then reads the chart again with {@code written} chosen. */
    private void write(Callable<MedicalRecord> work, Consumer<MedicalRecord> then) {
        busy.set(true);
        executor.submit(work, written -> {
            busy.set(false);
            selectAfterRead = written.id();
            MedicalRecord shown = record.get();
            if (shown == null || !shown.id().equals(written.id())) {
                record.set(null); // the editor follows the written record once read
            }
            fillAfter(written);
            then.accept(written);
            chart.changed();
        }, e -> {
            busy.set(false);
            refused(e);
        });
    }

    /** Shows a record just written at once (the chart's read that follows refreshes the list). */
    private void fillAfter(MedicalRecord written) {
        List<MedicalRecord> updated = new ArrayList<>(records);
        if (updated.stream().noneMatch(r -> r.id().equals(written.id()))) {
            updated.add(written);
        } else {
            updated.replaceAll(r -> r.id().equals(written.id()) ? written : r);
        }
        records = updated;
        entries.setAll(NoteEntry.of(records, userNames, session.zone()));
        fill(written);
    }

    // ---- properties --------------------------------------------------------------------------------------

    public ObservableList<NoteEntry> entries() { return entries; }
    public ObservableList<NoteTemplate> templates() { return templates; }
    public ObservableList<ProblemLink> problems() { return problems; }

    /**
     * The problems the editor shows: all of the chart's while the note can be written, only those its assessment
     * addresses once it is signed (or for a reader who does not chart), so a signed note does not list unticked ones.
     */
    public ObservableList<ProblemLink> shownProblems() { return shownProblems; }
    public ObjectProperty<NoteTemplate> templateProperty() { return template; }
    public ReadOnlyObjectProperty<MedicalRecord> recordProperty() { return record; }
    public ReadOnlyObjectProperty<Editing> editingProperty() { return editing; }
    public StringProperty subjectiveProperty() { return subjective; }
    public StringProperty objectiveProperty() { return objective; }
    public StringProperty assessmentProperty() { return assessment; }
    public StringProperty planProperty() { return plan; }
    /** Whether the editor may not be changed: a signed record, or a user who does not chart. */
    public ReadOnlyBooleanProperty readOnlyProperty() { return readOnly; }
    public ReadOnlyBooleanProperty confirmingSignProperty() { return confirmingSign; }
    public BooleanBinding canSign() { return canSign; }
    public BooleanBinding canAddAddendum() { return canAddAddendum; }
    /** Whether the open chart has no record yet (once read): the list shows its empty state. */
    public BooleanBinding emptyProperty() { return empty; }
    /** "Draft saved 3:04:10 PM", "Saving…", "Unsaved changes", "Not saved". */
    public ReadOnlyStringProperty saveStateProperty() { return saveState; }
    public ReadOnlyStringProperty headingProperty() { return heading; }
    public ReadOnlyStringProperty doneProperty() { return done; }
    public ReadOnlyStringProperty failureProperty() { return failure; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public FieldErrors errors() { return errors; }
    public boolean canChart() { return session.permissions().canChart(); }

    /** Lab form fields. */
    public StringProperty labTestName() { return lab.testName; }
    public StringProperty labResult() { return lab.result; }
    public StringProperty labUnits() { return lab.units; }
    public StringProperty labReferenceRange() { return lab.referenceRange; }
    public ObjectProperty<com.starlightdesk.data.domain.LabFlag> labFlag() { return lab.flag; }
    public StringProperty labCollectedOn() { return lab.collectedOn; }
    /** Prescription form fields. */
    public StringProperty rxDrug() { return rx.drug; }
    public StringProperty rxDose() { return rx.dose; }
    public StringProperty rxRoute() { return rx.route; }
    public StringProperty rxFrequency() { return rx.frequency; }
    public StringProperty rxQuantity() { return rx.quantity; }
    public StringProperty rxRefills() { return rx.refills; }
    public StringProperty rxInstructions() { return rx.instructions; }
}
