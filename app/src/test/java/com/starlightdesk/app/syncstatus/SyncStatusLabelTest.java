package com.starlightdesk.app.syncstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.starlightdesk.app.syncstatus.SyncStatusSource.Mode;
import com.starlightdesk.app.syncstatus.SyncStatusSource.SyncStatus;
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
        assertEquals("Local only · no changes waiting", SyncStatus.localOnly(0).label(CHICAGO));
        assertEquals("Local only · 1 change waiting", SyncStatus.localOnly(1).label(CHICAGO));
        assertEquals("Up to date · synced 9:05 AM", new SyncStatus(Mode.UP_TO_DATE, 0, today, null, 0, null).label(CHICAGO));
        assertEquals("Up to date · synced 9:05 AM · 2 conflicts", new SyncStatus(Mode.UP_TO_DATE, 0, today, null, 2, null).label(CHICAGO));
        assertEquals("Syncing · 3 changes waiting · synced 9:05 AM · 1 conflict",
                new SyncStatus(Mode.SYNCING, 3, today, null, 1, null).label(CHICAGO));
        assertEquals("Offline · 4 changes waiting", new SyncStatus(Mode.OFFLINE, 4, null, null, 0, "Retrying").label(CHICAGO));
        assertEquals("Sync stopped · 1 change waiting · synced Jan 2, 4:30 PM",
                new SyncStatus(Mode.ERROR, 1, Instant.parse("2020-01-02T22:30:00Z"), null, 0, "schema").label(CHICAGO));
    }
}
