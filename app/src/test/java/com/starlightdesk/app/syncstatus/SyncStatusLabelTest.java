package com.starlightdesk.app.syncstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.starlightdesk.sync.api.SyncState;
import com.starlightdesk.sync.api.SyncState.Kind;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** How the indicator reads in each state, with the last sync in the practice's time zone. */
final class SyncStatusLabelTest {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    void readsLocalOnlyOfflineSyncingUpToDateAndConflicts() {
        Instant today = ZonedDateTime.now(CHICAGO).withHour(9).withMinute(5).withSecond(0).toInstant();
        assertEquals("Local only · no changes waiting", SyncStatusLabel.of(SyncState.localOnly(0), CHICAGO));
        assertEquals("Local only · 1 change waiting", SyncStatusLabel.of(SyncState.localOnly(1), CHICAGO));
        assertEquals("Up to date · synced 9:05 AM", SyncStatusLabel.of(new SyncState(Kind.UP_TO_DATE, 0, today, null, 0, null), CHICAGO));
        assertEquals("Up to date · synced 9:05 AM · 2 conflicts", SyncStatusLabel.of(new SyncState(Kind.UP_TO_DATE, 0, today, null, 2, null), CHICAGO));
        assertEquals("Syncing · 3 changes waiting · synced 9:05 AM · 1 conflict",
                SyncStatusLabel.of(new SyncState(Kind.SYNCING, 3, today, null, 1, null), CHICAGO));
        assertEquals("Offline · 4 changes waiting", SyncStatusLabel.of(new SyncState(Kind.OFFLINE, 4, null, null, 0, "Retrying"), CHICAGO));
        assertEquals("Sync stopped · 1 change waiting · synced Jan 2, 4:30 PM",
                SyncStatusLabel.of(new SyncState(Kind.ERROR, 1, Instant.parse("2020-01-02T22:30:00Z"), null, 0, "schema"), CHICAGO));
    }
}
