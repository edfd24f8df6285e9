package com.starlightdesk.app.setup;

import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The setup checklist's card over the calendar: binds to {@link SetupChecklistViewModel}, one row per
 * {@link SetupStep} (a tick, the step, what it is for). The steps are read again each time the calendar
 * comes back into the window (after Settings, say).
 */
public final class SetupChecklistView {
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private final SetupChecklistViewModel viewModel;

    @FXML private VBox root;
    @FXML private Label title;
    @FXML private Label progress;
    @FXML private VBox steps;

    public SetupChecklistView(SetupChecklistViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(viewModel.titleProperty());
        progress.textProperty().bind(viewModel.progressProperty());
        for (SetupStep step : SetupStep.values()) {
            steps.getChildren().add(row(step));
        }
        root.visibleProperty().bind(viewModel.cardShownProperty());
        root.managedProperty().bind(root.visibleProperty());
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                viewModel.refresh();
            }
        });
    }

    private Node row(SetupStep step) {
        Label tick = new Label();
        tick.getStyleClass().add("setup-tick");
        tick.textProperty().bind(viewModel.doneProperty(step).map(done -> done ? "✓" : ""));
        Button name = new Button(step.label());
        name.getStyleClass().addAll("flat", "setup-step-button");
        name.setOnAction(e -> viewModel.open(step));
        name.setId("setup-step-" + step.id());
        Label detail = new Label(step.detail());
        detail.setWrapText(true);
        detail.getStyleClass().addAll("text-muted", "setup-step-detail");
        VBox text = new VBox(name, detail);
        text.getStyleClass().add("setup-step-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(tick, text);
        row.setId("setup-row-" + step.id());
        row.getStyleClass().add("setup-step");
        viewModel.doneProperty(step).subscribe(done -> row.pseudoClassStateChanged(DONE, done));
        return row;
    }

    @FXML
    private void hide() {
        viewModel.hide();
    }
}
