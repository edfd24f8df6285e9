package com.starlightdesk.app.firstrun;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.sync.api.ServerSettings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** The first-run screen: binds the three forms to {@link FirstRunViewModel} and delegates its buttons. */
public final class FirstRunView {
    private final FirstRunViewModel viewModel;

    @FXML private TabPane choices;
    @FXML private TextField practiceName;
    @FXML private Label practiceNameError;
    @FXML private ComboBox<String> timeZone;
    @FXML private Label timeZoneError;
    @FXML private TextField adminName;
    @FXML private Label adminNameError;
    @FXML private TextField adminEmail;
    @FXML private Label adminEmailError;
    @FXML private PasswordField password;
    @FXML private Label passwordError;
    @FXML private PasswordField confirmPassword;
    @FXML private Label confirmPasswordError;
    @FXML private Button createButton;

    @FXML private TextField demoName;
    @FXML private Label demoNameError;
    @FXML private TextField demoEmail;
    @FXML private Label demoEmailError;
    @FXML private PasswordField demoPassword;
    @FXML private Label demoPasswordError;
    @FXML private PasswordField demoConfirm;
    @FXML private Label demoConfirmError;
    @FXML private Button demoButton;

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
    @FXML private TextField joinName;
    @FXML private Label joinNameError;
    @FXML private TextField joinEmail;
    @FXML private Label joinEmailError;
    @FXML private PasswordField joinPassword;
    @FXML private Label joinPasswordError;
    @FXML private PasswordField joinConfirm;
    @FXML private Label joinConfirmError;
    @FXML private ProgressBar joinProgress;

    @FXML private ProgressIndicator progressIndicator;
    @FXML private Label progress;
    @FXML private Message failure;

    public FirstRunView(FirstRunViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        FieldErrors create = viewModel.createErrors();
        FieldError.bind(practiceName, viewModel.practiceNameProperty(), practiceNameError, create.of("practiceName"));
        timeZone.getItems().setAll(FirstRunViewModel.COMMON_ZONES);
        timeZone.setEditable(true);
        timeZone.valueProperty().bindBidirectional(viewModel.timeZoneProperty());
        FieldError.show(timeZone, timeZoneError, create.of("timeZone"));
        FieldError.bind(adminName, viewModel.adminNameProperty(), adminNameError, create.of("adminName"));
        FieldError.bind(adminEmail, viewModel.adminEmailProperty(), adminEmailError, create.of("adminEmail"));
        FieldError.bind(password, viewModel.passwordProperty(), passwordError, create.of("password"));
        FieldError.bind(confirmPassword, viewModel.confirmPasswordProperty(), confirmPasswordError, create.of("confirmPassword"));

        FieldErrors demo = viewModel.demoErrors();
        FieldError.bind(demoName, viewModel.demoNameProperty(), demoNameError, demo.of("demoName"));
        FieldError.bind(demoEmail, viewModel.demoEmailProperty(), demoEmailError, demo.of("demoEmail"));
        FieldError.bind(demoPassword, viewModel.demoPasswordProperty(), demoPasswordError, demo.of("demoPassword"));
        FieldError.bind(demoConfirm, viewModel.demoConfirmProperty(), demoConfirmError, demo.of("demoConfirm"));

        FieldErrors connect = viewModel.connectErrors();
        FieldError.bind(region, viewModel.regionProperty(), regionError, connect.of("region"));
        FieldError.bind(resourceArn, viewModel.resourceArnProperty(), resourceArnError, connect.of("resourceArn"));
        FieldError.bind(secretArn, viewModel.secretArnProperty(), secretArnError, connect.of("secretArn"));
        FieldError.bind(database, viewModel.databaseProperty(), databaseError, connect.of("database"));
        FieldError.bind(endpoint, viewModel.endpointProperty(), endpointError, connect.of("endpoint"));
        credentials.getItems().setAll(ServerSettings.Credentials.Source.values());
        credentials.setConverter(new StringConverter<>() {
            @Override
            public String toString(ServerSettings.Credentials.Source source) {
                return source == null ? "" : FirstRunViewModel.credentialLabel(source);
            }

            @Override
            public ServerSettings.Credentials.Source fromString(String text) {
                return null;
            }
        });
        credentials.valueProperty().bindBidirectional(viewModel.credentialSourceProperty());
        FieldError.bind(profile, viewModel.profileProperty(), profileError, connect.of("profile"));
        profile.disableProperty().bind(viewModel.credentialSourceProperty().isNotEqualTo(ServerSettings.Credentials.Source.PROFILE));
        FieldError.bind(joinName, viewModel.joinNameProperty(), joinNameError, connect.of("joinName"));
        FieldError.bind(joinEmail, viewModel.joinEmailProperty(), joinEmailError, connect.of("joinEmail"));
        FieldError.bind(joinPassword, viewModel.joinPasswordProperty(), joinPasswordError, connect.of("joinPassword"));
        FieldError.bind(joinConfirm, viewModel.joinConfirmProperty(), joinConfirmError, connect.of("joinConfirm"));
        joinProgress.progressProperty().bind(viewModel.joinProgressProperty());
        joinProgress.visibleProperty().bind(viewModel.joiningProperty());
        joinProgress.managedProperty().bind(joinProgress.visibleProperty());

        choices.disableProperty().bind(viewModel.busyProperty());
        progressIndicator.visibleProperty().bind(viewModel.busyProperty().and(viewModel.joiningProperty().not()));
        progress.textProperty().bind(viewModel.progressProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
    }

    @FXML
    private void createPractice() {
        viewModel.createPractice();
    }

    @FXML
    private void openDemo() {
        viewModel.openDemo();
    }

    @FXML
    private void connect() {
        viewModel.connect();
    }
}
