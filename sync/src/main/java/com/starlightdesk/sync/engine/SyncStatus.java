package com.starlightdesk.sync.engine;

import java.time.Instant;

/**
 * What the UI shows of sync: the state, changes waiting to be pushed, the last successful cycle, the last
 * cycle that brought rows from the server ({@code lastPulled}: screens re-read what they keep when it moves),
 * open conflicts, and a message for offline and error states (never a patient's data). Immutable.
 */
public record SyncStatus(State state, long pendingChanges, Instant lastSuccess, Instant lastPulled, long openConflicts,
                         String message) {

    public enum State { OFFLINE, SYNCING, UP_TO_DATE, ERROR }

    SyncStatus with(State newState, String newMessage) {
        return new SyncStatus(newState, pendingChanges, lastSuccess, lastPulled, openConflicts, newMessage);
    }
}
