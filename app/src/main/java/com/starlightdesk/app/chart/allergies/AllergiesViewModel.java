package com.starlightdesk.app.chart.allergies;

import com.starlightdesk.app.chart.ActiveListViewModel;
import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.data.domain.Allergy;
import com.starlightdesk.data.domain.AllergyInactivation;
import com.starlightdesk.data.domain.AllergySeverity;
import com.starlightdesk.data.domain.ClinicalStatus;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.repo.AllergyList;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The chart's Allergies section, an {@link ActiveListViewModel}: the active allergies, "no known allergies"
 * recorded explicitly (or that nothing was recorded yet), and the history of inactive ones with why and when.
 * One form adds an allergy, corrects an active one, or inactivates one with a reason (resolved, or entered in
 * error) and a note; a resolved allergy can be made active again. The rules are the data layer's
 * ({@link AllergyList}); a broken one is shown at its field. Everyone at the practice records allergies.
 * After each write the chart is read again ({@link OpenChart#changed()}), so the header's banner follows.
 * Confined to the FX thread; needs no toolkit.
 */
public final class AllergiesViewModel extends ActiveListViewModel<Allergy, AllergiesViewModel.Mode, AllergyList> {
    /** What the form is doing. */
    public enum Mode { CLOSED, ADD, EDIT, INACTIVATE }

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);
    /** The form's fields by the domain's names. */
    private static final Map<String, String> FIELDS = Map.of("inactivationReason", "reason", "inactivationNote", "note");
    private static final Set<String> FORM_FIELDS = Set.of("substance", "reaction", "severity", "notedOn", "reason", "note");

    private final StringProperty recorded = new SimpleStringProperty("");
    private final BooleanProperty canRecordNoneKnown = new SimpleBooleanProperty(false);
    private final StringProperty substance = new SimpleStringProperty("");
    private final StringProperty reaction = new SimpleStringProperty("");
    private final ObjectProperty<AllergySeverity> severity = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> notedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<AllergyInactivation> reason = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");

    public AllergiesViewModel(OpenChart chart, TaskExecutor executor, Clock clock) {
        super(chart, executor, clock, Mode.CLOSED, () -> new AllergyList(chart.session().data()));
        show(chart.readProperty().get());
    }

    @Override
    protected void show(OpenChart.Read read) {
        if (read == null) {
            unlist();
            recorded.set("");
            canRecordNoneKnown.set(false);
            return;
        }
        List<Allergy> all = read.chart().allergies();
        list(all, Allergy::status,
                Comparator.comparing((Allergy a) -> a.severity().ordinal()).reversed().thenComparing(Allergy::substance),
                Comparator.comparing(Allergy::inactivatedAt).reversed());
        Patient patient = read.patient();
        int active = active().size();
        if (active > 0) {
            recorded.set(active == 1 ? "1 active allergy" : active + " active allergies");
        } else if (patient.noKnownAllergiesAt() != null) {
            recorded.set("No known allergies, recorded " + DAY.format(patient.noKnownAllergiesAt().atZone(chart().session().zone())));
        } else {
            recorded.set("Allergies not recorded: ask the family, then add each allergy or record that none is known.");
        }
        canRecordNoneKnown.set(active == 0 && patient.noKnownAllergiesAt() == null);
        // inactivated or changed elsewhere: the form no longer describes it
        closeIfChangedElsewhere(all, (a, open) -> a.id().equals(open.id()) && a.status() == open.status());
    }

    /** Empties the form for a new allergy, noted today. */
    public void startAdd() {
        substance.set("");
        reaction.set("");
        severity.set(null);
        notedOn.set(today());
        open(Mode.ADD, null, "New allergy");
    }

    /** Fills the form with an active allergy to correct it. */
    public void startEdit(Allergy allergy) {
        if (allergy == null || allergy.status() != ClinicalStatus.ACTIVE) {
            return;
        }
        substance.set(allergy.substance());
        reaction.set(allergy.reaction() == null ? "" : allergy.reaction());
        severity.set(allergy.severity());
        notedOn.set(allergy.notedOn());
        open(Mode.EDIT, allergy, "Edit " + allergy.substance());
    }

    /** Opens the form to inactivate an active allergy: a reason, and a note if need be. */
    public void startInactivate(Allergy allergy) {
        if (allergy == null || allergy.status() != ClinicalStatus.ACTIVE) {
            return;
        }
        reason.set(null);
        note.set("");
        open(Mode.INACTIVATE, allergy, "Inactivate " + allergy.substance());
    }

    /** Saves what the form holds: a new allergy, a correction, or an inactivation. */
    public void save() {
        UUID patientId = chart().patientProperty().get();
        Mode now = modeProperty().get();
        if (patientId == null || now == Mode.CLOSED || busyProperty().get()) {
            return;
        }
        clearNews();
        FieldErrors errors = errors();
        Allergy open = editingProperty().get();
        if (now == Mode.INACTIVATE) {
            if (reason.get() == null) {
                errors.set("reason", "Choose why: resolved, or entered in error");
                return;
            }
            AllergyInactivation why = reason.get();
            String words = note.get();
            write(list -> list.inactivate(open.id(), why, words), saved -> saved.substance() + " is inactive ("
                    + reasonLabel(why).toLowerCase(Locale.ROOT) + "); it stays in the history below.");
            return;
        }
        if (substance.get() == null || substance.get().isBlank()) {
            errors.set("substance", "Enter the substance: a drug, a food, or what else the child reacts to");
        }
        if (severity.get() == null) {
            errors.set("severity", "Choose the severity: mild, moderate or severe");
        }
        if (notedOn.get() == null) {
            errors.set("notedOn", "Enter the date it was noted (M/D/YYYY)");
        } else if (notedOn.get().isAfter(today())) {
            errors.set("notedOn", "Is in the future");
        }
        Allergy candidate = null;
        try {
            candidate = new Allergy(open == null ? Ids.next() : open.id(), patientId, substance.get(), reaction.get(),
                    severity.get() == null ? AllergySeverity.MILD : severity.get(), ClinicalStatus.ACTIVE,
                    notedOn.get() == null ? today() : notedOn.get(), null, null, null);
        } catch (ValidationException e) {
            if (errors.of(FIELDS.getOrDefault(e.field(), e.field())).get().isEmpty()) {
                errors.set(e, FIELDS);
            }
        }
        if (!errors.isEmpty()) {
            return;
        }
        Allergy allergy = candidate;
        if (now == Mode.ADD) {
            write(list -> list.add(allergy), saved -> saved.substance() + " is added to the allergies.");
        } else {
            write(list -> list.edit(allergy), saved -> "Saved " + saved.substance() + ".");
        }
    }

    /** Makes a resolved allergy active again. */
    public void reactivate(Allergy allergy) {
        if (allergy == null || allergy.status() != ClinicalStatus.INACTIVE || busyProperty().get()) {
            return;
        }
        clearNews();
        write(list -> list.reactivate(allergy.id()), saved -> saved.substance() + " is active again.");
    }

    /** Records that the patient has no known allergies, now, as the signed-in user. */
    public void recordNoKnownAllergies() {
        UUID patientId = chart().patientProperty().get();
        if (patientId == null || busyProperty().get()) {
            return;
        }
        clearNews();
        cancel();
        write(list -> list.recordNoKnownAllergies(patientId), saved -> "Recorded: no known allergies.");
    }

    @Override
    protected String formField(String domainField) {
        String field = FIELDS.getOrDefault(domainField, domainField);
        return FORM_FIELDS.contains(field) ? field : null;
    }

    @Override
    protected String whatFailed(String domainField) {
        return domainField.equals("noKnownAllergies") ? "No known allergies" : "The allergy";
    }

    /** A severity as the form and the list say it. */
    public static String severityLabel(AllergySeverity severity) {
        return severity == null ? "" : switch (severity) {
            case MILD -> "Mild";
            case MODERATE -> "Moderate";
            case SEVERE -> "Severe";
        };
    }

    /** Why an allergy is inactive, in words. */
    public static String reasonLabel(AllergyInactivation reason) {
        return reason == null ? "Inactive" : switch (reason) {
            case RESOLVED -> "Resolved";
            case ENTERED_IN_ERROR -> "Entered in error";
        };
    }

    /** An inactive allergy for the history: "Eggs: Stomach upset · mild · noted Dec 3, 2022 — Resolved Dec 1, 2025: outgrown". */
    public String describeInactive(Allergy a) {
        StringBuilder text = new StringBuilder(a.substance());
        if (a.reaction() != null) {
            text.append(": ").append(a.reaction());
        }
        text.append(" · ").append(a.severity().code()).append(" · noted ").append(DAY.format(a.notedOn()));
        text.append(" — ").append(reasonLabel(a.inactivationReason())).append(' ').append(DAY.format(a.inactivatedAt().atZone(chart().session().zone())));
        if (a.inactivationNote() != null) {
            text.append(": ").append(a.inactivationNote());
        }
        return text.toString();
    }

    /** Whether an inactive allergy can be made active again (it resolved; one entered in error never applied). */
    public static boolean canReactivate(Allergy a) {
        return a.status() == ClinicalStatus.INACTIVE && a.inactivationReason() != AllergyInactivation.ENTERED_IN_ERROR;
    }

    /** What is recorded: the number of active allergies, "No known allergies, recorded …", or that nothing is. */
    public ReadOnlyStringProperty recordedProperty() { return recorded; }
    /** Whether "no known allergies" can be recorded: no active allergy, and not recorded already. */
    public ReadOnlyBooleanProperty canRecordNoneKnownProperty() { return canRecordNoneKnown; }
    public StringProperty substanceProperty() { return substance; }
    public StringProperty reactionProperty() { return reaction; }
    public ObjectProperty<AllergySeverity> severityProperty() { return severity; }
    public ObjectProperty<LocalDate> notedOnProperty() { return notedOn; }
    public ObjectProperty<AllergyInactivation> reasonProperty() { return reason; }
    public StringProperty noteProperty() { return note; }
}
