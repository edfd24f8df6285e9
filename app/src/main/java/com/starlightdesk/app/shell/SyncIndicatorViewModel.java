package com.starlightdesk.app.shell;

import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.syncstatus.SyncStatusLabel;
import com.starlightdesk.app.syncstatus.SyncStatusSource;
import com.starlightdesk.sync.api.SyncState;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The top bar's sync indicator: the store's sync status in a few words, the longer explanation behind
 * it, the open conflicts, and "Sync now". A sync that brought other desks' changes tells the session's
 * screens to re-read. Confined to the FX thread; needs no toolkit.
 */
public final class SyncIndicatorViewModel {
    private static final Logger LOG = Logger.getLogger(SyncIndicatorViewModel.class.getName());
    private static final DateTimeFormatter LAST_SYNC = DateTimeFormatter.ofPattern("MMM d, h:mm:ss a (zzz)", Locale.US);

    private final Session session;
    private final SyncStatusSource syncStatus;
    private final TaskExecutor executor;

    private final StringProperty syncLabel = new SimpleStringProperty("Local only");
    private final ObjectProperty<SyncState> syncState = new SimpleObjectProperty<>(SyncState.localOnly(0));
    private final StringProperty syncDetail = new SimpleStringProperty("");
    private final LongProperty syncConflicts = new SimpleLongProperty(0);
    private final StringProperty syncConflictsLabel = new SimpleStringProperty("");
    private final BooleanProperty syncing = new SimpleBooleanProperty(false);
    private final BooleanProperty canSyncNow = new SimpleBooleanProperty(false);
    private boolean syncEventShown;

    public SyncIndicatorViewModel(Session session, SyncStatusSource syncStatus, TaskExecutor executor) {
        this.session = session;
        this.syncStatus = syncStatus;
        this.executor = executor;
    }

    /**
     * Starts sync for the signed-in store (when it has a server) and shows its status; later changes
     * arrive on the sync thread and are handed to this model's thread.
     */
    public void start() {
        executor.submit(() -> {
            syncStatus.start(status -> executor.deliver(() -> {
                syncEventShown = true;
                showSync(status);
            }));
            return syncStatus.read();
        }, status -> {
            if (!syncEventShown) {
                showSync(status); // unless a newer event from the sync thread got here first
            }
        }, this::syncUnavailable);
    }

    public void refresh() {
        executor.submit(syncStatus::read, this::showSync, this::syncUnavailable);
    }

    private void syncUnavailable(Throwable failure) {
        LOG.log(Level.WARNING, "Sync status could not be read: {0}", failure.getClass().getName());
        syncLabel.set("Sync status unavailable");
    }

    /** Syncs now (the indicator's menu); a store without a server just shows its status again. */
    public void syncNow() {
        if (syncing.get()) {
            return;
        }
        syncing.set(true);
        canSyncNow.set(false);
        executor.submit(syncStatus::syncNow, status -> {
            syncing.set(false);
            showSync(status);
        }, e -> {
            syncing.set(false);
            showSync(syncState.get());
            syncUnavailable(e);
        });
    }

    /** Shows a status that came from elsewhere in the session (a settled conflict's, with its new count). */
    public void show(SyncState status) {
        if (status != null) {
            showSync(status);
        }
    }

    private void showSync(SyncState status) {
        SyncState before = syncState.get();
        syncState.set(status);
        if (status.lastPulled() != null && !status.lastPulled().equals(before.lastPulled())) {
            // A sync brought other desks' changes: screens re-read what they show and keep.
            session.changes().changed();
        }
        syncLabel.set(SyncStatusLabel.of(status, session.zone()));
        syncConflicts.set(status.openConflicts());
        syncConflictsLabel.set(status.openConflicts() == 1 ? "1 open conflict (the later edit was kept): review…"
                : status.openConflicts() + " open conflicts (the later edits were kept): review…");
        syncDetail.set(detail(status));
        canSyncNow.set(!syncing.get() && status.kind() != SyncState.Kind.LOCAL_ONLY);
    }

    /** The longer explanation behind the indicator (its tooltip and menu). */
    private String detail(SyncState status) {
        StringBuilder text = new StringBuilder(switch (status.kind()) {
            case LOCAL_ONLY -> "This practice is kept on this PC only; it is not connected to a server.";
            case OFFLINE -> "The server cannot be reached; changes wait on this PC and are sent when it is back.";
            case SYNCING -> "Sending and receiving changes.";
            case UP_TO_DATE -> "This PC has the server's changes and the server has this PC's.";
            case ERROR -> "Sync has stopped.";
        });
        if (status.message() != null) {
            text.append(' ').append(status.message()).append('.');
        }
        if (status.lastSuccess() != null) {
            text.append(" Last sync ").append(LAST_SYNC.format(status.lastSuccess().atZone(session.zone()))).append('.');
        }
        return text.toString();
    }

    /** The status in a few words, as the indicator shows it. */
    public ReadOnlyStringProperty labelProperty() { return syncLabel; }
    public ReadOnlyObjectProperty<SyncState> stateProperty() { return syncState; }
    /** The longer explanation behind the indicator (its tooltip and menu). */
    public ReadOnlyStringProperty detailProperty() { return syncDetail; }
    public ReadOnlyLongProperty conflictsProperty() { return syncConflicts; }
    public ReadOnlyStringProperty conflictsLabelProperty() { return syncConflictsLabel; }
    public ReadOnlyBooleanProperty syncingProperty() { return syncing; }
    public ReadOnlyBooleanProperty canSyncNowProperty() { return canSyncNow; }
}
