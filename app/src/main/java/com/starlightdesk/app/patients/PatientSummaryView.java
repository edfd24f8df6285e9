package com.starlightdesk.app.patients;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.parts.Banner;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** The patient summary pane: binds to {@link PatientSummaryViewModel}. */
public final class PatientSummaryView {
    private final PatientSummaryViewModel viewModel;

    @FXML private VBox summary;
    @FXML private Label emptyMessage;
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
        emptyMessage.visibleProperty().bind(viewModel.openProperty().not());
        emptyMessage.managedProperty().bind(viewModel.openProperty().not());
        name.textProperty().bind(viewModel.nameProperty());
        birth.textProperty().bind(viewModel.birthProperty());
        guardian.textProperty().bind(viewModel.guardianProperty());
        phone.textProperty().bind(viewModel.phoneProperty());
        allergies.setItems(viewModel.allergies());
        upcomingVisits.setItems(viewModel.upcomingVisits());
        upcomingVisits.setPlaceholder(new Label("No upcoming visits"));
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
    }
}
