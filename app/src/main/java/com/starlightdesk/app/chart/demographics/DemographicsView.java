package com.starlightdesk.app.chart.demographics;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.ChoiceLabels;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.patients.BirthDates;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.PipelineStage;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The chart's Demographics section: binds the form to {@link DemographicsViewModel} and delegates Save and
 * Undo changes. Built once per session by the chart; the view-model follows the open chart.
 */
public final class DemographicsView {
    private final DemographicsViewModel viewModel;

    @FXML private StackPane root;
    @FXML private VBox form;
    @FXML private TextField firstName;
    @FXML private Label firstNameError;
    @FXML private TextField lastName;
    @FXML private Label lastNameError;
    @FXML private DatePicker birthDate;
    @FXML private Label birthDateError;
    @FXML private ComboBox<Gender> sex;
    @FXML private TextField gestationalAge;
    @FXML private Label gestationalAgeError;
    @FXML private TextField guardian;
    @FXML private Label guardianError;
    @FXML private TextField phone;
    @FXML private Label phoneError;
    @FXML private TextField email;
    @FXML private Label emailError;
    @FXML private TextField line1;
    @FXML private Label line1Error;
    @FXML private TextField line2;
    @FXML private Label line2Error;
    @FXML private TextField city;
    @FXML private Label cityError;
    @FXML private TextField state;
    @FXML private Label stateError;
    @FXML private TextField zip;
    @FXML private Label zipError;
    @FXML private TextField insuranceProvider;
    @FXML private Label insuranceProviderError;
    @FXML private TextField insuranceId;
    @FXML private Label insuranceIdError;
    @FXML private TextField insuranceGroup;
    @FXML private Label insuranceGroupError;
    @FXML private ComboBox<PatientStatus> status;
    @FXML private ComboBox<PipelineStage> stage;
    @FXML private Label stageError;
    @FXML private ComboBox<DemographicsViewModel.ProviderChoice> provider;
    @FXML private Label providerError;
    @FXML private TextField referredBy;
    @FXML private Label referredByError;
    @FXML private TextArea notes;
    @FXML private Label notesError;
    @FXML private CheckBox active;
    @FXML private Message done;
    @FXML private Message failure;
    @FXML private Button save;
    @FXML private Button revert;
    @FXML private Label unsaved;

    public DemographicsView(DemographicsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        FieldErrors errors = viewModel.errors();
        FieldError.bind(firstName, viewModel.firstNameProperty(), firstNameError, errors.of("firstName"));
        FieldError.bind(lastName, viewModel.lastNameProperty(), lastNameError, errors.of("lastName"));
        birthDate.setConverter(new BirthDates());
        birthDate.valueProperty().bindBidirectional(viewModel.birthDateProperty());
        FieldError.show(birthDate, birthDateError, errors.of("birthDate"));
        sex.getItems().setAll(DemographicsViewModel.sexes());
        sex.setConverter(ChoiceLabels.of(g -> g == null ? "" : ChoiceLabels.ofCode(g.code())));
        sex.valueProperty().bindBidirectional(viewModel.sexProperty());
        FieldError.bind(gestationalAge, viewModel.gestationalAgeProperty(), gestationalAgeError, errors.of("gestationalAge"));
        FieldError.bind(guardian, viewModel.guardianProperty(), guardianError, errors.of("guardian"));
        FieldError.bind(phone, viewModel.phoneProperty(), phoneError, errors.of("phone"));
        FieldError.bind(email, viewModel.emailProperty(), emailError, errors.of("email"));
        FieldError.bind(line1, viewModel.line1Property(), line1Error, errors.of("line1"));
        FieldError.bind(line2, viewModel.line2Property(), line2Error, errors.of("line2"));
        FieldError.bind(city, viewModel.cityProperty(), cityError, errors.of("city"));
        FieldError.bind(state, viewModel.stateProperty(), stateError, errors.of("state"));
        FieldError.bind(zip, viewModel.zipProperty(), zipError, errors.of("zip"));
        FieldError.bind(insuranceProvider, viewModel.insuranceProviderProperty(), insuranceProviderError, errors.of("insuranceProvider"));
        FieldError.bind(insuranceId, viewModel.insuranceIdProperty(), insuranceIdError, errors.of("insuranceId"));
        FieldError.bind(insuranceGroup, viewModel.insuranceGroupProperty(), insuranceGroupError, errors.of("insuranceGroup"));
        status.getItems().setAll(DemographicsViewModel.statuses());
        status.setConverter(ChoiceLabels.of(s -> s == null ? "" : s == PatientStatus.ACTIVE ? "Enrolled patient" : "Prospect"));
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        stage.getItems().setAll(DemographicsViewModel.stages());
        stage.setConverter(ChoiceLabels.of(s -> s == null ? "" : ChoiceLabels.ofCode(s.code().replace('-', ' '))));
        stage.valueProperty().bindBidirectional(viewModel.stageProperty());
        stage.disableProperty().bind(viewModel.statusProperty().isNotEqualTo(PatientStatus.PROSPECT));
        FieldError.show(stage, stageError, errors.of("stage"));
        provider.setItems(viewModel.providers());
        provider.setConverter(ChoiceLabels.of(p -> p == null ? "" : p.label()));
        provider.valueProperty().bindBidirectional(viewModel.providerProperty());
        FieldError.show(provider, providerError, errors.of("provider"));
        FieldError.bind(referredBy, viewModel.referredByProperty(), referredByError, errors.of("referredBy"));
        FieldError.bind(notes, viewModel.notesProperty(), notesError, errors.of("notes"));
        active.selectedProperty().bindBidirectional(viewModel.activeProperty());

        Banner.bind(done, Banner.Kind.DONE, viewModel.doneProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
        save.disableProperty().bind(viewModel.busyProperty().or(viewModel.loadedProperty().not()));
        revert.disableProperty().bind(viewModel.editedProperty().not().or(viewModel.busyProperty()));
        unsaved.visibleProperty().bind(viewModel.editedProperty());
        form.disableProperty().bind(viewModel.loadedProperty().not());
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void revert() {
        viewModel.revert();
    }
}
