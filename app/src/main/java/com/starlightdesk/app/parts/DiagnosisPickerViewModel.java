package com.starlightdesk.app.parts;

import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.data.codes.DiagnosisCode;
import com.starlightdesk.data.codes.DiagnosisCodes;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The diagnosis picker's state: a type-ahead over the ICD-10-CM code set ({@link DiagnosisCodes#search}) by
 * code prefix ({@code J06}, {@code j06.9}) or words of the description ({@code otitis media}). Each change
 * of the query searches on the {@link TaskExecutor}; an answer to a query that has changed since is
 * dropped. One match is highlighted (the first when matches arrive); picking one hands it to the owner
 * and empties the field. When a query finds nothing the picker says so ({@link #noMatchProperty}). The
 * code set is read ahead, in the background, when the picker is made. Confined to the FX thread; needs no
 * toolkit.
 */
public final class DiagnosisPickerViewModel {
    /** How many codes the picker lists. */
    public static final int LIMIT = 12;

    private final DiagnosisCodes codes;
    private final TaskExecutor executor;
    private final Consumer<DiagnosisCode> onPick;
    private final int limit;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<DiagnosisCode> matches = FXCollections.observableArrayList();
    private final ObservableList<DiagnosisCode> shownMatches = FXCollections.unmodifiableObservableList(matches);
    private final IntegerProperty highlighted = new SimpleIntegerProperty(-1);
    private final StringProperty noMatch = new SimpleStringProperty("");
    /** Counts searches; an answer whose number is not the latest is for an older query. */
    private long asked;

    /** A picker listing up to {@link #LIMIT} codes; {@code onPick} gets the code chosen. */
    public DiagnosisPickerViewModel(DiagnosisCodes codes, TaskExecutor executor, Consumer<DiagnosisCode> onPick) {
        this(codes, executor, onPick, LIMIT);
    }

    /** A picker listing up to {@code limit} codes. */
    public DiagnosisPickerViewModel(DiagnosisCodes codes, TaskExecutor executor, Consumer<DiagnosisCode> onPick, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.codes = codes;
        this.executor = executor;
        this.onPick = onPick;
        this.limit = limit;
        query.addListener((obs, old, typed) -> lookUp(typed));
        if (!codes.isLoaded()) {
            executor.submit(() -> {
                codes.load();
                return Boolean.TRUE;
            }, loaded -> { }, failure -> { });
        }
    }

    private void lookUp(String typed) {
        long ticket = ++asked;
        if (typed == null || typed.isBlank()) {
            show(List.of());
            return;
        }
        executor.submit(() -> codes.search(typed, limit), found -> {
            if (ticket == asked) {
                show(found);
                noMatch.set(found.isEmpty() ? "No billable ICD-10-CM code matches '" + typed.strip() + "'." : "");
            }
        }, failure -> {
            if (ticket == asked) {
                show(List.of());
                noMatch.set("The code set could not be searched.");
            }
        });
    }

    private void show(List<DiagnosisCode> found) {
        noMatch.set("");
        matches.setAll(found);
        highlighted.set(found.isEmpty() ? -1 : 0);
    }

    /** Moves the highlight to the next code (Down); stays on the last. */
    public void highlightNext() {
        if (!matches.isEmpty()) {
            highlighted.set(Math.min(highlighted.get() + 1, matches.size() - 1));
        }
    }

    /** Moves the highlight to the previous code (Up); stays on the first. */
    public void highlightPrevious() {
        if (!matches.isEmpty()) {
            highlighted.set(Math.max(highlighted.get() - 1, 0));
        }
    }

    /** Picks the highlighted code (Enter); false when nothing is listed. */
    public boolean pickHighlighted() {
        int at = highlighted.get();
        if (at < 0 || at >= matches.size()) {
            return false;
        }
        pick(matches.get(at));
        return true;
    }

    /** Picks {@code code}: the field empties and the owner gets the code. */
    public void pick(DiagnosisCode code) {
        clear();
        onPick.accept(code);
    }

    /**
     * Empties the field and the list (Escape); an answer still on its way is dropped. False when there
     * was nothing to clear, so that a second Escape can close what holds the picker.
     */
    public boolean clear() {
        boolean hadSomething = !query.get().isEmpty() || !matches.isEmpty() || !noMatch.get().isEmpty();
        query.set("");
        asked++;
        show(List.of());
        return hadSomething;
    }

    /** How a code reads in the list: {@code J06.9  Acute upper respiratory infection, unspecified}. */
    public static String describe(DiagnosisCode code) {
        return code.display() + "  " + code.description();
    }

    /** What the user typed; bound to the field. */
    public StringProperty queryProperty() { return query; }
    /** The codes for the current query, best first. */
    public ObservableList<DiagnosisCode> matches() { return shownMatches; }
    /** The index of the highlighted code, -1 when none is listed. */
    public ReadOnlyIntegerProperty highlightedProperty() { return highlighted; }
    /** "No billable ICD-10-CM code matches '…'." once a query has found nothing; "" otherwise. */
    public ReadOnlyStringProperty noMatchProperty() { return noMatch; }
    /** How many codes the picker lists at most. */
    public int limit() { return limit; }
}
