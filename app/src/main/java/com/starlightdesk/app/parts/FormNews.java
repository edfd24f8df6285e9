package com.starlightdesk.app.parts;

import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.data.domain.ValidationException;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * How a form's background work went, for its view to show: busy while it runs, then a done line or a failure
 * line (both for {@link Banner}), and a bad value at its field ({@link FieldErrors}, with the form's names for the
 * domain's fields). Needs no JavaFX toolkit. Confined to the thread that owns the form.
 */
public final class FormNews {
    private final StringProperty done = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final FieldErrors errors = new FieldErrors();
    private final Map<String, String> aliases;

    /** News of a form whose fields the domain calls by other names: {@code aliases} maps them to the form's. */
    public FormNews(Map<String, String> aliases) {
        this.aliases = Map.copyOf(aliases);
    }

    /** Forgets the last done or failure line (a new attempt starts). */
    public void clear() {
        done.set("");
        failure.set("");
    }

    /** Work has started in the background. */
    public void working() {
        busy.set(true);
    }

    /** The work is done: {@code message} says what happened. */
    public void done(String message) {
        busy.set(false);
        done.set(message);
    }

    /** The work failed: a bad value is shown at its field, anything else on the failure line in safe words. */
    public void failed(Throwable e) {
        busy.set(false);
        if (e instanceof ValidationException v) {
            errors.set(v, aliases);
        } else {
            failure.set(SafeMessages.of(e));
        }
    }

    /** A failure the form found itself, e.g. that the person may not do this. */
    public void refused(String message) {
        failure.set(message);
    }

    public ReadOnlyStringProperty doneProperty() { return done; }
    public ReadOnlyStringProperty failureProperty() { return failure; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public FieldErrors errors() { return errors; }
}
