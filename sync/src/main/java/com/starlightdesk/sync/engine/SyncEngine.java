package com.starlightdesk.sync.engine;

import com.starlightdesk.data.sync.ConflictInbox;
import com.starlightdesk.data.sync.DeviceSettings;
import com.starlightdesk.data.sync.LocalOutbox;
import com.starlightdesk.data.sync.LocalReplica;
import com.starlightdesk.schema.Migrations;
import com.starlightdesk.sync.api.SyncState;
import com.starlightdesk.sync.remote.RemoteException;
import com.starlightdesk.sync.remote.RemoteStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps one local store in step with its practice's remote database: a cycle pushes the outbox, then
 * pulls the server's changes; an idle cycle costs one remote call (the horizon probe). {@link #start}
 * runs cycles on one scheduler thread at the poll interval, and between them checks the local outbox every
 * {@value #WATCH_MILLIS} ms (a local query, no remote call) so that a change made on this PC is pushed at
 * once instead of at the next poll; failures that may pass (throttling, 5xx,
 * timeouts, a resuming database) are retried with capped exponential backoff and jitter, and the status
 * turns offline once they have lasted {@code offlineAfter}. A schema mismatch stops sync. Listeners get
 * every status change (on the sync thread; the UI hands it to its own thread). Thread-safe.
 */
public final class SyncEngine implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SyncEngine.class.getName());
    /** How long the horizon may stay held back by an open server transaction before the status says so. */
    static final Duration HELD_BACK_REPORT = Duration.ofSeconds(5);
    static final String HELD_BACK_MESSAGE = "Newer changes on the server are held back by a long-running server transaction";
    /** How often the running engine looks for local changes to push between polls. */
    static final long WATCH_MILLIS = 50;

    private final RemoteStore remote;
    private final LocalOutbox outbox;
    private final LocalReplica replica;
    private final DeviceSettings settings;
    private final ConflictInbox inbox;
    private final Clock clock;
    private final UUID deviceId;
    private final String expectedSchema;
    private final Backoff backoff;
    private final Duration offlineAfter;
    private final List<Consumer<SyncState>> listeners = new CopyOnWriteArrayList<>();
    private final Object cycleLock = new Object();
    private volatile SyncState status;
    private volatile boolean schemaChecked;
    private ScheduledExecutorService scheduler;
    private Instant failingSince;
    private long nextCycleNanos;
    private String heldHorizon;
    private Instant heldSince;
    private boolean heldReported;
    private boolean backingOff;

    public SyncEngine(RemoteStore remote, DataSource local, UUID practiceId, Clock clock) {
        this(remote, local, practiceId, clock, Migrations.SERVER_SCHEMA_VERSION, Duration.ofMillis(200),
                Duration.ofSeconds(10), Duration.ofSeconds(60));
    }

    public SyncEngine(RemoteStore remote, DataSource local, UUID practiceId, Clock clock, String expectedSchema,
                      Duration retryBase, Duration retryCap, Duration offlineAfter) {
        this.remote = remote;
        this.outbox = new LocalOutbox(local, practiceId);
        this.replica = new LocalReplica(local, practiceId);
        this.settings = new DeviceSettings(local);
        this.inbox = new ConflictInbox(local, practiceId, clock);
        this.clock = clock;
        this.deviceId = settings.deviceId();
        this.expectedSchema = expectedSchema;
        this.backoff = new Backoff(retryBase, retryCap, new Random());
        this.offlineAfter = offlineAfter;
        this.status = new SyncState(SyncState.Kind.OFFLINE, outbox.pendingCount(), null, null, inbox.openCount(), "Not synced yet");
    }

    public UUID deviceId() {
        return deviceId;
    }

    public ConflictInbox conflicts() {
        return inbox;
    }

    /** The outbox as sync drains it. */
    public LocalOutbox outbox() {
        return outbox;
    }

    /** The local store as pulls write it. */
    public LocalReplica replica() {
        return replica;
    }

    public SyncState status() {
        return status;
    }

    public void addListener(Consumer<SyncState> listener) {
        listeners.add(listener);
    }

    /**
     * Runs one cycle now on the calling thread (push, then pull; a bootstrap if the store never pulled).
     * Throws the remote failure if the cycle failed.
     */
    public SyncState syncOnce() {
        return syncOnce((done, total) -> { });
    }

    public SyncState syncOnce(ServerPull.Progress progress) {
        synchronized (cycleLock) {
            publish(status.with(SyncState.Kind.SYNCING, null));
            if (!schemaChecked) {
                SchemaHandshake.check(remote, expectedSchema);
                schemaChecked = true;
            }
            if (outbox.pendingCount() > 0) {
                new OutboxPush(remote, outbox, deviceId, clock).pushAll();
            }
            ServerPull.Outcome pulled = new ServerPull(remote, replica, settings).pull(progress);
            Instant now = clock.instant();
            SyncState done = new SyncState(SyncState.Kind.UP_TO_DATE, outbox.pendingCount(), now,
                    pulled.rows() > 0 ? now : status.lastPulled(), inbox.openCount(), heldBack(pulled) ? HELD_BACK_MESSAGE : null);
            publish(done);
            return done;
        }
    }

    /**
     * Whether the horizon has stayed at the same open transaction, with newer committed changes behind it,
     * for {@link #HELD_BACK_REPORT} or longer (rule 3: report when the horizon lags). A horizon that moves
     * on, as it does under steady short transactions, starts the clock again. Logged once per hold.
     */
    private boolean heldBack(ServerPull.Outcome pulled) {
        Instant now = clock.instant();
        if (!pulled.heldBack() || !pulled.horizon().equals(heldHorizon)) {
            heldHorizon = pulled.heldBack() ? pulled.horizon() : null;
            heldSince = pulled.heldBack() ? now : null;
            heldReported = false;
            return false;
        }
        boolean lagging = Duration.between(heldSince, now).compareTo(HELD_BACK_REPORT) >= 0;
        if (lagging && !heldReported) {
            heldReported = true;
            LOG.warning(HELD_BACK_MESSAGE + " (server transaction " + heldHorizon + " open since at least " + heldSince + ")");
        }
        return lagging;
    }

    /** Starts cycles on one background thread, every {@code pollInterval} when all is well. */
    public synchronized void start(Duration pollInterval) {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "starlight-sync");
            t.setDaemon(true);
            return t;
        });
        nextCycleNanos = System.nanoTime();
        scheduler.execute(() -> tick(pollInterval));
    }

    /** Runs a cycle when one is due, or earlier when local changes wait and sync is not backing off. */
    private void tick(Duration pollInterval) {
        boolean due = System.nanoTime() - nextCycleNanos >= 0;
        try {
            if (due || (!backingOff && outbox.hasPending())) {
                long started = System.nanoTime();
                Duration next = cycle(pollInterval);
                if (next == null) {
                    return;
                }
                // Polls keep their rate (measured from the start of a cycle); a retry waits its full backoff.
                nextCycleNanos = (backingOff ? System.nanoTime() : started) + next.toNanos();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot read the local outbox: {0}", e.getClass().getName());
        }
        ScheduledExecutorService s = scheduler;
        if (s != null && !s.isShutdown()) {
            long wait = Math.max(1, Math.min(WATCH_MILLIS, (nextCycleNanos - System.nanoTime()) / 1_000_000));
            s.schedule(() -> tick(pollInterval), wait, TimeUnit.MILLISECONDS);
        }
    }

    /** One cycle on the scheduler thread; returns the wait before the next, or null when sync stops. */
    private Duration cycle(Duration pollInterval) {
        Duration next;
        try {
            syncOnce();
            backoff.reset();
            failingSince = null;
            backingOff = false;
            return pollInterval;
        } catch (SchemaMismatchException e) {
            publish(status.with(SyncState.Kind.ERROR, e.getMessage()));
            LOG.warning("Sync stopped: " + e.getMessage());
            return null;
        } catch (RemoteException e) {
            next = backoff.next();
            Instant now = clock.instant();
            failingSince = failingSince == null ? now : failingSince;
            boolean offline = Duration.between(failingSince, now).compareTo(offlineAfter) >= 0;
            String message = e.kind().retryable() ? "Retrying: " + e.kind() : "Sync failed: " + e.kind();
            publish(refreshed(offline || !e.kind().retryable()
                    ? (e.kind().retryable() ? SyncState.Kind.OFFLINE : SyncState.Kind.ERROR) : SyncState.Kind.SYNCING, message));
            LOG.log(Level.FINE, "Sync cycle failed ({0}); next attempt in {1} ms", new Object[] {e.kind(), next.toMillis()});
        } catch (RuntimeException e) {
            next = backoff.next();
            publish(refreshed(SyncState.Kind.ERROR, "Sync failed: " + e.getClass().getSimpleName()));
            LOG.log(Level.WARNING, "Sync cycle failed: {0}", e.getClass().getName());
        }
        backingOff = true;
        return next;
    }

    private SyncState refreshed(SyncState.Kind state, String message) {
        return new SyncState(state, outbox.pendingCount(), status.lastSuccess(), status.lastPulled(), inbox.openCount(), message);
    }

    private void publish(SyncState next) {
        status = next;
        for (Consumer<SyncState> l : listeners) {
            try {
                l.accept(next);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A sync status listener failed: {0}", e.getClass().getName());
            }
        }
    }

    /** Stops the background thread (a running cycle finishes its current call); does not close the remote store. */
    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }
}
