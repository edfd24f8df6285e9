package com.starlightdesk.app.password;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.app.parts.FieldErrors;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;

/** The "Change my password" form: binds to {@link OwnPasswordViewModel} and delegates its buttons. */
public final class OwnPasswordView {
    private final OwnPasswordViewModel viewModel;

    @FXML private Label who;
    @FXML private PasswordField current;
    @FXML private Label currentError;
    @FXML private PasswordField newPassword;
    @FXML private Label newPasswordError;
    @FXML private PasswordField confirm;
    @FXML private Label confirmError;
    @FXML private Button saveButton;
    @FXML private Message done;
    @FXML private Message failure;

    public OwnPasswordView(OwnPasswordViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        who.setText(viewModel.userName());
        FieldErrors errors = viewModel.errors();
        FieldError.bind(current, viewModel.currentProperty(), currentError, errors.of("current"));
        FieldError.bind(newPassword, viewModel.newPasswordProperty(), newPasswordError, errors.of("newPassword"));
        FieldError.bind(confirm, viewModel.confirmProperty(), confirmError, errors.of("confirm"));
        saveButton.disableProperty().bind(viewModel.busyProperty());
        Banner.bind(done, Banner.Kind.DONE, viewModel.doneProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
        viewModel.openProperty().addListener((obs, was, open) -> {
            if (open) {
                current.requestFocus();
            }
        });
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void close() {
        viewModel.close();
    }
}
