package com.starlightdesk.app.parts;

import com.starlightdesk.sync.api.JoinException;
import com.starlightdesk.sync.api.ServerSettings;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The fields that say where a practice's server is and how this PC reaches it (see {@link ServerConnection}):
 * region, cluster ARN, secret ARN, database, optional endpoint and the AWS credentials' source, with the
 * profile's name when one is chosen. Shared by first run's "Connect to a server" and Settings' "Practice
 * server"; its messages go to the form's {@link FieldErrors}. Confined to the FX thread; needs no toolkit.
 */
public final class ServerForm {
    private static final Set<String> FIELDS = Set.of("region", "resourceArn", "secretArn", "database", "endpoint", "profile");

    private final FieldErrors errors;
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty resourceArn = new SimpleStringProperty("");
    private final StringProperty secretArn = new SimpleStringProperty("");
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty endpoint = new SimpleStringProperty("");
    private final ObjectProperty<ServerSettings.Credentials.Source> credentialSource =
            new SimpleObjectProperty<>(ServerSettings.Credentials.Source.DEFAULT_CHAIN);
    private final StringProperty profile = new SimpleStringProperty("");

    public ServerForm(FieldErrors errors) {
        this.errors = errors;
    }

    /** How the credential choices read on the form. */
    public static String credentialLabel(ServerSettings.Credentials.Source source) {
        return switch (source) {
            case DEFAULT_CHAIN -> "This PC's AWS credentials (default)";
            case PROFILE -> "A named AWS profile";
            case LOCAL_GATEWAY -> "Local development gateway (no AWS account)";
        };
    }

    /**
     * Checks the server's fields, writing a message at each one that is wrong (the caller clears the form's
     * messages first); the server's settings when all of them are right.
     */
    public Optional<ServerSettings> check() {
        ServerConnection connection = new ServerConnection(region.get().strip(), resourceArn.get().strip(),
                secretArn.get().strip(), database.get().strip(), endpoint.get().strip());
        boolean valid = connection.validate(errors);
        try {
            ServerSettings.Credentials credentials = new ServerSettings.Credentials(credentialSource.get(), profile.get());
            return valid ? Optional.of(connection.settings(credentials)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            errors.set("profile", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Shows why the server refused at the server field it concerns (the credentials' at the profile, while
     * a profile is chosen); false when it concerns none of them.
     */
    public boolean refusedAtField(JoinException e) {
        String field = "credentials".equals(e.field()) ? "profile" : e.field();
        if (field == null || !FIELDS.contains(field)
                || field.equals("profile") && credentialSource.get() != ServerSettings.Credentials.Source.PROFILE) {
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
}
