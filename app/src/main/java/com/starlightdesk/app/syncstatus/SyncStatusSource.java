package com.starlightdesk.app.syncstatus;

import com.starlightdesk.sync.api.OpenConflict;
import com.starlightdesk.sync.api.PracticeSync;
import com.starlightdesk.sync.api.SyncState;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What the shell's sync indicator shows (a {@link SyncState}, as the sync engine publishes it; {@link SyncStatusLabel}
 * puts it in words), and the few sync commands the desk offers. {@link LocalOnlySyncStatus}
 * for a store without a server; {@link SessionSyncStatus} for the signed-in store, which syncs when the
 * store is connected. Every method may block (database, network): call them through the task executor.
 * Implementations are thread-safe.
 */
public interface SyncStatusSource {

    /** A moment's status. */
    SyncState read();

    /**
     * Begins background sync if the store has a server; {@code changes} then gets every status change, on
     * the sync thread. Does nothing for a store that is local only.
     */
    default void start(Consumer<SyncState> changes) {
    }

    /**
     * The store was just connected to a server (Settings, This desk): begins its background sync, with its
     * status changes going where {@link #start} sends them. Does nothing before {@link #start} or after {@link #stop}.
     */
    default void serverConnected() {
    }

    /** Syncs now (when the store has a server) and returns the status. */
    default SyncState syncNow() {
        return read();
    }

    /**
     * The conflict inbox's open entries (a store without a server has none). The values may be a
     * patient's data: show them only to a user who may see that row, never log them.
     */
    default List<OpenConflict> openConflicts() {
        return List.of();
    }

    /**
     * Settles an open conflict, then syncs at once (taking the other value is a change the server needs)
     * and returns the status with the new count of open conflicts.
     */
    default SyncState resolve(UUID conflictId, PracticeSync.Resolution resolution) {
        throw new IllegalStateException("This practice is not connected to a server: it has no conflicts");
    }

    /** Stops background sync; the source is not started again. */
    default void stop() {
    }
}
