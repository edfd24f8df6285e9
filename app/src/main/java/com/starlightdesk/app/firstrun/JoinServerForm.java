package com.starlightdesk.app.firstrun;

import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.sync.api.JoinException;
import com.starlightdesk.sync.api.ServerSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Connect to a server" form: where the practice's database is (see {@link ServerConnection}),
 * which AWS credentials reach it, and the user who joins from this PC. Confined to the FX thread;
 * needs no toolkit.
 */
public final class JoinServerForm {
    private final FieldErrors errors = new FieldErrors();
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty resourceArn = new SimpleStringProperty("");
    private final StringProperty secretArn = new SimpleStringProperty("");
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty endpoint = new SimpleStringProperty("");
    private final ObjectProperty<ServerSettings.Credentials.Source> credentialSource =
            new SimpleObjectProperty<>(ServerSettings.Credentials.Source.DEFAULT_CHAIN);
    private final StringProperty profile = new SimpleStringProperty("");
    private final FirstUser user = new FirstUser(errors, "joinName", "joinEmail", "joinPassword", "joinConfirm", "");

    /** How the credential choices read on the form. */
    public static String credentialLabel(ServerSettings.Credentials.Source source) {
        return switch (source) {
            case DEFAULT_CHAIN -> "This PC's AWS credentials (default)";
            case PROFILE -> "A named AWS profile";
            case LOCAL_GATEWAY -> "Local development gateway (no AWS account)";
        };
    }

    /** Checks every field, writing a message at each one that is wrong; the server's settings when all are right. */
    Optional<ServerSettings> check() {
        errors.clear();
        ServerConnection connection = new ServerConnection(region.get().strip(), resourceArn.get().strip(),
                secretArn.get().strip(), database.get().strip(), endpoint.get().strip());
        connection.validate(errors);
        ServerSettings.Credentials credentials = null;
        try {
            credentials = new ServerSettings.Credentials(credentialSource.get(), profile.get());
        } catch (IllegalArgumentException e) {
            errors.set("profile", e.getMessage());
        }
        user.check();
        return errors.isEmpty() ? Optional.of(connection.settings(credentials)) : Optional.empty();
    }

    /**
     * Shows why the server refused the join at the field it concerns, when the form has that field (the
     * profile's only while a profile is chosen); false when it concerns none.
     */
    boolean refusedAtField(JoinException e) {
        if (e.field() == null) {
            return false;
        }
        Map<String, String> fields = new HashMap<>(user.fields());
        fields.put("credentials", "profile");
        String field = fields.getOrDefault(e.field(), e.field());
        if (field.equals("profile") && credentialSource.get() != ServerSettings.Credentials.Source.PROFILE) {
            return false;
        }
        errors.set(field, e.getMessage());
        return true;
    }

    public StringProperty regionProperty() { return region; }
    public StringProperty resourceArnProperty() { return resourceArn; }
    public StringProperty secretArnProperty() { return secretArn; }
    public StringProperty databaseProperty() { return database; }
    public StringProperty endpointProperty() { return endpoint; }
    public ObjectProperty<ServerSettings.Credentials.Source> credentialSourceProperty() { return credentialSource; }
    public StringProperty profileProperty() { return profile; }
    public FirstUser user() { return user; }
    public FieldErrors errors() { return errors; }
}
