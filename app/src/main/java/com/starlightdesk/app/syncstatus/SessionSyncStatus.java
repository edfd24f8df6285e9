package com.starlightdesk.app.syncstatus;

import com.starlightdesk.app.session.Session;
import com.starlightdesk.sync.api.OpenConflict;
import com.starlightdesk.sync.api.PracticeSync;
import com.starlightdesk.sync.api.SyncState;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The signed-in store's sync: if the store was connected to a server, {@link #start} runs
 * {@link PracticeSync} in the background at the poll interval and status changes flow to the indicator;
 * otherwise it reads "Local only" and the outbox, until the store is connected during the session
 * ({@link #serverConnected}). {@link #stop} ends sync before the session closes.
 * Thread-safe.
 */
public final class SessionSyncStatus implements SyncStatusSource {
    /** How often a connected store asks the server for changes. */
    public static final Duration POLL = PracticeSync.DEFAULT_POLL;

    private final Session session;
    private final Clock clock;
    private final LocalOnlySyncStatus localOnly;
    private PracticeSync sync;
    private Consumer<SyncState> changes;
    private boolean stopped;

    public SessionSyncStatus(Session session, Clock clock) {
        this.session = session;
        this.clock = clock;
        this.localOnly = new LocalOnlySyncStatus(session.data());
    }

    @Override
    public synchronized void start(Consumer<SyncState> changes) {
        if (stopped || sync != null) {
            return;
        }
        this.changes = changes;
        begin();
    }

    @Override
    public synchronized void serverConnected() {
        if (stopped || sync != null || changes == null) {
            return;
        }
        begin();
    }

    private void begin() {
        PracticeSync.open(session.store().dataSource(), session.practice().id(), clock).ifPresent(opened -> {
            sync = opened;
            opened.addListener(changes);
            opened.start(POLL);
        });
    }

    /** Whether the store syncs with a server (known once {@link #start} ran). */
    public synchronized boolean connected() {
        return sync != null;
    }

    @Override
    public SyncState read() {
        PracticeSync current = current();
        return current == null ? localOnly.read() : current.status();
    }

    @Override
    public SyncState syncNow() {
        PracticeSync current = current();
        return current == null ? localOnly.read() : current.syncNow();
    }

    @Override
    public List<OpenConflict> openConflicts() {
        PracticeSync current = current();
        return current == null ? List.of() : current.openConflicts();
    }

    @Override
    public SyncState resolve(UUID conflictId, PracticeSync.Resolution resolution) {
        PracticeSync current = current();
        if (current == null) {
            throw new IllegalStateException("Sync is not running for this practice");
        }
        current.resolve(conflictId, resolution);
        return current.syncNow();
    }

    @Override
    public void stop() {
        PracticeSync closing;
        synchronized (this) {
            stopped = true;
            closing = sync;
            sync = null;
        }
        if (closing != null) {
            closing.close();
        }
    }

    private synchronized PracticeSync current() {
        return sync;
    }
}
