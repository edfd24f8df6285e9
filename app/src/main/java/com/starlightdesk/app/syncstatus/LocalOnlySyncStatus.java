package com.starlightdesk.app.syncstatus;

import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.sync.api.SyncState;

/** The store is not connected to a server: "Local only" and the count of changes in the outbox. Thread-safe. */
public final class LocalOnlySyncStatus implements SyncStatusSource {
    private final PracticeData data;

    public LocalOnlySyncStatus(PracticeData data) {
        this.data = data;
    }

    @Override
    public SyncState read() {
        return SyncState.localOnly(data.outbox().pending());
    }
}
