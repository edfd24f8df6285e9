package com.starlightdesk.app.settings;

import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.preferences.DesktopPreferences;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.domain.WorkingHours;
import com.starlightdesk.data.store.PasswordPolicy;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings an admin manages: the idle time before the desk locks itself (1–30 minutes), the practice's
 * working hours (synced to every desk; the calendar lights them) and the practice's users (add with a
 * first password, remove). Confined to the FX thread; needs no toolkit.
 */
public final class SettingsViewModel {
    private static final Map<String, String> USER_FIELDS = Map.of("displayName", "newName", "email", "newEmail",
            "password", "newPassword", "role", "newRole");

    private final PracticeStores stores;
    private final Session session;
    private final TaskExecutor executor;

    private final IntegerProperty idleLockMinutes = new SimpleIntegerProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<User> users = FXCollections.observableArrayList();
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty newEmail = new SimpleStringProperty("");
    private final ObjectProperty<Role> newRole = new SimpleObjectProperty<>(Role.STAFF);
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty userMessage = new SimpleStringProperty("");
    private final FieldErrors userErrors = new FieldErrors();
    private final List<DayHours> week = new ArrayList<>();
    private final StringProperty hoursMessage = new SimpleStringProperty("");

    public SettingsViewModel(PracticeStores stores, Session session, TaskExecutor executor) {
        this.stores = stores;
        this.session = session;
        this.executor = executor;
        idleLockMinutes.set(stores.preferences().idleLockMinutes());
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(new DayHours(day));
        }
        showHours(session.practice().hours());
    }

    /** Reads the practice's working hours as stored now (another desk may have changed them). */
    public void loadHours() {
        executor.submit(() -> session.data().office().practice().orElseThrow().hours(), this::showHours,
                e -> hoursMessage.set(SafeMessages.of(e)));
    }

    private void showHours(WorkingHours hours) {
        for (DayHours row : week) {
            Optional<WorkingHours.Span> span = hours.on(row.day());
            row.openProperty().set(span.isPresent());
            span.ifPresent(s -> {
                row.opensProperty().set(s.opens());
                row.closesProperty().set(s.closes());
            });
        }
    }

    /**
     * Saves the working hours of the form: every desk of the practice gets them with its next sync, and
     * the calendar here shows them at once. A day that closes before it opens, or a week without an open
     * day, is refused with the reason and nothing is saved.
     */
    public void saveHours() {
        hoursMessage.set("");
        if (!canManage()) {
            hoursMessage.set("Only an admin can change the working hours");
            return;
        }
        WorkingHours hours;
        try {
            Map<DayOfWeek, WorkingHours.Span> open = new EnumMap<>(DayOfWeek.class);
            for (DayHours row : week) {
                if (row.openProperty().get()) {
                    if (row.opensProperty().get() == null || row.closesProperty().get() == null) {
                        hoursMessage.set(dayName(row.day()) + ": choose when the practice opens and closes");
                        return;
                    }
                    if (!row.closesProperty().get().isAfter(row.opensProperty().get())) {
                        hoursMessage.set(dayName(row.day()) + ": the practice must close after it opens");
                        return;
                    }
                    open.put(row.day(), new WorkingHours.Span(row.opensProperty().get(), row.closesProperty().get()));
                }
            }
            if (open.isEmpty()) {
                hoursMessage.set("Mark at least one day open");
                return;
            }
            hours = WorkingHours.of(open);
        } catch (ValidationException e) {
            hoursMessage.set(e.getMessage());
            return;
        }
        executor.submit(() -> session.data().write(changes -> {
            Practice practice = session.data().office().practice().orElseThrow();
            if (!practice.hours().equals(hours)) {
                changes.update(practice.withHours(hours));
            }
            return hours;
        }), saved -> {
            hoursMessage.set("Saved. The calendar shows these hours on every desk of the practice.");
            session.changes().changed();
        }, e -> hoursMessage.set(SafeMessages.of(e)));
    }

    private static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.US);
    }

    public boolean canManage() {
        return session.permissions().canManageSettings();
    }

    public void loadUsers() {
        executor.submit(() -> session.data().office().users().stream().filter(User::isActive).toList(), users::setAll,
                e -> userMessage.set(SafeMessages.of(e)));
    }

    public void save() {
        if (!canManage()) {
            message.set("Only an admin can change settings");
            return;
        }
        int minutes = idleLockMinutes.get();
        if (minutes < 1 || minutes > DesktopPreferences.MAX_IDLE_LOCK_MINUTES) {
            message.set("Choose between 1 and " + DesktopPreferences.MAX_IDLE_LOCK_MINUTES + " minutes");
            return;
        }
        executor.submit(() -> {
            stores.savePreferences(stores.preferences().withIdleLockMinutes(minutes));
            return minutes;
        }, saved -> message.set("Saved: the desk locks after " + saved + " idle minutes."), e -> message.set(SafeMessages.of(e)));
    }

    /** Adds a user who signs in with the typed email and first password. */
    public void addUser() {
        userErrors.clear();
        userMessage.set("");
        if (!canManage()) {
            userMessage.set("Only an admin can manage users");
            return;
        }
        User user;
        try {
            user = new User(Ids.next(), newEmail.get().strip(), newName.get().strip(), newRole.get(), null, true);
            PasswordPolicy.check(newPassword.get().toCharArray());
        } catch (ValidationException e) {
            userErrors.set(e, USER_FIELDS);
            return;
        }
        char[] secret = newPassword.get().toCharArray();
        newPassword.set("");
        executor.submit(() -> session.store().addUser(user, secret), added -> {
            userMessage.set(added.displayName() + " can now sign in on this PC.");
            newName.set("");
            newEmail.set("");
            loadUsers();
        }, e -> {
            if (e instanceof ValidationException v) {
                userErrors.set(v, USER_FIELDS);
            } else {
                userMessage.set(SafeMessages.of(e));
            }
        });
    }

    /** Removes a user's access (their key slot); their record stays for the audit trail. */
    public void removeUser(User user) {
        userMessage.set("");
        if (user == null || !canManage()) {
            return;
        }
        executor.submit(() -> {
            session.store().removeUser(user.email());
            return user;
        }, removed -> {
            userMessage.set(removed.displayName() + " can no longer sign in.");
            loadUsers();
        }, e -> userMessage.set(SafeMessages.of(e)));
    }

    public static List<Role> roles() {
        return List.of(Role.values());
    }

    public IntegerProperty idleLockMinutesProperty() { return idleLockMinutes; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    /** The working-hours form, Monday to Sunday. */
    public List<DayHours> week() { return week; }
    public ReadOnlyStringProperty hoursMessageProperty() { return hoursMessage; }
    public ObservableList<User> users() { return users; }
    public StringProperty newNameProperty() { return newName; }
    public StringProperty newEmailProperty() { return newEmail; }
    public ObjectProperty<Role> newRoleProperty() { return newRole; }
    public StringProperty newPasswordProperty() { return newPassword; }
    public ReadOnlyStringProperty userMessageProperty() { return userMessage; }
    public FieldErrors userErrors() { return userErrors; }
}
