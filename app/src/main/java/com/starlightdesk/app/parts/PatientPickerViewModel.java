package com.starlightdesk.app.parts;

import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.repo.PracticeData;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The patient picker's state: a {@link TypeAheadViewModel type-ahead} by name, birth date or phone over the
 * practice's patients ({@link com.starlightdesk.data.repo.PatientSearch}), listed in the store's order (last,
 * then first name). When a query finds no one, the picker says "No patient matches '…'." and, where its owner
 * {@link #offerNewPatient offers} it, leads to a new patient made from what was typed. Used by the top bar's
 * search, the booking form and the household's link. Confined to the FX thread; needs no toolkit.
 */
public final class PatientPickerViewModel extends TypeAheadViewModel<Patient> {
    /** How many matches the picker lists. */
    public static final int LIMIT = 8;
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US);

    private final PracticeData data;
    private final BooleanProperty newPatientOffered = new SimpleBooleanProperty(false);
    private Consumer<String> onNewPatient;

    /** A picker listing up to {@link #LIMIT} matches; {@code onPick} gets the patient chosen. */
    public PatientPickerViewModel(PracticeData data, TaskExecutor executor, Consumer<Patient> onPick) {
        this(data, executor, onPick, LIMIT);
    }

    /** A picker listing up to {@code limit} matches. */
    public PatientPickerViewModel(PracticeData data, TaskExecutor executor, Consumer<Patient> onPick, int limit) {
        super(executor, onPick, limit);
        this.data = data;
    }

    @Override
    protected List<Patient> find(String typed, int limit) {
        return data.patientSearch().find(typed, limit);
    }

    @Override
    protected String noMatchLine(String typed) {
        return "No patient matches '" + typed + "'.";
    }

    @Override
    protected boolean enterWithoutMatch() {
        return newPatientForNoMatch();
    }

    /**
     * Offers "New patient?" when a query finds no one: {@code open} gets what was typed and opens the New
     * patient card; the owner hands the saved patient back through {@link #pick}.
     */
    public void offerNewPatient(Consumer<String> open) {
        onNewPatient = open;
        newPatientOffered.set(open != null);
    }

    /** "New patient?": hands what was typed to the owner's New patient card; false when none is offered. */
    public boolean newPatient() {
        if (onNewPatient == null) {
            return false;
        }
        String typed = queryProperty().get();
        onNewPatient.accept(typed == null ? "" : typed.strip());
        return true;
    }

    /**
     * Enter with nothing listed: "New patient?" when it is offered and the store has answered that the
     * text now typed finds no one (not while a lookup of it is on its way); false otherwise.
     */
    public boolean newPatientForNoMatch() {
        return typedFindsNothing() && newPatient();
    }

    /** How a match reads in the list: name, birth date and phone. */
    public static String describe(Patient patient) {
        return patient.displayName() + "   ·   born " + BIRTH.format(patient.dateOfBirth())
                + (patient.phone() == null ? "" : "   ·   " + patient.phone());
    }

    /** Whether "New patient?" is offered beside the no-match line. */
    public ReadOnlyBooleanProperty newPatientOfferedProperty() { return newPatientOffered; }
}
