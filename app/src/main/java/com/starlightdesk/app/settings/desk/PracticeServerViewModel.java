package com.starlightdesk.app.settings.desk;

import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.parts.ServerForm;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.syncstatus.SyncStatusSource;
import com.starlightdesk.sync.api.JoinException;
import com.starlightdesk.sync.api.PracticeServer;
import com.starlightdesk.sync.api.ServerSettings;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings, This desk, "Practice server": whether this PC syncs the practice with a server (and which one,
 * in words without a password or key) or keeps it only here; the practice id that whoever runs the server
 * provisions; and, for an admin while the practice is kept only here, connecting it. Connecting checks in
 * the background that the server speaks this version's schema and that the secret reaches this very
 * practice before anything is saved, then starts the session's sync. Confined to the FX thread; needs no
 * toolkit.
 */
public final class PracticeServerViewModel {
    private final Session session;
    private final SyncStatusSource syncStatus;
    private final TaskExecutor executor;

    private final FieldErrors errors = new FieldErrors();
    private final ServerForm form = new ServerForm(errors);
    private final BooleanProperty connected = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty done = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding formShown;

    public PracticeServerViewModel(Session session, SyncStatusSource syncStatus, TaskExecutor executor) {
        this.session = session;
        this.syncStatus = syncStatus;
        this.executor = executor;
        this.formShown = Bindings.createBooleanBinding(() -> canConnect() && !connected.get(), connected);
    }

    /** The practice's id, to give to whoever provisions its server. */
    public String practiceId() {
        return session.practice().id().toString();
    }

    /** Only an admin connects this PC to a server. */
    public boolean canConnect() {
        return session.permissions().canManageSettings();
    }

    /** Reads whether, and with which server, the store syncs. */
    public void load() {
        executor.submit(() -> PracticeServer.of(session.store().dataSource()), this::show,
                e -> failure.set(SafeMessages.of(e)));
    }

    private void show(Optional<String> server) {
        connected.set(server.isPresent());
        status.set(server.map(s -> "This PC syncs the practice with its server: " + s + ".")
                .orElse("The practice is kept only on this PC: it is not connected to a server, and no other PC shares it."));
    }

    /**
     * Connects the practice to the server of the form: a wrong field is named at it and nothing is sent; a
     * server that refuses, cannot be reached or reaches another practice is named at the field concerned or
     * on the failure line, and nothing is saved. Once connected, sync starts without signing in again.
     */
    public void connect() {
        if (busy.get()) {
            return;
        }
        errors.clear();
        done.set("");
        failure.set("");
        if (!canConnect()) {
            failure.set("Only an admin can connect this PC to a server");
            return;
        }
        Optional<ServerSettings> settings = form.check();
        if (settings.isEmpty()) {
            return;
        }
        busy.set(true);
        UUID practiceId = session.practice().id();
        executor.submit(() -> {
            String server = PracticeServer.connect(session.store().dataSource(), practiceId, settings.get());
            syncStatus.serverConnected();
            return server;
        }, server -> {
            busy.set(false);
            show(Optional.of(server));
            done.set("Connected. This PC now syncs " + session.practice().name() + " with the server; other PCs join it"
                    + " with Connect to a server when they first start.");
            session.changes().changed();
        }, e -> {
            busy.set(false);
            if (e instanceof JoinException refused) {
                if (!form.refusedAtField(refused)) {
                    failure.set(refused.getMessage());
                }
            } else {
                failure.set(SafeMessages.of(e));
            }
        });
    }

    public ServerForm form() { return form; }
    public FieldErrors errors() { return errors; }
    /** Whether the store syncs with a server (known once {@link #load} or {@link #connect} finished). */
    public ReadOnlyBooleanProperty connectedProperty() { return connected; }
    /** Whether the connect form shows: to an admin, while the practice is kept only on this PC. */
    public BooleanBinding formShownProperty() { return formShown; }
    /** Whether the practice syncs, and with which server. */
    public ReadOnlyStringProperty statusProperty() { return status; }
    public ReadOnlyStringProperty doneProperty() { return done; }
    public ReadOnlyStringProperty failureProperty() { return failure; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
}
