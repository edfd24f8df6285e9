package com.starlightdesk.app.firstrun;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.parts.ServerFields;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;

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

    @FXML private ServerFields serverFieldsController;
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
        NewPracticeForm create = viewModel.newPractice();
        FieldErrors createErrors = create.errors();
        FieldError.bind(practiceName, create.practiceNameProperty(), practiceNameError, createErrors.of("practiceName"));
        timeZone.getItems().setAll(NewPracticeForm.COMMON_ZONES);
        timeZone.setEditable(true);
        timeZone.valueProperty().bindBidirectional(create.timeZoneProperty());
        FieldError.show(timeZone, timeZoneError, createErrors.of("timeZone"));
        FirstUser admin = create.admin();
        FieldError.bind(adminName, admin.nameProperty(), adminNameError, createErrors.of("adminName"));
        FieldError.bind(adminEmail, admin.emailProperty(), adminEmailError, createErrors.of("adminEmail"));
        FieldError.bind(password, admin.passwordProperty(), passwordError, createErrors.of("password"));
        FieldError.bind(confirmPassword, admin.confirmProperty(), confirmPasswordError, createErrors.of("confirmPassword"));

        FirstUser demo = viewModel.demoPractice().user();
        FieldErrors demoErrors = viewModel.demoPractice().errors();
        FieldError.bind(demoName, demo.nameProperty(), demoNameError, demoErrors.of("demoName"));
        FieldError.bind(demoEmail, demo.emailProperty(), demoEmailError, demoErrors.of("demoEmail"));
        FieldError.bind(demoPassword, demo.passwordProperty(), demoPasswordError, demoErrors.of("demoPassword"));
        FieldError.bind(demoConfirm, demo.confirmProperty(), demoConfirmError, demoErrors.of("demoConfirm"));

        JoinServerForm join = viewModel.joinServer();
        FieldErrors joinErrors = join.errors();
        serverFieldsController.bind(join.server(), joinErrors);
        FirstUser joining = join.user();
        FieldError.bind(joinName, joining.nameProperty(), joinNameError, joinErrors.of("joinName"));
        FieldError.bind(joinEmail, joining.emailProperty(), joinEmailError, joinErrors.of("joinEmail"));
        FieldError.bind(joinPassword, joining.passwordProperty(), joinPasswordError, joinErrors.of("joinPassword"));
        FieldError.bind(joinConfirm, joining.confirmProperty(), joinConfirmError, joinErrors.of("joinConfirm"));

        FirstRunProgress work = viewModel.progress();
        joinProgress.progressProperty().bind(work.joinProgressProperty());
        joinProgress.visibleProperty().bind(work.joiningProperty());
        joinProgress.managedProperty().bind(joinProgress.visibleProperty());
        choices.disableProperty().bind(work.busyProperty());
        progressIndicator.visibleProperty().bind(work.busyProperty().and(work.joiningProperty().not()));
        progress.textProperty().bind(work.stepProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, work.failureProperty());
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
