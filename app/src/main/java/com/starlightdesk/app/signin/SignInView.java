package com.starlightdesk.app.signin;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.session.PracticeStores.StoreEntry;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The sign-in screen: binds to {@link SignInViewModel}. */
public final class SignInView {
    private final SignInViewModel viewModel;

    @FXML private VBox practiceChooser;
    @FXML private ComboBox<StoreEntry> practice;
    @FXML private TextField email;
    @FXML private PasswordField password;
    @FXML private Button signInButton;
    @FXML private ProgressIndicator busy;
    @FXML private Message failure;

    public SignInView(SignInViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        practice.setItems(viewModel.practices());
        practice.valueProperty().bindBidirectional(viewModel.practiceProperty());
        practiceChooser.visibleProperty().bind(Bindings.size(viewModel.practices()).greaterThan(1));
        practiceChooser.managedProperty().bind(practiceChooser.visibleProperty());
        email.textProperty().bindBidirectional(viewModel.emailProperty());
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        email.disableProperty().bind(viewModel.busyProperty());
        password.disableProperty().bind(viewModel.busyProperty());
        signInButton.disableProperty().bind(viewModel.busyProperty());
        busy.visibleProperty().bind(viewModel.busyProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
        viewModel.load();
        Platform.runLater(email::requestFocus);
    }

    @FXML
    private void signIn() {
        viewModel.signIn();
    }

    @FXML
    private void createAnotherPractice() {
        viewModel.createAnotherPractice();
    }
}
