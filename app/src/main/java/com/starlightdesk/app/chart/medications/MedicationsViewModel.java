package com.starlightdesk.app.chart.medications;

import com.starlightdesk.app.chart.ActiveListViewModel;
import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.data.domain.ClinicalStatus;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Medication;
import com.starlightdesk.data.domain.MedicationInactivation;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.repo.MedicationList;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chart's Medications section, an {@link ActiveListViewModel}: the active medications, and under them the
 * history (stopped, completed and entered-in-error ones with why, their dates and the note). One form starts a
 * medication, changes an active one (a new dose or frequency applies from a day, and the earlier dose stays in
 * the history), stops one (stopped or completed, on a day, with a note) or marks one entered in error (with a
 * note saying what was wrong). The rules are the data layer's ({@link MedicationList}); a broken one is shown
 * at its field. Only providers and admins see and change medications. After each write the chart is read
 * again ({@link OpenChart#changed()}). Confined to the FX thread; needs no toolkit.
 */
public final class MedicationsViewModel extends ActiveListViewModel<Medication, MedicationsViewModel.Mode, MedicationList> {
    /** What the form is doing. */
    public enum Mode { CLOSED, ADD, EDIT, STOP, ERROR }

    /** A choice of prescriber: one of the practice's providers, someone outside it (named in words), or none recorded. */
    public record Prescriber(UUID providerId, String label, boolean outside) {
        public static final Prescriber NOT_RECORDED = new Prescriber(null, "Not recorded", false);
        public static final Prescriber OUTSIDE = new Prescriber(null, "Outside the practice (name below)", true);

        @Override
        public String toString() {
            return label;
        }
    }

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);
    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US);
    /** The domain's field names as the form names them. */
    private static final Map<String, String> FIELDS = Map.of("prescribedBy", "prescriber", "inactivationReason", "reason",
            "inactivationNote", "note");
    private static final Set<String> FORM_FIELDS = Set.of("name", "dosage", "route", "frequency", "startedOn", "endedOn",
            "prescriber", "changedOn", "reason", "stoppedOn", "note");

    private final ObservableList<Prescriber> prescribers = FXCollections.observableArrayList(Prescriber.NOT_RECORDED, Prescriber.OUTSIDE);
    private Map<UUID, String> providerNames = Map.of();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty dosage = new SimpleStringProperty("");
    private final StringProperty route = new SimpleStringProperty("");
    private final StringProperty frequency = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> startedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<Prescriber> prescriber = new SimpleObjectProperty<>(Prescriber.NOT_RECORDED);
    private final StringProperty outsidePrescriber = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> changedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<MedicationInactivation> reason = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> stoppedOn = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");

    public MedicationsViewModel(OpenChart chart, TaskExecutor executor, Clock clock) {
        super(chart, executor, clock, Mode.CLOSED, () -> new MedicationList(chart.session().data()));
        show(chart.readProperty().get());
    }

    /** Whether the signed-in user may change medications (providers and admins). */
    public boolean canChange() {
        return chart().session().permissions().canChart();
    }

    @Override
    protected void show(OpenChart.Read read) {
        if (read == null) {
            unlist();
            return;
        }
        providerNames = read.providerNames();
        List<Medication> all = read.chart().medications();
        list(all, Medication::status,
                Comparator.comparing((Medication m) -> m.name().toLowerCase(Locale.ROOT)).thenComparing(Medication::startedOn),
                Comparator.comparing(MedicationsViewModel::endOf).reversed());
        // changed elsewhere: the form no longer describes it
        closeIfChangedElsewhere(all, (m, open) -> m.id().equals(open.id()) && m.status() == open.status()
                && Objects.equals(m.inactivationReason(), open.inactivationReason()));
    }

    private static Instant endOf(Medication m) {
        return m.inactivatedAt() == null ? Instant.EPOCH : m.inactivatedAt();
    }

    /** Empties the form for a new medication starting today, prescribed by the signed-in provider if they are one. */
    public void startAdd() {
        if (!openIfAllowed(Mode.ADD, null, "New medication")) {
            return;
        }
        name.set("");
        dosage.set("");
        route.set("");
        frequency.set("");
        startedOn.set(today());
        endedOn.set(null);
        outsidePrescriber.set("");
        prescriber.set(Prescriber.NOT_RECORDED);
        loadPrescribers(null);
    }

    /** Fills the form with an active medication to change it; a new dose or frequency applies from today unless told. */
    public void startEdit(Medication medication) {
        if (medication == null || medication.status() != ClinicalStatus.ACTIVE || !openIfAllowed(Mode.EDIT, medication, "Change " + medication.name())) {
            return;
        }
        name.set(medication.name());
        dosage.set(text(medication.dosage()));
        route.set(text(medication.route()));
        frequency.set(text(medication.frequency()));
        startedOn.set(medication.startedOn());
        endedOn.set(medication.endedOn());
        changedOn.set(today());
        outsidePrescriber.set(text(medication.prescriber()));
        prescriber.set(medication.prescriber() != null ? Prescriber.OUTSIDE : Prescriber.NOT_RECORDED);
        loadPrescribers(medication);
    }

    /** Opens the form to stop an active medication: stopped or completed, today unless told, with a note if need be. */
    public void startStop(Medication medication) {
        if (medication == null || medication.status() != ClinicalStatus.ACTIVE || !openIfAllowed(Mode.STOP, medication, "Stop " + medication.name())) {
            return;
        }
        reason.set(MedicationInactivation.STOPPED);
        stoppedOn.set(today());
        note.set("");
    }

    /** Opens the form to mark a medication, active or in the history, entered in error. */
    public void startEnteredInError(Medication medication) {
        if (medication == null || medication.inactivationReason() == MedicationInactivation.ENTERED_IN_ERROR
                || !openIfAllowed(Mode.ERROR, medication, "Mark " + medication.name() + " entered in error")) {
            return;
        }
        note.set("");
    }

    private boolean openIfAllowed(Mode to, Medication medication, String title) {
        clearNews();
        if (!canChange()) {
            fail("Only a provider or an admin can change a patient's medications");
            return false;
        }
        open(to, medication, title);
        return true;
    }

    /** Reads the practice's active providers for the prescriber choice (and the one the medication names, if inactive now). */
    private void loadPrescribers(Medication medication) {
        UUID me = chart().session().user().id();
        executor().submit(() -> chart().session().data().office().providers(), providers -> {
            List<Prescriber> choices = new ArrayList<>();
            choices.add(Prescriber.NOT_RECORDED);
            Prescriber mine = null;
            Prescriber stored = null;
            for (Provider p : providers) {
                boolean named = medication != null && p.id().equals(medication.prescribedBy());
                if (p.isActive() || named) {
                    Prescriber choice = new Prescriber(p.id(), p.name(), false);
                    choices.add(choice);
                    if (named) {
                        stored = choice;
                    }
                    if (me.equals(p.userId()) && p.isActive()) {
                        mine = choice;
                    }
                }
            }
            choices.add(Prescriber.OUTSIDE);
            Prescriber chosen = prescriber.get();
            prescribers.setAll(choices);
            if (medication != null && stored != null) {
                prescriber.set(stored);
            } else if (medication == null && mine != null && chosen == Prescriber.NOT_RECORDED) {
                prescriber.set(mine);
            } else {
                prescriber.set(choices.stream().filter(c -> c.equals(chosen)).findFirst().orElse(Prescriber.NOT_RECORDED));
            }
        }, e -> fail(SafeMessages.of(e)));
    }

    /** Saves what the form holds. */
    public void save() {
        UUID patientId = chart().patientProperty().get();
        Mode now = modeProperty().get();
        if (patientId == null || now == Mode.CLOSED || busyProperty().get()) {
            return;
        }
        clearNews();
        Medication open = editingProperty().get();
        switch (now) {
            case STOP -> saveStop(open);
            case ERROR -> saveEnteredInError(open);
            default -> saveDetails(patientId, open, now);
        }
    }

    private void saveStop(Medication open) {
        FieldErrors errors = errors();
        if (reason.get() == null) {
            errors.set("reason", "Choose why: stopped, or completed");
        }
        if (stoppedOn.get() == null) {
            errors.set("stoppedOn", "Enter the day it stopped (M/D/YYYY)");
        }
        if (!errors.isEmpty()) {
            return;
        }
        MedicationInactivation why = reason.get();
        LocalDate on = stoppedOn.get();
        String words = note.get();
        write(list -> list.stop(open.id(), why, on, words),
                saved -> saved.name() + " is " + (why == MedicationInactivation.COMPLETED ? "completed" : "stopped")
                        + " as of " + DAY.format(on) + "; it is in the history below.");
    }

    private void saveEnteredInError(Medication open) {
        if (note.get() == null || note.get().isBlank()) {
            errors().set("note", "Say what was wrong");
            return;
        }
        String words = note.get();
        write(list -> list.markEnteredInError(open.id(), words), saved -> saved.name() + " is marked entered in error.");
    }

    private void saveDetails(UUID patientId, Medication open, Mode now) {
        FieldErrors errors = errors();
        if (name.get() == null || name.get().isBlank()) {
            errors.set("name", "Enter the medication's name and strength");
        }
        if (startedOn.get() == null) {
            errors.set("startedOn", "Enter the day it started (M/D/YYYY)");
        } else if (endedOn.get() != null && endedOn.get().isBefore(startedOn.get())) {
            errors.set("endedOn", "Is before the start");
        }
        Prescriber chosen = prescriber.get() == null ? Prescriber.NOT_RECORDED : prescriber.get();
        if (chosen.outside() && (outsidePrescriber.get() == null || outsidePrescriber.get().isBlank())) {
            errors.set("prescriber", "Name the prescriber from outside the practice");
        }
        if (now == Mode.EDIT && changedOn.get() == null && (!Objects.equals(text(open.dosage()), text(dosage.get()).strip())
                || !Objects.equals(text(open.frequency()), text(frequency.get()).strip()))) {
            errors.set("changedOn", "Enter the day the new dose starts (M/D/YYYY)");
        }
        if (!errors.isEmpty()) {
            return;
        }
        Medication candidate;
        try {
            candidate = new Medication(open == null ? Ids.next() : open.id(), patientId, chosen.providerId(), name.get(), dosage.get(),
                    frequency.get(), startedOn.get(), endedOn.get(), ClinicalStatus.ACTIVE, null, MedicationList.route(route.get()),
                    chosen.outside() ? outsidePrescriber.get() : null, null, null);
        } catch (ValidationException e) {
            errors.set(e, FIELDS);
            return;
        }
        if (now == Mode.ADD) {
            write(list -> list.start(candidate), saved -> saved.status() == ClinicalStatus.ACTIVE ? "Started " + saved.name() + "."
                    : saved.name() + " is recorded as a completed course (its stop date has passed); it is in the history below.");
        } else {
            LocalDate from = changedOn.get();
            write(list -> list.edit(candidate, from), saved -> saved.id().equals(open.id()) ? "Saved " + saved.name() + "."
                    : saved.name() + ": " + describeDose(saved) + " from " + DAY.format(saved.startedOn())
                            + "; the earlier one is in the history below.");
        }
    }

    private static String describeDose(Medication m) {
        String dose = Stream.of(m.dosage(), m.frequency()).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return dose.isEmpty() ? "no dose given" : dose;
    }

    @Override
    protected String formField(String domainField) {
        String field = FIELDS.getOrDefault(domainField, domainField);
        if (modeProperty().get() == Mode.STOP && field.equals("endedOn")) {
            field = "stoppedOn";
        }
        return FORM_FIELDS.contains(field) ? field : null;
    }

    @Override
    protected String whatFailed(String domainField) {
        return "The medication";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** Who prescribed it: the practice's provider by name, an outside prescriber marked so, or "". */
    public String prescriberOf(Medication m) {
        if (m.prescribedBy() != null) {
            return providerNames.getOrDefault(m.prescribedBy(), "A former provider");
        }
        return m.prescriber() == null ? "" : m.prescriber() + " (outside)";
    }

    /** Why a medication is inactive, in words. */
    public static String reasonLabel(MedicationInactivation reason) {
        return reason == null ? "Inactive" : switch (reason) {
            case STOPPED -> "Stopped";
            case COMPLETED -> "Completed";
            case ENTERED_IN_ERROR -> "Entered in error";
        };
    }

    /** The stop reasons offered by the stop form. */
    public static MedicationInactivation[] stopReasons() {
        return new MedicationInactivation[] {MedicationInactivation.STOPPED, MedicationInactivation.COMPLETED};
    }

    /**
     * A medication of the history: "Cetirizine 5 mg/5 mL · 5 mL · oral · Once daily — Apr 4, 2026 to Jul 4, 2026 ·
     * Completed: season over".
     */
    public String describeInactive(Medication m) {
        StringBuilder text = new StringBuilder(m.name());
        Stream.of(m.dosage(), m.route(), m.frequency()).filter(Objects::nonNull).forEach(part -> text.append(" · ").append(part));
        text.append(" — ").append(DAY.format(m.startedOn()));
        if (m.endedOn() != null) {
            text.append(" to ").append(DAY.format(m.endedOn()));
        }
        text.append(" · ").append(reasonLabel(m.inactivationReason()));
        if (m.inactivationNote() != null) {
            text.append(": ").append(m.inactivationNote());
        }
        return text.toString();
    }

    /** The prescriber choices: not recorded, the practice's active providers, outside the practice. */
    public ObservableList<Prescriber> prescribers() { return prescribers; }
    public StringProperty nameProperty() { return name; }
    public StringProperty dosageProperty() { return dosage; }
    /** The route: one of {@link MedicationList#ROUTES}, or typed. */
    public StringProperty routeProperty() { return route; }
    public StringProperty frequencyProperty() { return frequency; }
    public ObjectProperty<LocalDate> startedOnProperty() { return startedOn; }
    public ObjectProperty<LocalDate> endedOnProperty() { return endedOn; }
    public ObjectProperty<Prescriber> prescriberProperty() { return prescriber; }
    /** The outside prescriber's name, when {@link Prescriber#OUTSIDE} is chosen. */
    public StringProperty outsidePrescriberProperty() { return outsidePrescriber; }
    /** The day a changed dose or frequency applies from (the change form). */
    public ObjectProperty<LocalDate> changedOnProperty() { return changedOn; }
    public ObjectProperty<MedicationInactivation> reasonProperty() { return reason; }
    public ObjectProperty<LocalDate> stoppedOnProperty() { return stoppedOn; }
    public StringProperty noteProperty() { return note; }
}
