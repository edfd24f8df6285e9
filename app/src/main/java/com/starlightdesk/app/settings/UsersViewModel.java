package com.starlightdesk.app.settings;

import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.store.PasswordPolicy;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Users page of Settings: the practice's users, and adding one with a first password (admins only).
 * Confined to the FX thread; needs no toolkit.
 */
public final class UsersViewModel {
    private static final Map<String, String> USER_FIELDS = Map.of("displayName", "newName", "email", "newEmail",
            "password", "newPassword", "role", "newRole");

    private final Session session;
    private final TaskExecutor executor;

    private final ObservableList<User> users = FXCollections.observableArrayList();
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty newEmail = new SimpleStringProperty("");
    private final ObjectProperty<Role> newRole = new SimpleObjectProperty<>(Role.STAFF);
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();

    public UsersViewModel(Session session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
    }

    private boolean canManage() {
        return session.permissions().canManageSettings();
    }

    public void load() {
        executor.submit(() -> session.data().office().users().stream().filter(User::isActive).toList(), users::setAll,
                e -> message.set(SafeMessages.of(e)));
    }

    /** Adds a user who signs in with the typed email and first password. */
    public void addUser() {
        errors.clear();
        message.set("");
        if (!canManage()) {
            message.set("Only an admin can manage users");
            return;
        }
        User user;
        try {
            user = new User(Ids.next(), newEmail.get().strip(), newName.get().strip(), newRole.get(), null, true);
            PasswordPolicy.check(newPassword.get().toCharArray());
        } catch (ValidationException e) {
            errors.set(e, USER_FIELDS);
            return;
        }
        char[] secret = newPassword.get().toCharArray();
        newPassword.set("");
        executor.submit(() -> session.store().addUser(user, secret), added -> {
            message.set(added.displayName() + " can now sign in on this PC.");
            newName.set("");
            newEmail.set("");
            load();
        }, e -> {
            if (e instanceof ValidationException v) {
                errors.set(v, USER_FIELDS);
            } else {
                message.set(SafeMessages.of(e));
            }
        });
    }

    /** Removes a user's access (their key slot); their record stays for the audit trail. */
    public void removeUser(User user) {
        message.set("");
        if (user == null || !canManage()) {
            return;
        }
        executor.submit(() -> {
            session.store().removeUser(user.email());
            return user;
        }, removed -> {
            message.set(removed.displayName() + " can no longer sign in.");
            load();
        }, e -> message.set(SafeMessages.of(e)));
    }

    public static List<Role> roles() {
        return List.of(Role.values());
    }

    public ObservableList<User> users() { return users; }
    public StringProperty newNameProperty() { return newName; }
    public StringProperty newEmailProperty() { return newEmail; }
    public ObjectProperty<Role> newRoleProperty() { return newRole; }
    public StringProperty newPasswordProperty() { return newPassword; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    public FieldErrors errors() { return errors; }
}
