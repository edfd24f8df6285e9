package com.starlightdesk.app.settings;

import com.starlightdesk.app.form.Forms;
import com.starlightdesk.app.preferences.DesktopPreferences;
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
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Settings: binds to {@link SettingsViewModel}. */
public final class SettingsView {
    private final SettingsViewModel viewModel;

    @FXML private Spinner<Integer> idleLockMinutes;
    @FXML private Label message;
    @FXML private ListView<User> users;
    @FXML private Button removeUser;
    @FXML private TextField newName;
    @FXML private Label newNameError;
    @FXML private TextField newEmail;
    @FXML private Label newEmailError;
    @FXML private ComboBox<Role> newRole;
    @FXML private PasswordField newPassword;
    @FXML private Label newPasswordError;
    @FXML private Label userMessage;

    public SettingsView(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        SpinnerValueFactory.IntegerSpinnerValueFactory minutes = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                1, DesktopPreferences.MAX_IDLE_LOCK_MINUTES, viewModel.idleLockMinutesProperty().get());
        idleLockMinutes.setValueFactory(minutes);
        idleLockMinutes.setEditable(true);
        minutes.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                viewModel.idleLockMinutesProperty().set(value);
            }
        });
        message.textProperty().bind(viewModel.messageProperty());

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
        Forms.bind(newName, viewModel.newNameProperty(), newNameError, viewModel.userErrors().of("newName"));
        Forms.bind(newEmail, viewModel.newEmailProperty(), newEmailError, viewModel.userErrors().of("newEmail"));
        Forms.bind(newPassword, viewModel.newPasswordProperty(), newPasswordError, viewModel.userErrors().of("newPassword"));
        newRole.getItems().setAll(SettingsViewModel.roles());
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
        userMessage.textProperty().bind(viewModel.userMessageProperty());
        viewModel.loadUsers();
    }

    @FXML
    private void save() {
        viewModel.save();
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
