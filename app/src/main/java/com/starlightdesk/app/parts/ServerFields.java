package com.starlightdesk.app.parts;

import com.starlightdesk.sync.api.ServerSettings;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/**
 * The inputs of a {@link ServerForm} (ServerFields.fxml, included by the screens that ask where a
 * practice's server is), each with the line under it for its message; the including screen calls
 * {@link #bind}. The profile's name can be typed only while a named profile is chosen. Confined to the FX thread.
 */
public final class ServerFields {
    @FXML private TextField region;
    @FXML private Label regionError;
    @FXML private TextField resourceArn;
    @FXML private Label resourceArnError;
    @FXML private TextField secretArn;
    @FXML private Label secretArnError;
    @FXML private TextField database;
    @FXML private Label databaseError;
    @FXML private TextField endpoint;
    @FXML private Label endpointError;
    @FXML private ComboBox<ServerSettings.Credentials.Source> credentials;
    @FXML private TextField profile;
    @FXML private Label profileError;

    public ServerFields() {
    }

    /** Binds the inputs both ways to {@code form} and shows the messages of {@code errors} at them. */
    public void bind(ServerForm form, FieldErrors errors) {
        FieldError.bind(region, form.regionProperty(), regionError, errors.of("region"));
        FieldError.bind(resourceArn, form.resourceArnProperty(), resourceArnError, errors.of("resourceArn"));
        FieldError.bind(secretArn, form.secretArnProperty(), secretArnError, errors.of("secretArn"));
        FieldError.bind(database, form.databaseProperty(), databaseError, errors.of("database"));
        FieldError.bind(endpoint, form.endpointProperty(), endpointError, errors.of("endpoint"));
        credentials.getItems().setAll(ServerSettings.Credentials.Source.values());
        credentials.setConverter(new StringConverter<>() {
            @Override
            public String toString(ServerSettings.Credentials.Source source) {
                return source == null ? "" : ServerForm.credentialLabel(source);
            }

            @Override
            public ServerSettings.Credentials.Source fromString(String text) {
                return null;
            }
        });
        credentials.valueProperty().bindBidirectional(form.credentialSourceProperty());
        FieldError.bind(profile, form.profileProperty(), profileError, errors.of("profile"));
        profile.disableProperty().bind(form.credentialSourceProperty().isNotEqualTo(ServerSettings.Credentials.Source.PROFILE));
    }
}
