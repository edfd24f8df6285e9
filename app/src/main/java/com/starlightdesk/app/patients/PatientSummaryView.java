package com.starlightdesk.app.patients;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.EmptyState;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The patient summary pane: binds to {@link PatientSummaryViewModel}. With no patient open it shows
 * what the place is for ("No patients yet" in a practice without any) and "New patient"; each time the
 * place comes on screen the practice's patients are counted again.
 */
public final class PatientSummaryView {
    private final PatientSummaryViewModel viewModel;

    @FXML private StackPane root;
    @FXML private VBox summary;
    @FXML private EmptyState emptyState;
    @FXML private Label name;
    @FXML private Label birth;
    @FXML private Label guardian;
    @FXML private Label phone;
    @FXML private ListView<String> allergies;
    @FXML private ListView<String> upcomingVisits;
    @FXML private Message failure;

    public PatientSummaryView(PatientSummaryViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        summary.visibleProperty().bind(viewModel.openProperty());
        summary.managedProperty().bind(viewModel.openProperty());
        emptyState.visibleProperty().bind(viewModel.openProperty().not());
        emptyState.managedProperty().bind(viewModel.openProperty().not());
        emptyState.addAction("patients-new-patient", "New patient", viewModel::newPatient);
        showEmptyState(viewModel.noPatientsProperty().get());
        viewModel.noPatientsProperty().addListener((obs, was, none) -> showEmptyState(none));
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                viewModel.countPatients();
            }
        });
        name.textProperty().bind(viewModel.nameProperty());
        birth.textProperty().bind(viewModel.birthProperty());
        guardian.textProperty().bind(viewModel.guardianProperty());
        phone.textProperty().bind(viewModel.phoneProperty());
        allergies.setItems(viewModel.allergies());
        upcomingVisits.setItems(viewModel.upcomingVisits());
        upcomingVisits.setPlaceholder(new Label("No upcoming visits"));
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
    }

    private void showEmptyState(boolean noPatients) {
        if (noPatients) {
            emptyState.setTitle("No patients yet");
            emptyState.setText("Each patient's summary shows here: birth date, guardian, phone, allergies and upcoming visits.");
        } else {
            emptyState.setTitle("Find a patient");
            emptyState.setText("Type a name, birth date or phone in the search box at the top (Ctrl+K).");
        }
    }
}
