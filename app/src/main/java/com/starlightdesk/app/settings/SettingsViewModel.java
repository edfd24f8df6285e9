package com.starlightdesk.app.settings;

import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.preferences.DesktopPreferences;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.User;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings an admin manages: the idle time before the app locks itself (1–30 minutes) and the list of
 * the practice's users. Confined to the FX thread; needs no toolkit.
 */
public final class SettingsViewModel {
    private final PracticeStores stores;
    private final Session session;
    private final TaskExecutor executor;

    private final IntegerProperty idleLockMinutes = new SimpleIntegerProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<String> users = FXCollections.observableArrayList();

    public SettingsViewModel(PracticeStores stores, Session session, TaskExecutor executor) {
        this.stores = stores;
        this.session = session;
        this.executor = executor;
        idleLockMinutes.set(stores.preferences().idleLockMinutes());
    }

    public boolean canManage() {
        return session.permissions().canManageSettings();
    }

    public void loadUsers() {
        executor.submit(() -> session.data().office().users(), found -> users.setAll(found.stream()
                .filter(User::isActive)
                .map(u -> u.displayName() + "  ·  " + u.role().code() + "  ·  " + u.email()).toList()),
                e -> message.set(SafeMessages.of(e)));
    }

    public void save() {
        if (!canManage()) {
            message.set("Only an admin can change settings");
            return;
        }
        int minutes = idleLockMinutes.get();
        if (minutes < 1 || minutes > DesktopPreferences.MAX_IDLE_LOCK_MINUTES) {
            message.set("Choose between 1 and " + DesktopPreferences.MAX_IDLE_LOCK_MINUTES + " minutes");
            return;
        }
        executor.submit(() -> {
            stores.savePreferences(stores.preferences().withIdleLockMinutes(minutes));
            return minutes;
        }, saved -> message.set("Saved: the desk locks after " + saved + " idle minutes."), e -> message.set(SafeMessages.of(e)));
    }

    public IntegerProperty idleLockMinutesProperty() { return idleLockMinutes; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    public ObservableList<String> users() { return users; }
}
