package com.starlightdesk.app.chart.summary;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.chart.ChartSection;
import com.starlightdesk.app.parts.Banner;
import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** The chart's front page: binds to {@link SummaryViewModel}; the clinical blocks show to those who chart. */
public final class SummaryView {
    private final SummaryViewModel viewModel;

    @FXML private Label lastVisit;
    @FXML private Label nextVisit;
    @FXML private Label contact;
    @FXML private VBox clinical;
    @FXML private ListView<String> problems;
    @FXML private ListView<String> medications;
    @FXML private Label vitalsTaken;
    @FXML private ListView<String> vitals;
    @FXML private Hyperlink allProblems;
    @FXML private Hyperlink allMedications;
    @FXML private Hyperlink allVitals;
    @FXML private Hyperlink timeline;
    @FXML private Message failure;

    public SummaryView(SummaryViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        lastVisit.textProperty().bind(viewModel.lastVisitProperty());
        nextVisit.textProperty().bind(viewModel.nextVisitProperty());
        contact.textProperty().bind(viewModel.contactProperty());
        timeline.setOnAction(e -> viewModel.open(ChartSection.TIMELINE));
        clinical.setVisible(viewModel.clinical());
        clinical.setManaged(viewModel.clinical());
        for (ListView<String> list : java.util.List.of(problems, medications, vitals)) {
            list.setCellFactory(l -> new WrappedLine());
        }
        problems.setItems(viewModel.problems());
        problems.setPlaceholder(new Label("No active problems"));
        medications.setItems(viewModel.medications());
        medications.setPlaceholder(new Label("No active medications"));
        vitalsTaken.textProperty().bind(viewModel.vitalsTakenProperty());
        vitals.setItems(viewModel.vitals());
        vitals.setPlaceholder(new Label("No vitals recorded"));
        allProblems.setOnAction(e -> viewModel.open(ChartSection.PROBLEMS));
        allMedications.setOnAction(e -> viewModel.open(ChartSection.MEDICATIONS));
        allVitals.setOnAction(e -> viewModel.open(ChartSection.VITALS));
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
    }

    /** A line of a block, wrapped within the list's width rather than cut off or scrolled sideways. */
    private static final class WrappedLine extends ListCell<String> {
        WrappedLine() {
            setWrapText(true);
            setPrefWidth(0); // as wide as the list, the text wrapped within it
        }

        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            setText(empty ? null : line);
        }
    }
}
