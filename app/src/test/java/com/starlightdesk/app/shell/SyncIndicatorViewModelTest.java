package com.starlightdesk.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.syncstatus.LocalOnlySyncStatus;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.sync.api.SyncState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The top bar's sync indicator on the demo practice (kept on this PC only), with statuses handed to it. */
final class SyncIndicatorViewModelTest {
    @TempDir
    static Path dir;
    private static Session session;

    @BeforeAll
    static void demo() throws Exception {
        session = TestStores.demo(TestStores.in(dir, Clock.systemUTC()));
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static SyncIndicatorViewModel indicator() {
        return new SyncIndicatorViewModel(session, new LocalOnlySyncStatus(session.data()), new CurrentThreadTaskExecutor());
    }

    @Test
    void aSyncThatBroughtRowsTellsTheScreensThatTheStoreChanged() {
        SyncIndicatorViewModel vm = indicator();
        AtomicInteger told = new AtomicInteger();
        session.changes().addListener(told::incrementAndGet);
        Instant first = Instant.parse("2026-11-23T15:00:05Z");
        vm.show(new SyncState(SyncState.Kind.SYNCING, 0, null, null, 0, null));
        assertEquals(0, told.get(), "no sync has finished");
        vm.show(new SyncState(SyncState.Kind.UP_TO_DATE, 0, first, null, 0, null));
        assertEquals(0, told.get(), "a sync that brought nothing changes nothing on screen");
        vm.show(new SyncState(SyncState.Kind.UP_TO_DATE, 0, first.plusSeconds(5), first.plusSeconds(5), 0, null));
        vm.show(new SyncState(SyncState.Kind.UP_TO_DATE, 0, first.plusSeconds(10), first.plusSeconds(5), 0, null));
        assertEquals(1, told.get(), "once per sync that brought rows");
        vm.show(new SyncState(SyncState.Kind.UP_TO_DATE, 0, first.plusSeconds(15), first.plusSeconds(15), 0, null));
        assertEquals(2, told.get());
    }

    @Test
    void syncIndicatorShowsLocalOnlyAndPendingChanges() {
        SyncIndicatorViewModel vm = indicator();
        vm.refresh();
        assertTrue(vm.labelProperty().get().matches("Local only · \\d+ changes waiting"), vm.labelProperty().get());
    }

    @Test
    void openConflictsAreCountedAndALocalStoreCannotSyncNow() {
        SyncIndicatorViewModel vm = indicator();
        vm.show(new SyncState(SyncState.Kind.UP_TO_DATE, 0, Instant.parse("2026-11-23T15:00:05Z"), null, 2, null));
        assertEquals(2, vm.conflictsProperty().get());
        assertTrue(vm.conflictsLabelProperty().get().startsWith("2 open conflicts"), vm.conflictsLabelProperty().get());
        assertTrue(vm.canSyncNowProperty().get());
        vm.refresh();
        assertEquals(SyncState.Kind.LOCAL_ONLY, vm.stateProperty().get().kind());
        assertTrue(!vm.canSyncNowProperty().get(), "a store kept on this PC only has nothing to sync with");
        assertTrue(vm.detailProperty().get().startsWith("This practice is kept on this PC only"), vm.detailProperty().get());
    }
}
