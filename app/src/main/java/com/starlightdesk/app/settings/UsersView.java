package com.starlightdesk.app.settings;

import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.app.session.Permissions;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** The Users page of Settings: binds to {@link UsersViewModel}. */
public final class UsersView {
    private final UsersViewModel viewModel;

    @FXML private ListView<User> users;
    @FXML private Button removeUser;
    @FXML private TextField newName;
    @FXML private Label newNameError;
    @FXML private TextField newEmail;
    @FXML private Label newEmailError;
    @FXML private ComboBox<Role> newRole;
    @FXML private PasswordField newPassword;
    @FXML private Label newPasswordError;
    @FXML private Label message;

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
                setText(empty || user == null ? null
                        : user.displayName() + "   ·   " + new Permissions(user.role()).roleLabel() + "   ·   " + user.email());
            }
        });
        removeUser.disableProperty().bind(users.getSelectionModel().selectedItemProperty().isNull());
        FieldError.bind(newName, viewModel.newNameProperty(), newNameError, viewModel.errors().of("newName"));
        FieldError.bind(newEmail, viewModel.newEmailProperty(), newEmailError, viewModel.errors().of("newEmail"));
        FieldError.bind(newPassword, viewModel.newPasswordProperty(), newPasswordError, viewModel.errors().of("newPassword"));
        newRole.getItems().setAll(UsersViewModel.roles());
        newRole.valueProperty().bindBidirectional(viewModel.newRoleProperty());
        newRole.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role role) {
                return role == null ? "" : new Permissions(role).roleLabel();
            }

            @Override
            public Role fromString(String text) {
                return null;
            }
        });
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.load();
    }

    @FXML
    private void addUser() {
        viewModel.addUser();
    }

    @FXML
    private void removeUser() {
        viewModel.removeUser(users.getSelectionModel().getSelectedItem());
    }
}
