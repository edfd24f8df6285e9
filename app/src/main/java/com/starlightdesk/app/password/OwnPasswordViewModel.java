package com.starlightdesk.app.password;

import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.store.PasswordPolicy;
import com.starlightdesk.data.store.UnlockException;
import java.time.Clock;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Change my password" for the signed-in user: the current password, then the new one twice. The
 * current one is checked against the user's key slot (wrong ones count towards the lockout, as at
 * sign-in); the new one replaces that slot only, so the store and other users' slots are untouched.
 * After an admin reset the user's password the form is a required step between sign-in and the shell
 * ({@link #require}). Confined to the FX thread; needs no toolkit.
 */
public final class OwnPasswordViewModel {
    private final Session session;
    private final TaskExecutor executor;
    private final Clock clock;

    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty confirm = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty done = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty required = new SimpleBooleanProperty(false);
    private Runnable whenChosen = () -> { };
    private Runnable signOut = () -> { };

    public OwnPasswordViewModel(Session session, TaskExecutor executor, Clock clock) {
        this.session = session;
        this.executor = executor;
        this.clock = clock;
    }

    /** Whose password this form changes. */
    public String userName() {
        return session.user().displayName() + " (" + session.user().email() + ")";
    }

    /** Shows an empty form. */
    public void open() {
        clear();
        done.set("");
        open.set(true);
    }

    /**
     * Shows the form as a step the user must take before they work: an admin reset their password on this
     * desk, and they signed in with the temporary one. Once their own password replaces it,
     * {@code whenChosen} runs; the form's other way out is {@code signOut}.
     */
    public void require(Runnable whenChosen, Runnable signOut) {
        this.whenChosen = whenChosen;
        this.signOut = signOut;
        required.set(true);
        open();
    }

    /** Closes the form, forgetting what was typed; a required form signs the user out instead. */
    public void close() {
        clear();
        open.set(false);
        if (required.get()) {
            signOut.run();
        }
    }

    /** Checks the form and, if it is right, checks the current password and replaces it. */
    public void save() {
        errors.clear();
        failure.set("");
        done.set("");
        if (current.get().isEmpty()) {
            errors.set("current", "Enter your current password");
        }
        try {
            PasswordPolicy.check(newPassword.get().toCharArray());
        } catch (ValidationException e) {
            errors.set("newPassword", "Password " + e.getMessage().substring(e.getMessage().indexOf(':') + 2));
        }
        if (!newPassword.get().equals(confirm.get())) {
            errors.set("confirm", "The two passwords differ");
        }
        if (errors.isEmpty() && newPassword.get().equals(current.get())) {
            errors.set("newPassword", "Choose a password other than the current one");
        }
        if (!errors.isEmpty()) {
            return;
        }
        char[] old = current.get().toCharArray();
        char[] replacement = newPassword.get().toCharArray();
        busy.set(true);
        executor.submit(() -> {
            session.store().verifyPassword(old, clock);
            session.store().changeOwnPassword(replacement);
            return Boolean.TRUE;
        }, ok -> {
            busy.set(false);
            clear();
            if (required.get()) {
                required.set(false);
                open.set(false);
                whenChosen.run();
                return;
            }
            done.set("Your password was changed. Use the new one from now on, on this PC.");
        }, e -> {
            busy.set(false);
            current.set("");
            if (e instanceof UnlockException u && u.reason() == UnlockException.Reason.WRONG_PASSWORD) {
                errors.set("current", "Wrong password");
            } else if (e instanceof UnlockException u && u.reason() == UnlockException.Reason.LOCKED_OUT) {
                failure.set("Too many wrong passwords. Try again in a few minutes.");
            } else {
                failure.set(SafeMessages.of(e));
            }
        });
    }

    private void clear() {
        current.set("");
        newPassword.set("");
        confirm.set("");
        errors.clear();
        failure.set("");
    }

    public ReadOnlyBooleanProperty openProperty() { return open; }
    /** Whether the user must choose their own password before they work (see {@link #require}). */
    public ReadOnlyBooleanProperty requiredProperty() { return required; }
    public StringProperty currentProperty() { return current; }
    public StringProperty newPasswordProperty() { return newPassword; }
    public StringProperty confirmProperty() { return confirm; }
    public FieldErrors errors() { return errors; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyStringProperty doneProperty() { return done; }
    public ReadOnlyStringProperty failureProperty() { return failure; }
}
