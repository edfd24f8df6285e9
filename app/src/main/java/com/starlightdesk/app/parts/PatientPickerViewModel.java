package com.starlightdesk.app.parts;

import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.repo.PracticeData;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The patient picker's state: a type-ahead by name, birth date or phone over the practice's patients
 * ({@link com.starlightdesk.data.repo.PatientSearch}). Each change of the query asks the store on the
 * {@link TaskExecutor}; an answer to a query that has changed since is dropped. One match is highlighted
 * (the first when matches arrive); picking one hands it to the owner and empties the field. When a
 * query finds no one, the picker says so ({@link #noMatchProperty}) and, where its owner
 * {@link #offerNewPatient offers} it, leads to a new patient made from what was typed. Used by the
 * top bar's search and the booking form. Confined to the FX thread; needs no toolkit.
 */
public final class PatientPickerViewModel {
    /** How many matches the picker lists. */
    public static final int LIMIT = 8;
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US);

    private final PracticeData data;
    private final TaskExecutor executor;
    private final Consumer<Patient> onPick;
    private final int limit;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Patient> matches = FXCollections.observableArrayList();
    private final ObservableList<Patient> shownMatches = FXCollections.unmodifiableObservableList(matches);
    private final IntegerProperty highlighted = new SimpleIntegerProperty(-1);
    private final StringProperty noMatch = new SimpleStringProperty("");
    private final BooleanProperty newPatientOffered = new SimpleBooleanProperty(false);
    private Consumer<String> onNewPatient;
    /** The query the no-match line answers ("" while there is none). */
    private String noMatchFor = "";
    /** Counts lookups; an answer whose number is not the latest is for an older query. */
    private long asked;

    /** A picker listing up to {@link #LIMIT} matches; {@code onPick} gets the patient chosen. */
    public PatientPickerViewModel(PracticeData data, TaskExecutor executor, Consumer<Patient> onPick) {
        this(data, executor, onPick, LIMIT);
    }

    /** A picker listing up to {@code limit} matches. */
    public PatientPickerViewModel(PracticeData data, TaskExecutor executor, Consumer<Patient> onPick, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.data = data;
        this.executor = executor;
        this.onPick = onPick;
        this.limit = limit;
        query.addListener((obs, old, typed) -> lookUp(typed));
    }

    private void lookUp(String typed) {
        long ticket = ++asked;
        if (typed == null || typed.isBlank()) {
            show(List.of());
            return;
        }
        executor.submit(() -> data.patientSearch().find(typed, limit), found -> {
            if (ticket == asked) {
                show(found);
                noMatch.set(found.isEmpty() ? "No patient matches '" + typed.strip() + "'." : "");
                noMatchFor = found.isEmpty() ? typed : "";
            }
        }, failure -> {
            if (ticket == asked) {
                show(List.of());
            }
        });
    }

    private void show(List<Patient> found) {
        noMatch.set("");
        noMatchFor = "";
        matches.setAll(found);
        highlighted.set(found.isEmpty() ? -1 : 0);
    }

    /** Moves the highlight to the next match (Down); stays on the last. */
    public void highlightNext() {
        if (!matches.isEmpty()) {
            highlighted.set(Math.min(highlighted.get() + 1, matches.size() - 1));
        }
    }

    /** Moves the highlight to the previous match (Up); stays on the first. */
    public void highlightPrevious() {
        if (!matches.isEmpty()) {
            highlighted.set(Math.max(highlighted.get() - 1, 0));
        }
    }

    /** Picks the highlighted match (Enter); false when nothing is listed. */
    public boolean pickHighlighted() {
        int at = highlighted.get();
        if (at < 0 || at >= matches.size()) {
            return false;
        }
        pick(matches.get(at));
        return true;
    }

    /** Picks {@code patient}: the field empties and the owner gets the patient. */
    public void pick(Patient patient) {
        clear();
        onPick.accept(patient);
    }

    /**
     * Empties the field and the list (Escape); an answer still on its way is dropped. False when there
     * was nothing to clear, so that a second Escape can close what holds the picker.
     */
    public boolean clear() {
        boolean hadSomething = !query.get().isEmpty() || !matches.isEmpty();
        query.set("");
        asked++;
        show(List.of());
        return hadSomething;
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
        onNewPatient.accept(query.get() == null ? "" : query.get().strip());
        return true;
    }

    /**
     * Enter with nothing listed: "New patient?" when it is offered and the store has answered that the
     * text now typed finds no one (not while a lookup of it is on its way); false otherwise.
     */
    public boolean newPatientForNoMatch() {
        return !noMatchFor.isEmpty() && noMatchFor.equals(query.get()) && newPatient();
    }

    /** How a match reads in the list: name, birth date and phone. */
    public static String describe(Patient patient) {
        return patient.displayName() + "   ·   born " + BIRTH.format(patient.dateOfBirth())
                + (patient.phone() == null ? "" : "   ·   " + patient.phone());
    }

    /** What the user typed; bound to the field. */
    public StringProperty queryProperty() { return query; }
    /** The matches for the current query, in the store's order (last, then first name). */
    public ObservableList<Patient> matches() { return shownMatches; }
    /** The index of the highlighted match, -1 when none is listed. */
    public ReadOnlyIntegerProperty highlightedProperty() { return highlighted; }
    /** "No patient matches '…'." once a query has found no one; "" otherwise. */
    public ReadOnlyStringProperty noMatchProperty() { return noMatch; }
    /** Whether "New patient?" is offered beside the no-match line. */
    public ReadOnlyBooleanProperty newPatientOfferedProperty() { return newPatientOffered; }
    /** How many matches the picker lists at most. */
    public int limit() { return limit; }
}
