package com.starlightdesk.app.chart;

import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.data.domain.ClinicalStatus;
import com.starlightdesk.data.domain.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;
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
 * What the chart sections that list a child's active entries over a history of inactive ones (allergies,
 * medications) share: the two lists, one form beside them in the modes the section names (adding,
 * correcting, inactivating with a reason…), the entry the form is open on and its title, the done and
 * failure lines, the busy state and the messages at the form's fields. Writes go through the section's
 * list of the data layer ({@code L}) on the {@link TaskExecutor}; after each the form closes, the done line
 * says what was written and the chart is read again ({@link OpenChart#changed()}). A domain rule a write
 * breaks is shown at its field while the form is open, else on the failure line. Another patient closes
 * the form and clears the lines. Designed for extension: the section lists and orders its entries, fills
 * and checks its form, and words its lines. Confined to the FX thread; needs no toolkit.
 *
 * @param <T> an entry: an allergy, a medication
 * @param <M> the form's modes, one of them closed
 * @param <L> the data layer's list of such entries
 */
public abstract class ActiveListViewModel<T, M extends Enum<M>, L> {
    private final OpenChart chart;
    private final TaskExecutor executor;
    private final Clock clock;
    private final M closed;
    private final Supplier<L> list;

    private final ObservableList<T> active = FXCollections.observableArrayList();
    private final ObservableList<T> history = FXCollections.observableArrayList();
    private final ObjectProperty<M> mode;
    private final ObjectProperty<T> editing = new SimpleObjectProperty<>();
    private final StringProperty formTitle = new SimpleStringProperty("");
    private final StringProperty done = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final FieldErrors errors = new FieldErrors();

    /**
     * A section of {@code chart} whose form is {@code closed} at first and whose writes go through {@code list}.
     * The section's constructor ends by showing the chart as read already ({@link #show}).
     */
    protected ActiveListViewModel(OpenChart chart, TaskExecutor executor, Clock clock, M closed, Supplier<L> list) {
        this.chart = chart;
        this.executor = executor;
        this.clock = clock;
        this.closed = closed;
        this.list = list;
        this.mode = new SimpleObjectProperty<>(closed);
        chart.readProperty().addListener((obs, old, read) -> show(read));
        chart.patientProperty().addListener((obs, old, now) -> {
            cancel();
            done.set("");
            failure.set("");
        });
    }

    /** Shows the chart as read ({@code null} while none is): the section lists its entries with {@link #list}. */
    protected abstract void show(OpenChart.Read read);

    /** The form's field for a domain field a write refused, or null when the form has no such field. */
    protected abstract String formField(String domainField);

    /** What the failure line says refused a write, before the rule: "The allergy", "The medication". */
    protected abstract String whatFailed(String domainField);

    /** Lists {@code all}: the active ones in {@code activeOrder}, the inactive ones as the history in {@code historyOrder}. */
    protected final void list(List<T> all, Function<T, ClinicalStatus> status, Comparator<T> activeOrder, Comparator<T> historyOrder) {
        active.setAll(all.stream().filter(e -> status.apply(e) == ClinicalStatus.ACTIVE).sorted(activeOrder).toList());
        history.setAll(all.stream().filter(e -> status.apply(e) == ClinicalStatus.INACTIVE).sorted(historyOrder).toList());
    }

    /** Empties both lists (no chart is read). */
    protected final void unlist() {
        active.clear();
        history.clear();
    }

    /**
     * Closes the form when the entry it is open on was changed elsewhere: none of {@code all} is still
     * {@code theSame} as it, so the form no longer describes it.
     */
    protected final void closeIfChangedElsewhere(List<T> all, BiPredicate<T, T> theSame) {
        T open = editing.get();
        if (open != null && all.stream().noneMatch(entry -> theSame.test(entry, open))) {
            cancel();
        }
    }

    /** Opens the form in {@code to} on {@code entry} (null for a new one) under {@code title}, the lines cleared. */
    protected final void open(M to, T entry, String title) {
        clearNews();
        editing.set(entry);
        formTitle.set(title);
        mode.set(to);
    }

    /** Closes the form without saving. */
    public void cancel() {
        errors.clear();
        editing.set(null);
        mode.set(closed);
    }

    /** Clears the field messages and the done and failure lines. */
    protected final void clearNews() {
        errors.clear();
        done.set("");
        failure.set("");
    }

    /** Says {@code line} on the failure line. */
    protected final void fail(String line) {
        failure.set(line);
    }

    /**
     * Writes in the background through the section's list; then closes the form, says {@code news} of
     * what was written and has the chart read again.
     */
    protected final <R> void write(Function<L, R> work, Function<R, String> news) {
        busy.set(true);
        executor.submit(() -> work.apply(list.get()), saved -> {
            busy.set(false);
            cancel();
            done.set(news.apply(saved));
            chart.changed();
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof ValidationException v) {
            String field = mode.get() == closed ? null : formField(v.field());
            if (field != null) {
                errors.set(v, Map.of(v.field(), field));
            } else {
                failure.set(whatFailed(v.field()) + " " + v.getMessage().substring(v.field().length() + 2));
            }
        } else {
            failure.set(SafeMessages.of(e));
        }
    }

    /** Today in the practice's zone. */
    protected final LocalDate today() {
        return LocalDate.now(clock.withZone(chart.session().zone()));
    }

    protected final OpenChart chart() {
        return chart;
    }

    protected final TaskExecutor executor() {
        return executor;
    }

    /** The active entries, in the section's order. */
    public ObservableList<T> active() { return active; }
    /** The inactive entries, in the section's order (the most recently inactivated first). */
    public ObservableList<T> history() { return history; }
    public ReadOnlyObjectProperty<M> modeProperty() { return mode; }
    /** The entry the form is open on (null while it adds one or is closed). */
    public ReadOnlyObjectProperty<T> editingProperty() { return editing; }
    public ReadOnlyStringProperty formTitleProperty() { return formTitle; }
    public ReadOnlyStringProperty doneProperty() { return done; }
    public ReadOnlyStringProperty failureProperty() { return failure; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    /** Messages at the form's fields. */
    public FieldErrors errors() { return errors; }
}
