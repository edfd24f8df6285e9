package com.starlightdesk.app.chart.notes;

import com.starlightdesk.app.chart.OpenChart;
import javafx.fxml.FXML;
import javafx.scene.layout.StackPane;

/**
 * The chart's Notes section (not built yet: it says what it will hold). A section view is built once per
 * session by the chart through the screen loader, with its services handed to its constructor; it shows
 * the section of {@link OpenChart#patientProperty()}'s patient and reads again when
 * {@link OpenChart#revisionProperty()} moves, and calls {@link OpenChart#changed()} after it wrote.
 */
public final class NotesView {
    private final OpenChart chart;

    @FXML private StackPane root;

    public NotesView(OpenChart chart) {
        this.chart = chart;
    }

    @FXML
    private void initialize() {
        root.setUserData(chart);
    }
}
