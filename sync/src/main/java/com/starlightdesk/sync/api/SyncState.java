package com.starlightdesk.sync.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A moment's sync status of one store, the one value from the sync engine to the desk's indicator and the
 * command line: the state, changes waiting to be pushed, the last successful sync, the last sync that brought
 * rows from the server (screens re-read what they keep when it moves), open conflicts and a message for the
 * offline and error states (never a patient's data or a secret). Immutable.
 */
public record SyncState(Kind kind, long pendingChanges, Instant lastSuccess, Instant lastPulled, long openConflicts, String message) {

    /** What sync is doing. */
    public enum Kind {
        /** The store has no server: changes stay on this PC. */
        LOCAL_ONLY,
        /** The server has not been reached for a while (or not yet): changes wait. */
        OFFLINE,
        /** A sync is running, or retrying after a passing failure. */
        SYNCING,
        /** The last sync succeeded. */
        UP_TO_DATE,
        /** Sync stopped on a failure that retrying does not mend (e.g. a schema mismatch). */
        ERROR
    }

    public SyncState {
        Objects.requireNonNull(kind, "kind");
    }

    /** A store without a server, with {@code pendingChanges} in its outbox. */
    public static SyncState localOnly(long pendingChanges) {
        return new SyncState(Kind.LOCAL_ONLY, pendingChanges, null, null, 0, null);
    }

    /** The same counts and times in another state, with another message. */
    public SyncState with(Kind newKind, String newMessage) {
        return new SyncState(newKind, pendingChanges, lastSuccess, lastPulled, openConflicts, newMessage);
    }
}
