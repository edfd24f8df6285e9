package com.starlightdesk.app.settings.users;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Users page of Settings: binds to {@link UsersViewModel} and delegates its buttons. */
public final class UsersView {
    private final UsersViewModel viewModel;

    @FXML private ListView<User> users;
    @FXML private VBox chosenUser;
    @FXML private Label chosenName;
    @FXML private Label userError;
    @FXML private ComboBox<Role> role;
    @FXML private Label roleError;
    @FXML private Button activation;
    @FXML private PasswordField temporaryPassword;
    @FXML private Label temporaryPasswordError;
    @FXML private TextField newName;
    @FXML private Label newNameError;
    @FXML private TextField newEmail;
    @FXML private Label newEmailError;
    @FXML private ComboBox<Role> newRole;
    @FXML private PasswordField newPassword;
    @FXML private Label newPasswordError;
    @FXML private Message done;
    @FXML private Message failure;

    public UsersView(UsersViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        users.setItems(viewModel.users());
        users.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(User user, boolean empty) {
                super.updateItem(user, empty);
                setText(empty || user == null ? null : user.displayName() + "   ·   " + UsersViewModel.roleLabel(user.role())
                        + "   ·   " + user.email() + (user.isActive() ? "" : "   ·   deactivated"));
            }
        });
        users.getSelectionModel().selectedItemProperty().addListener((obs, old, user) -> {
            if (user != null) {
                viewModel.choose(user);
            }
        });
        viewModel.chosenProperty().addListener((obs, old, user) -> {
            if (user != null && user != users.getSelectionModel().getSelectedItem()) {
                users.getSelectionModel().select(user);
            }
        });
        chosenUser.disableProperty().bind(viewModel.chosenProperty().isNull().or(viewModel.busyProperty()));
        chosenName.textProperty().bind(Bindings.createStringBinding(() -> viewModel.chosenProperty().get() == null
                ? "Choose a user in the list" : viewModel.chosenProperty().get().displayName(), viewModel.chosenProperty()));
        FieldError.show(userError, viewModel.errors().of("user"));
        roleChoice(role);
        role.valueProperty().bindBidirectional(viewModel.roleProperty());
        FieldError.show(role, roleError, viewModel.errors().of("role"));
        activation.textProperty().bind(viewModel.activationAction());
        FieldError.bind(temporaryPassword, viewModel.temporaryPasswordProperty(), temporaryPasswordError,
                viewModel.errors().of("temporaryPassword"));

        FieldError.bind(newName, viewModel.newNameProperty(), newNameError, viewModel.errors().of("newName"));
        FieldError.bind(newEmail, viewModel.newEmailProperty(), newEmailError, viewModel.errors().of("newEmail"));
        FieldError.bind(newPassword, viewModel.newPasswordProperty(), newPasswordError, viewModel.errors().of("newPassword"));
        roleChoice(newRole);
        newRole.valueProperty().bindBidirectional(viewModel.newRoleProperty());
        Banner.bind(done, Banner.Kind.DONE, viewModel.doneProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
        viewModel.load();
    }

    private static void roleChoice(ComboBox<Role> choice) {
        choice.getItems().setAll(UsersViewModel.roles());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role value) {
                return value == null ? "" : UsersViewModel.roleLabel(value);
            }

            @Override
            public Role fromString(String text) {
                return null;
            }
        });
    }

    @FXML
    private void saveRole() {
        viewModel.saveRole();
    }

    @FXML
    private void changeActivation() {
        viewModel.changeActivation();
    }

    @FXML
    private void resetPassword() {
        viewModel.resetPassword();
    }

    @FXML
    private void addUser() {
        viewModel.addUser();
    }
}
