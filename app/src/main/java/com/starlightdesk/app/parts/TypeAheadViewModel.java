package com.starlightdesk.app.parts;

import com.starlightdesk.app.concurrent.TaskExecutor;
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
 * A type-ahead's state, whatever it looks up: each change of the query {@link #find searches} on the
 * {@link TaskExecutor}, and an answer to a query that has changed since is dropped; a blank query searches
 * nothing. One match is highlighted (the first when matches arrive); Down and Up move the highlight, Enter
 * picks it, and picking hands the match to the owner and empties the field. When a query finds nothing, or
 * the search fails, the type-ahead says so ({@link #noMatchProperty}) in the words its specialisation gives.
 * Escape empties the field first and then lets what holds it close. Designed for extension: the diagnosis
 * and patient pickers say what is searched and how a miss reads. Confined to the FX thread; needs no toolkit.
 *
 * @param <T> what is looked up and picked
 */
public abstract class TypeAheadViewModel<T> {
    private final TaskExecutor executor;
    private final Consumer<T> onPick;
    private final int limit;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<T> matches = FXCollections.observableArrayList();
    private final ObservableList<T> shownMatches = FXCollections.unmodifiableObservableList(matches);
    private final IntegerProperty highlighted = new SimpleIntegerProperty(-1);
    private final StringProperty noMatch = new SimpleStringProperty("");
    /** The query the search has answered with nothing ("" while there is none). */
    private String noMatchFor = "";
    /** Counts searches; an answer whose number is not the latest is for an older query. */
    private long asked;

    /** A type-ahead listing up to {@code limit} matches; {@code onPick} gets the one chosen. */
    protected TypeAheadViewModel(TaskExecutor executor, Consumer<T> onPick, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.executor = executor;
        this.onPick = onPick;
        this.limit = limit;
        query.addListener((obs, old, typed) -> lookUp(typed));
    }

    /** Up to {@code limit} matches for {@code typed} (not blank), best first. Runs in the background. */
    protected abstract List<T> find(String typed, int limit) throws Exception;

    /** The line that says {@code typed} found nothing. */
    protected abstract String noMatchLine(String typed);

    /** The line that says the search failed; "" (the default) to say nothing. */
    protected String failureLine() {
        return "";
    }

    /**
     * Enter with nothing listed and nothing picked: what the specialisation does then (true when it did
     * something); by default nothing.
     */
    protected boolean enterWithoutMatch() {
        return false;
    }

    private void lookUp(String typed) {
        long ticket = ++asked;
        if (typed == null || typed.isBlank()) {
            show(List.of());
            return;
        }
        executor.submit(() -> find(typed, limit), found -> {
            if (ticket == asked) {
                show(found);
                noMatch.set(found.isEmpty() ? noMatchLine(typed.strip()) : "");
                noMatchFor = found.isEmpty() ? typed : "";
            }
        }, failure -> {
            if (ticket == asked) {
                show(List.of());
                noMatch.set(failureLine());
            }
        });
    }

    private void show(List<T> found) {
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

    /**
     * Enter: picks the highlighted match, or else does what the specialisation does for a query that
     * found nothing; false when neither happened.
     */
    public boolean enter() {
        return pickHighlighted() || enterWithoutMatch();
    }

    /** Picks {@code match}: the field empties and the owner gets the match. */
    public void pick(T match) {
        clear();
        onPick.accept(match);
    }

    /**
     * Empties the field and the list (Escape); an answer still on its way is dropped. False when there
     * was nothing to clear, so that a second Escape can close what holds the type-ahead.
     */
    public boolean clear() {
        boolean hadSomething = !query.get().isEmpty() || !matches.isEmpty() || !noMatch.get().isEmpty();
        query.set("");
        asked++;
        show(List.of());
        return hadSomething;
    }

    /** Whether the search has answered that the text now typed finds nothing (not while a search of it is on its way). */
    protected boolean typedFindsNothing() {
        return !noMatchFor.isEmpty() && noMatchFor.equals(query.get());
    }

    /** What the user typed; bound to the field. */
    public StringProperty queryProperty() { return query; }
    /** The matches for the current query, best first. */
    public ObservableList<T> matches() { return shownMatches; }
    /** The index of the highlighted match, -1 when none is listed. */
    public ReadOnlyIntegerProperty highlightedProperty() { return highlighted; }
    /** The line saying the current query found nothing (or the search failed); "" otherwise. */
    public ReadOnlyStringProperty noMatchProperty() { return noMatch; }
    /** How many matches the type-ahead lists at most. */
    public int limit() { return limit; }
}
