package com.starlightdesk.sync.api;

import com.starlightdesk.data.repo.Tables;
import com.starlightdesk.data.sync.ConflictInbox;
import com.starlightdesk.data.sync.DeviceSettings;
import com.starlightdesk.data.sync.SyncConflict;
import com.starlightdesk.sync.cli.SavedRemoteSettings;
import com.starlightdesk.sync.engine.SchemaMismatchException;
import com.starlightdesk.sync.engine.SyncEngine;
import com.starlightdesk.sync.remote.RemoteException;
import com.starlightdesk.sync.remote.RemoteSettings;
import com.starlightdesk.sync.remote.RemoteStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps one open practice store in step with its server: background sync at a poll interval, the
 * status (for the desk's indicator), a sync on demand, and the conflict inbox. Only for a store that
 * was connected (see {@link #open}); a store without a server has no {@code PracticeSync}. Listeners are
 * called on the sync thread (or the thread that called {@link #syncNow}), never on the caller's UI
 * thread: hand the status on. Thread-safe.
 */
public final class PracticeSync implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(PracticeSync.class.getName());

    /** How often an idle store asks the server for changes unless told otherwise. */
    public static final Duration DEFAULT_POLL = Duration.ofSeconds(5);

    /** How to settle a conflict. */
    public enum Resolution {
        /** Keep the value the row holds now. */
        KEEP_CURRENT,
        /** Take the other value (a normal local change, which the next sync sends). */
        TAKE_OTHER
    }

    private final RemoteStore remote;
    private final SyncEngine engine;
    private final List<Consumer<SyncState>> listeners = new CopyOnWriteArrayList<>();
    private volatile SyncState state;

    private PracticeSync(RemoteStore remote, SyncEngine engine) {
        this.remote = remote;
        this.engine = engine;
        this.state = engine.status();
        engine.addListener(this::publish);
    }

    /** Whether the store was connected to a server (its remote settings are saved). Reads the store. */
    public static boolean isConnected(DataSource store) {
        return savedSettings(store).isPresent();
    }

    /**
     * Sync for a store connected to a server, or empty for a store that is local only. Reads the store
     * and builds the server client (a moment); sends nothing until {@link #start} or {@link #syncNow}.
     */
    public static Optional<PracticeSync> open(DataSource store, UUID practiceId, Clock clock) {
        Optional<RemoteSettings> settings = savedSettings(store);
        if (settings.isEmpty()) {
            return Optional.empty();
        }
        RemoteStore remote = settings.get().open();
        try {
            return Optional.of(new PracticeSync(remote, new SyncEngine(remote, store, practiceId, clock)));
        } catch (RuntimeException e) {
            remote.close();
            throw e;
        }
    }

    private static Optional<RemoteSettings> savedSettings(DataSource store) {
        try {
            return Optional.of(SavedRemoteSettings.load(new DeviceSettings(store), System.getenv()));
        } catch (IllegalStateException notConnected) {
            return Optional.empty();
        }
    }

    /** The latest status (no database or network work). */
    public SyncState status() {
        return state;
    }

    /** Adds a listener for every status change; called on the sync thread. */
    public void addListener(Consumer<SyncState> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Starts syncing in the background: at once, then every {@code poll} while all is well. */
    public void start(Duration poll) {
        engine.start(poll);
    }

    /**
     * Syncs now on the calling thread (push, then pull) and returns the status. A failure does not
     * throw: it is the returned (and published) status; the background loop, if started, retries.
     */
    public SyncState syncNow() {
        try {
            return engine.syncOnce();
        } catch (SchemaMismatchException e) {
            return failed(SyncState.Kind.ERROR, e.getMessage());
        } catch (RemoteException e) {
            return failed(e.kind().retryable() ? SyncState.Kind.OFFLINE : SyncState.Kind.ERROR, "Sync failed: " + e.kind());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sync now failed: {0}", e.getClass().getName());
            return failed(SyncState.Kind.ERROR, "Sync failed: " + e.getClass().getSimpleName());
        }
    }

    private SyncState failed(SyncState.Kind kind, String message) {
        SyncState now = new SyncState(kind, engine.outbox().pendingCount(), state.lastSuccess(), state.lastPulled(),
                engine.conflicts().openCount(), message);
        publish(now);
        return now;
    }

    /** The open conflicts, newest first as the inbox keeps them. Reads the store. */
    public List<OpenConflict> openConflicts() {
        return engine.conflicts().open().stream().map(PracticeSync::conflict).toList();
    }

    /** Settles a conflict; taking the other value is a local change the next sync sends. Writes the store. */
    public void resolve(UUID conflictId, Resolution resolution) {
        engine.conflicts().resolve(conflictId,
                resolution == Resolution.KEEP_CURRENT ? ConflictInbox.Choice.KEPT : ConflictInbox.Choice.OTHER);
    }

    /** Stops the background sync (a running cycle finishes its current call) and closes the server client. */
    @Override
    public void close() {
        try {
            engine.close();
        } finally {
            remote.close();
        }
    }

    private void publish(SyncState next) {
        state = next;
        for (Consumer<SyncState> l : listeners) {
            try {
                l.accept(next);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A sync status listener failed: {0}", e.getClass().getName());
            }
        }
    }

    private static OpenConflict conflict(SyncConflict c) {
        return new OpenConflict(c.id(), Tables.named(c.tableName()), c.rowId(), c.fieldName(), c.kind(), c.keptValue(), c.otherValue(),
                c.editedAt(), c.detectedAt());
    }
}
