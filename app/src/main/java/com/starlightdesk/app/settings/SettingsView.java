package com.starlightdesk.app.settings;

import com.starlightdesk.app.preferences.DesktopPreferences;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;

/** Settings: binds to {@link SettingsViewModel}. */
public final class SettingsView {
    private final SettingsViewModel viewModel;

    @FXML private Spinner<Integer> idleLockMinutes;
    @FXML private Label message;
    @FXML private ListView<String> users;

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
        viewModel.loadUsers();
    }

    @FXML
    private void save() {
        viewModel.save();
    }
}
