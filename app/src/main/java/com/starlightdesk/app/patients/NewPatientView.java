package com.starlightdesk.app.patients;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.ChoiceLabels;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.PatientStatus;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * The New patient card: binds its fields to {@link NewPatientViewModel} and delegates Save and Cancel.
 * The shell shows it over its workspace while the model is open; the focus goes to the first name.
 */
public final class NewPatientView {
    private final NewPatientViewModel viewModel;

    @FXML private Label title;
    @FXML private Label household;
    @FXML private TextField firstName;
    @FXML private Label firstNameError;
    @FXML private TextField lastName;
    @FXML private Label lastNameError;
    @FXML private DatePicker birthDate;
    @FXML private Label birthDateError;
    @FXML private Label birthDateWarning;
    @FXML private ComboBox<Gender> sex;
    @FXML private TextField guardian;
    @FXML private Label guardianError;
    @FXML private TextField phone;
    @FXML private Label phoneError;
    @FXML private TextField email;
    @FXML private Label emailError;
    @FXML private ComboBox<PatientStatus> status;
    @FXML private Button saveButton;
    @FXML private Message failure;

    public NewPatientView(NewPatientViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        FieldErrors errors = viewModel.errors();
        title.textProperty().bind(viewModel.titleProperty());
        household.textProperty().bind(viewModel.householdProperty());
        household.visibleProperty().bind(viewModel.householdProperty().isNotEmpty());
        household.managedProperty().bind(household.visibleProperty());
        FieldError.bind(firstName, viewModel.firstNameProperty(), firstNameError, errors.of("firstName"));
        FieldError.bind(lastName, viewModel.lastNameProperty(), lastNameError, errors.of("lastName"));
        birthDate.setConverter(new BirthDates());
        birthDate.setPromptText("M/D/YYYY");
        birthDate.valueProperty().bindBidirectional(viewModel.birthDateProperty());
        FieldError.show(birthDate, birthDateError, errors.of("birthDate"));
        birthDateWarning.textProperty().bind(viewModel.birthDateWarningProperty());
        birthDateWarning.visibleProperty().bind(viewModel.birthDateWarningProperty().isNotEmpty());
        birthDateWarning.managedProperty().bind(birthDateWarning.visibleProperty());
        birthDateWarning.getStyleClass().add(Styles.WARNING);
        sex.getItems().setAll(NewPatientViewModel.sexes());
        sex.setConverter(ChoiceLabels.of(g -> g == null ? "" : ChoiceLabels.ofCode(g.code())));
        sex.valueProperty().bindBidirectional(viewModel.sexProperty());
        FieldError.bind(guardian, viewModel.guardianProperty(), guardianError, errors.of("guardian"));
        FieldError.bind(phone, viewModel.phoneProperty(), phoneError, errors.of("phone"));
        FieldError.bind(email, viewModel.emailProperty(), emailError, errors.of("email"));
        status.getItems().setAll(NewPatientViewModel.statuses());
        status.setConverter(ChoiceLabels.of(s -> s == null ? "" : s == PatientStatus.ACTIVE ? "Active patient" : "Prospect (inquiring family)"));
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        saveButton.disableProperty().bind(viewModel.busyProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
        viewModel.openProperty().addListener((obs, was, open) -> {
            if (open) {
                focusFirstName();
            }
        });
        if (viewModel.openProperty().get()) {
            focusFirstName(); // loaded by its first opening
        }
    }

    /** Once the card is on screen (the layer shows it after this pulse), the first name takes the focus. */
    private void focusFirstName() {
        Platform.runLater(() -> {
            firstName.requestFocus();
            firstName.end();
        });
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
