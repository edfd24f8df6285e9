package com.starlightdesk.app.firstrun;

import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.store.PasswordPolicy;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The first user of the store a first-run form creates or joins: name, email and the password typed
 * twice, checked by the rules the store applies. Its messages go to its form's {@link FieldErrors},
 * under the names that form gives these fields. Confined to the FX thread; needs no toolkit.
 */
public final class FirstUser {
    private final FieldErrors errors;
    private final String nameField;
    private final String emailField;
    private final String passwordField;
    private final String confirmField;
    private final StringProperty name;
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirm = new SimpleStringProperty("");

    FirstUser(FieldErrors errors, String nameField, String emailField, String passwordField, String confirmField, String name) {
        this.errors = errors;
        this.nameField = nameField;
        this.emailField = emailField;
        this.passwordField = passwordField;
        this.confirmField = confirmField;
        this.name = new SimpleStringProperty(name);
    }

    /** Checks the name, the email and the two passwords, writing a message at each field that is wrong. */
    void check() {
        try {
            new User(Ids.next(), email(), name(), Role.ADMIN, null, true);
        } catch (ValidationException e) {
            errors.set(e, fields());
        }
        if (name().isEmpty()) {
            errors.set(nameField, "Enter a name");
        }
        try {
            PasswordPolicy.check(password.get().toCharArray());
        } catch (ValidationException e) {
            errors.set(passwordField, "Password " + e.getMessage().substring(e.getMessage().indexOf(':') + 2));
        }
        if (!password.get().equals(confirm.get())) {
            errors.set(confirmField, "The two passwords differ");
        }
    }

    /** The domain's names for these fields, mapped to the form's. */
    Map<String, String> fields() {
        return Map.of("displayName", nameField, "email", emailField, "password", passwordField);
    }

    String name() {
        return name.get().strip();
    }

    String email() {
        return email.get().strip();
    }

    /** The typed password, for the store's key slot. */
    char[] secret() {
        return password.get().toCharArray();
    }

    /** Clears both password fields, so a password does not linger in the form. */
    void forgetPasswords() {
        password.set("");
        confirm.set("");
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty emailProperty() { return email; }
    public StringProperty passwordProperty() { return password; }
    public StringProperty confirmProperty() { return confirm; }
}
