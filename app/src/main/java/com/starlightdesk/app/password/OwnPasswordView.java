package com.starlightdesk.app.password;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.app.parts.FieldErrors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;

/**
 * The "Change my password" form, or the "Choose your own password" step after a reset: binds to
 * {@link OwnPasswordViewModel} and delegates its buttons.
 */
public final class OwnPasswordView {
    private static final PseudoClass REQUIRED = PseudoClass.getPseudoClass("required");

    private final OwnPasswordViewModel viewModel;

    @FXML private StackPane root;
    @FXML private Label title;
    @FXML private Label who;
    @FXML private Label about;
    @FXML private Label currentLabel;
    @FXML private Button closeButton;
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
        ReadOnlyBooleanProperty requiredNow = viewModel.requiredProperty();
        title.textProperty().bind(Bindings.when(requiredNow).then("Choose your own password").otherwise(title.getText()));
        about.textProperty().bind(Bindings.when(requiredNow)
                .then("An admin reset your password on this PC. Choose your own before you go on: the temporary one then"
                        + " stops working.")
                .otherwise(about.getText()));
        currentLabel.textProperty().bind(Bindings.when(requiredNow).then("Temporary password").otherwise(currentLabel.getText()));
        closeButton.textProperty().bind(Bindings.when(requiredNow).then("Sign out").otherwise(closeButton.getText()));
        closeButton.cancelButtonProperty().bind(requiredNow.not());
        root.pseudoClassStateChanged(REQUIRED, requiredNow.get());
        requiredNow.addListener((obs, was, now) -> root.pseudoClassStateChanged(REQUIRED, now));
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
        if (viewModel.openProperty().get()) {
            Platform.runLater(current::requestFocus);
        }
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
