package com.starlightdesk.app.conflicts;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.EmptyState;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Conflicts screen: binds to {@link ConflictsViewModel}, draws one row per open conflict with its
 * "Keep current" and "Use the other value" buttons, and delegates them. It is a card that the shell
 * shows over its workspace; the focus goes to its Close button when it opens.
 */
public final class ConflictsView {
    private final ConflictsViewModel viewModel;

    @FXML private ProgressIndicator busy;
    @FXML private Label summary;
    @FXML private EmptyState empty;
    @FXML private Message failure;
    @FXML private VBox list;
    @FXML private ScrollPane listScroll;
    @FXML private Button closeButton;

    public ConflictsView(ConflictsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        busy.visibleProperty().bind(viewModel.busyProperty());
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.visibleProperty().bind(viewModel.summaryProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());
        empty.visibleProperty().bind(viewModel.noConflictsProperty());
        empty.managedProperty().bind(empty.visibleProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
        viewModel.entries().addListener((ListChangeListener<ConflictEntry>) change -> draw());
        // No empty box under "No conflicts to settle": the list shows only when it holds rows.
        listScroll.visibleProperty().bind(Bindings.isNotEmpty(viewModel.entries()));
        listScroll.managedProperty().bind(listScroll.visibleProperty());
        viewModel.openProperty().addListener((obs, was, open) -> {
            if (open) {
                closeButton.requestFocus();
            }
        });
        draw();
    }

    private void draw() {
        list.getChildren().clear();
        int index = 0;
        for (ConflictEntry entry : viewModel.entries()) {
            list.getChildren().add(row(entry, index++));
        }
    }

    private VBox row(ConflictEntry entry, int index) {
        Label heading = new Label(entry.heading());
        heading.getStyleClass().add("conflict-heading");
        Label detail = new Label(entry.detail());
        detail.setWrapText(true);
        detail.setId("conflict-detail-" + index);
        Button keep = new Button("Keep current");
        keep.setId("conflict-keep-" + index);
        keep.getStyleClass().add("accent");
        keep.setOnAction(e -> viewModel.keepCurrent(entry));
        enableWhileIdle(keep, entry.mayResolve());
        Button other = new Button("Use the other value");
        other.setId("conflict-other-" + index);
        other.setOnAction(e -> viewModel.useOther(entry));
        enableWhileIdle(other, entry.mayResolve() && entry.canTakeOther());
        HBox buttons = new HBox(keep, other);
        buttons.getStyleClass().add("status-line");
        VBox row = new VBox(heading, detail);
        if (!entry.note().isEmpty()) {
            Label note = new Label(entry.note());
            note.setWrapText(true);
            note.setId("conflict-note-" + index);
            note.getStyleClass().add("conflict-note");
            row.getChildren().add(note);
        }
        row.getChildren().add(buttons);
        row.getStyleClass().add("conflict");
        row.setId("conflict-" + index);
        return row;
    }

    /** An allowed button is enabled while nothing is being read or settled; a refused one stays disabled. */
    private void enableWhileIdle(Button button, boolean allowed) {
        if (allowed) {
            button.disableProperty().bind(viewModel.busyProperty());
        } else {
            button.setDisable(true);
        }
    }

    @FXML
    private void close() {
        viewModel.close();
    }
}
