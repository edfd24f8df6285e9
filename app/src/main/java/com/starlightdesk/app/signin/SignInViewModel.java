package com.starlightdesk.app.signin;

import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.PracticeStores.StoreEntry;
import com.starlightdesk.app.session.SessionNavigation;
import com.starlightdesk.data.store.UnlockException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Sign-in: choose the practice (when this PC has several), type email and password; the store is
 * unlocked in the background. Confined to the FX thread; needs no toolkit.
 */
public final class SignInViewModel {
    private final PracticeStores stores;
    private final TaskExecutor executor;
    private final SessionNavigation navigation;
    private final Clock clock;

    private final ObservableList<StoreEntry> practices = FXCollections.observableArrayList();
    private final ObjectProperty<StoreEntry> practice = new SimpleObjectProperty<>();
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty failure = new SimpleStringProperty("");

    public SignInViewModel(PracticeStores stores, TaskExecutor executor, SessionNavigation navigation, Clock clock) {
        this.stores = stores;
        this.executor = executor;
        this.navigation = navigation;
        this.clock = clock;
    }

    /** Lists the practice stores on this PC and preselects the first. */
    public void load() {
        executor.submit(stores::list, found -> {
            practices.setAll(found);
            if (!found.isEmpty()) {
                practice.set(found.get(0));
            }
        }, e -> failure.set(SafeMessages.of(e)));
    }

    public void signIn() {
        failure.set("");
        if (practice.get() == null) {
            failure.set("Choose a practice");
            return;
        }
        if (email.get().isBlank() || password.get().isEmpty()) {
            failure.set("Enter your email and password");
            return;
        }
        char[] secret = password.get().toCharArray();
        String typedEmail = email.get().strip();
        busy.set(true);
        executor.submit(() -> stores.signIn(practice.get().practiceId(), typedEmail, secret), session -> {
            busy.set(false);
            password.set("");
            navigation.signedIn(session);
        }, e -> {
            busy.set(false);
            password.set("");
            failure.set(describe(e));
        });
    }

    private String describe(Throwable e) {
        if (e instanceof UnlockException unlock) {
            return switch (unlock.reason()) {
                case WRONG_PASSWORD -> "Wrong password. After " + com.starlightdesk.data.store.LocalStore.LOCKOUT_AFTER
                        + " wrong passwords in a row, sign-in pauses for a few minutes.";
                case UNKNOWN_USER -> "No user with that email can open this practice.";
                case DEACTIVATED -> "This user has been deactivated. An admin of the practice can reactivate them.";
                case LOCKED_OUT -> "Too many wrong passwords. Try again in "
                        + minutesUntil(unlock.lockedUntil()) + ".";
                case STORE_UNAVAILABLE -> unlock.getMessage();
            };
        }
        return SafeMessages.of(e);
    }

    private String minutesUntil(Instant until) {
        if (until == null) {
            return "a few minutes";
        }
        long minutes = Math.max(1, (Duration.between(clock.instant(), until).toSeconds() + 59) / 60);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    public void createAnotherPractice() {
        navigation.firstRun();
    }

    public ObservableList<StoreEntry> practices() { return practices; }
    public ObjectProperty<StoreEntry> practiceProperty() { return practice; }
    public StringProperty emailProperty() { return email; }
    public StringProperty passwordProperty() { return password; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyStringProperty failureProperty() { return failure; }
}
