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
 * ({@link ChartView}, built on first use); otherwise what the place is for ("No patients yet" in a practice
 * without any) and "New patient". Each time the place comes on screen the practice's patients are
 * counted again.
 */
public final class PatientsView {
    private final PatientsViewModel viewModel;
    private final ScreenLoader screens;
    private Node chart;

    @FXML private StackPane root;
    @FXML private VBox list;
    @FXML private EmptyState emptyState;
    @FXML private Message failure;

    public PatientsView(PatientsViewModel viewModel, ScreenLoader screens) {
        this.viewModel = viewModel;
        this.screens = screens;
    }

    @FXML
    private void initialize() {
        emptyState.addAction("patients-new-patient", "New patient", viewModel::newPatient);
        showEmptyState(viewModel.noPatientsProperty().get());
        viewModel.noPatientsProperty().addListener((obs, was, none) -> showEmptyState(none));
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                viewModel.countPatients();
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
    }

    private void showEmptyState(boolean noPatients) {
        if (noPatients) {
            emptyState.setTitle("No patients yet");
            emptyState.setText("Each patient's chart opens here: demographics, allergies, problems, notes, vitals and growth.");
        } else {
            emptyState.setTitle("Find a patient");
            emptyState.setText("Type a name, birth date or phone in the search box at the top (Ctrl+K).");
        }
    }
}
