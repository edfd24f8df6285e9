package com.starlightdesk.app.settings.users;

import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.parts.FormNews;
import com.starlightdesk.app.session.Permissions;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.store.PasswordPolicy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Users page of Settings, for admins: the practice's users (the deactivated ones too); the chosen
 * user's role, deactivating or reactivating them, and resetting their password on this desk to a
 * temporary one that they replace at their next sign-in; and adding a user with a first password. An
 * admin cannot change their own role or deactivate themself, and the practice keeps an active admin;
 * those rules and the password policy are the store's, and their messages show at the field concerned.
 * Typed passwords are cleared once handed to the store. Confined to the FX thread; needs no toolkit.
 */
public final class UsersViewModel {
    private static final Map<String, String> NEW_USER_FIELDS = Map.of("displayName", "newName", "email", "newEmail",
            "password", "newPassword", "role", "newRole");
    /** The form's names for the domain's fields in refusals that come back from the store. */
    private static final Map<String, String> STORE_FIELDS = Map.of("password", "temporaryPassword", "email", "newEmail");

    private final Session session;
    private final TaskExecutor executor;

    private final ObservableList<User> users = FXCollections.observableArrayList();
    private final ObjectProperty<User> chosen = new SimpleObjectProperty<>();
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>();
    private final StringProperty temporaryPassword = new SimpleStringProperty("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty newEmail = new SimpleStringProperty("");
    private final ObjectProperty<Role> newRole = new SimpleObjectProperty<>(Role.STAFF);
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final FormNews news = new FormNews(STORE_FIELDS);
    private final FieldErrors errors = news.errors();
    private final StringBinding activationAction = Bindings.createStringBinding(
            () -> chosen.get() != null && !chosen.get().isActive() ? "Reactivate" : "Deactivate", chosen);

    public UsersViewModel(Session session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
        chosen.addListener((obs, old, now) -> {
            role.set(now == null ? null : now.role());
            if (old == null || now == null || !old.id().equals(now.id())) {
                temporaryPassword.set("");
                errors.clear();
            }
        });
    }

    /** Reads the practice's users, keeping the chosen one chosen. */
    public void load() {
        executor.submit(() -> session.data().office().users(), this::show, news::failed);
    }

    private void show(List<User> read) {
        UUID keep = chosen.get() == null ? null : chosen.get().id();
        users.setAll(read);
        chosen.set(read.stream().filter(u -> u.id().equals(keep)).findFirst().orElse(null));
    }

    /** Chooses the user whose role, activation and password the page's buttons change. */
    public void choose(User user) {
        chosen.set(user);
    }

    /** Gives the chosen user the role in {@link #roleProperty()}; it applies from their next sign-in. */
    public void saveRole() {
        Optional<User> user = startChange();
        if (user.isEmpty()) {
            return;
        }
        Role wanted = role.get();
        if (wanted == null) {
            errors.set("role", "Choose a role");
            return;
        }
        change(() -> session.store().changeRole(user.get().email(), wanted),
                changed -> changed.displayName() + " is now " + roleLabel(changed.role())
                        + ". The new role applies from their next sign-in.");
    }

    /**
     * Deactivates the chosen user (no desk lets them sign in; their record stays), or reactivates a
     * deactivated one with the temporary password typed for them.
     */
    public void changeActivation() {
        Optional<User> user = startChange();
        if (user.isEmpty()) {
            return;
        }
        String email = user.get().email();
        if (user.get().isActive()) {
            change(() -> session.store().deactivateUser(email),
                    changed -> changed.displayName() + " is deactivated and can no longer sign in.");
            return;
        }
        Optional<char[]> temporary = temporaryPassword("Type a temporary password to reactivate them with");
        temporary.ifPresent(secret -> change(() -> session.store().reactivateUser(email, secret),
                changed -> changed.displayName() + " is active again. They sign in on this PC with the temporary"
                        + " password and then choose their own."));
    }

    /** Resets the chosen user's password on this desk to the temporary one typed; they choose their own at next sign-in. */
    public void resetPassword() {
        Optional<User> user = startChange();
        if (user.isEmpty()) {
            return;
        }
        User target = user.get();
        Optional<char[]> temporary = temporaryPassword("Type a temporary password for them");
        temporary.ifPresent(secret -> change(() -> {
            session.store().resetPassword(target.email(), secret);
            return target;
        }, changed -> "The password of " + changed.displayName() + " is reset on this PC. They sign in with the"
                + " temporary password and then choose their own."));
    }

    /** Clears the page's news and checks that an admin has chosen a user. */
    private Optional<User> startChange() {
        errors.clear();
        news.clear();
        if (!canManage()) {
            news.refused("Only an admin can manage users");
            return Optional.empty();
        }
        if (chosen.get() == null) {
            news.refused("Choose a user in the list first");
            return Optional.empty();
        }
        return Optional.ofNullable(chosen.get());
    }

    /** The typed temporary password if the policy takes it (the field is cleared then), else its error at the field. */
    private Optional<char[]> temporaryPassword(String whenEmpty) {
        if (temporaryPassword.get().isEmpty()) {
            errors.set("temporaryPassword", whenEmpty);
            return Optional.empty();
        }
        char[] secret = temporaryPassword.get().toCharArray();
        try {
            PasswordPolicy.check(secret);
        } catch (ValidationException e) {
            errors.set(e, STORE_FIELDS);
            return Optional.empty();
        }
        temporaryPassword.set("");
        return Optional.of(secret);
    }

    /** Runs a change of the chosen user in the background, says what it did, then reads the users again. */
    private void change(Callable<User> work, Function<User, String> said) {
        news.working();
        executor.submit(work, changed -> {
            news.done(said.apply(changed));
            load();
        }, news::failed);
    }

    /** Adds a user who signs in with the typed email and first password. */
    public void addUser() {
        errors.clear();
        news.clear();
        if (!canManage()) {
            news.refused("Only an admin can manage users");
            return;
        }
        User user;
        try {
            user = new User(Ids.next(), newEmail.get().strip(), newName.get().strip(), newRole.get(), null, true);
            PasswordPolicy.check(newPassword.get().toCharArray());
        } catch (ValidationException e) {
            errors.set(e, NEW_USER_FIELDS);
            return;
        }
        char[] secret = newPassword.get().toCharArray();
        newPassword.set("");
        news.working();
        executor.submit(() -> session.store().addUser(user, secret), added -> {
            news.done(added.displayName() + " can now sign in on this PC.");
            newName.set("");
            newEmail.set("");
            load();
        }, news::failed);
    }

    private boolean canManage() {
        return session.permissions().canManageSettings();
    }

    /** "Admin", "Provider" or "Staff". */
    public static String roleLabel(Role role) {
        return new Permissions(role).roleLabel();
    }

    public static List<Role> roles() {
        return List.of(Role.values());
    }

    public ObservableList<User> users() { return users; }
    public ReadOnlyObjectProperty<User> chosenProperty() { return chosen; }
    public ObjectProperty<Role> roleProperty() { return role; }
    public StringProperty temporaryPasswordProperty() { return temporaryPassword; }
    /** "Deactivate", or "Reactivate" while the chosen user is deactivated. */
    public StringBinding activationAction() { return activationAction; }
    public StringProperty newNameProperty() { return newName; }
    public StringProperty newEmailProperty() { return newEmail; }
    public ObjectProperty<Role> newRoleProperty() { return newRole; }
    public StringProperty newPasswordProperty() { return newPassword; }
    public ReadOnlyStringProperty doneProperty() { return news.doneProperty(); }
    public ReadOnlyStringProperty failureProperty() { return news.failureProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return news.busyProperty(); }
    public FieldErrors errors() { return errors; }
}
