package com.starlightdesk.app.patients;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.chart.ChartView;
import com.starlightdesk.app.desktop.ScreenLoader;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.EmptyState;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Patients place: binds to {@link PatientsViewModel}. While a chart is open it shows the chart
 * ({@link ChartView}, built on first use); otherwise the list of patients ({@link PatientListView}), or in a
 * practice without any what the place is for ("No patients yet") and "New patient". Each time the place
 * comes on screen the practice's patients are read again and the table takes the keyboard.
 */
public final class PatientsView {
    private final PatientsViewModel viewModel;
    private final ScreenLoader screens;
    private Node chart;

    @FXML private StackPane root;
    @FXML private VBox list;
    @FXML private EmptyState emptyState;
    @FXML private Node patientList;
    @FXML private PatientListView patientListController;
    @FXML private Message failure;

    public PatientsView(PatientsViewModel viewModel, ScreenLoader screens) {
        this.viewModel = viewModel;
        this.screens = screens;
    }

    @FXML
    private void initialize() {
        emptyState.setTitle("No patients yet");
        emptyState.setText("Each patient's chart opens here: demographics, allergies, problems, notes, vitals and growth.");
        emptyState.addAction("patients-new-patient", "New patient", viewModel::newPatient);
        showEmptyState(viewModel.noPatientsProperty().get());
        viewModel.noPatientsProperty().addListener((obs, was, none) -> showEmptyState(none));
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                viewModel.countPatients();
            }
        });
        // The shell hands the focus to the place as it shows it: with the list on screen, the table takes it.
        root.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && !viewModel.chartOpenProperty().get() && patientList.isVisible()) {
                patientListController.focus();
            }
        });
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
        viewModel.chartOpenProperty().addListener((obs, was, open) -> showChart(open));
        showChart(viewModel.chartOpenProperty().get());
    }

    private void showChart(boolean open) {
        if (open && chart == null) {
            chart = screens.load(ChartView.class);
            root.getChildren().add(chart);
        }
        if (chart != null) {
            chart.setVisible(open);
            chart.setManaged(open);
        }
        list.setVisible(!open);
        list.setManaged(!open);
        if (!open && root.getScene() != null) {
            patientListController.focus();
        }
    }

    /** A practice without patients sees what the place is for and "New patient"; otherwise the list. */
    private void showEmptyState(boolean noPatients) {
        emptyState.setVisible(noPatients);
        emptyState.setManaged(noPatients);
        patientList.setVisible(!noPatients);
        patientList.setManaged(!noPatients);
    }
}
