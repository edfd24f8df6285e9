package com.starlightdesk.app.syncstatus;

/**
 * What the shell's sync indicator shows. Today only {@link LocalOnlySyncStatus}; the sync engine will
 * provide another implementation. {@link #read()} may block (it reads the database): call it through
 * the task executor. Implementations are thread-safe.
 */
public interface SyncStatusSource {

    /** A moment's sync status. */
    record SyncStatus(String mode, long pendingChanges) {
        /** "Local only · 3 changes waiting" as the indicator reads. */
        public String label() {
            return mode + " · " + (pendingChanges == 0 ? "no changes waiting"
                    : pendingChanges + (pendingChanges == 1 ? " change waiting" : " changes waiting"));
        }
    }

    SyncStatus read();
}
