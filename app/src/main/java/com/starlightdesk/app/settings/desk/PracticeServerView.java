package com.starlightdesk.app.settings.desk;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.ServerFields;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;

/** Settings, This desk, "Practice server": binds to {@link PracticeServerViewModel} and delegates its buttons. */
public final class PracticeServerView {
    private final PracticeServerViewModel viewModel;

    @FXML private Label status;
    @FXML private TextField practiceId;
    @FXML private Message done;
    @FXML private Message failure;
    @FXML private VBox connectForm;
    @FXML private ServerFields serverFieldsController;
    @FXML private Button connectButton;
    @FXML private ProgressIndicator working;

    public PracticeServerView(PracticeServerViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        status.textProperty().bind(viewModel.statusProperty());
        practiceId.setText(viewModel.practiceId());
        Banner.bind(done, Banner.Kind.DONE, viewModel.doneProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
        connectForm.visibleProperty().bind(viewModel.formShownProperty());
        connectForm.managedProperty().bind(connectForm.visibleProperty());
        serverFieldsController.bind(viewModel.form(), viewModel.errors());
        connectButton.disableProperty().bind(viewModel.busyProperty());
        working.visibleProperty().bind(viewModel.busyProperty());
        viewModel.load();
    }

    @FXML
    private void copyPracticeId() {
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.practiceId());
        Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void connect() {
        viewModel.connect();
    }
}
