package com.starlightdesk.sync.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.repo.Tables;
import com.starlightdesk.data.store.DataDirectory;
import com.starlightdesk.data.store.LocalStore;
import com.starlightdesk.sync.testing.GatewayFixture;
import com.starlightdesk.sync.testing.PullWaits;
import com.starlightdesk.sync.testing.SyncedStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A joined store through the sync API: the same field edited on another desk becomes an open conflict
 * in this store's inbox, listeners see it in the status, and resolving it ("take the other") syncs.
 */
class PracticeSyncTest {
    private static final String PASSWORD = "a long front desk password";
    @TempDir
    Path dir;

    @Test
    void aConflictIsListedInTheStatusAndResolvedThroughTheApi() throws Exception {
        try (GatewayFixture server = new GatewayFixture("apisync", false);
             SyncedStore other = new SyncedStore(dir, "other", server.database().practiceA(),
                     server.dataApiRemote(server.database().secretA()))) {
            Patient patient = new Patient(Ids.next(), "Nadia", "Khan", LocalDate.of(2021, 2, 3), Gender.FEMALE, "Samira Khan", null,
                    "630-555-0100", new Address("12 Elm St", null, "Naperville", "IL", "60540"), null, null, null, null,
                    PatientStatus.ACTIVE, null, new BigDecimal("75.00"), null, null, true, null, null, null);
            other.data().writeAll(c -> c.insert(patient));
            other.engine().syncOnce();

            ServerSettings settings = new ServerSettings("us-east-1", server.gateway().resourceArn(), server.database().secretA().secretArn(),
                    server.databaseName(), server.endpoint(), ServerSettings.Credentials.localGateway());
            Path store = new PracticeJoin(new DataDirectory(dir.resolve("desk")), Clock.systemUTC())
                    .join(settings, "front@maple.example", "Front Desk", PASSWORD.toCharArray(), (d, t) -> { }).store();

            try (LocalStore desk = LocalStore.unlock(store, "front@maple.example", PASSWORD.toCharArray(), Clock.systemUTC());
                 PracticeSync sync = PracticeSync.open(desk.dataSource(), desk.data().practiceId(), Clock.systemUTC()).orElseThrow()) {
                // A transaction elsewhere on the shared server may hold the pull's horizon back for a while.
                PullWaits.until(() -> desk.data().patients().findById(patient.id()).isPresent(), sync::syncNow);
                other.data().writeAll(c -> c.update(withPhone(patient, "630-555-0111")));
                other.engine().syncOnce();
                desk.data().writeAll(c -> c.update(withPhone(desk.data().patients().findById(patient.id()).orElseThrow(), "630-555-0122")));
                List<SyncState> seen = new CopyOnWriteArrayList<>();
                sync.addListener(seen::add);

                SyncState state = sync.syncNow();
                assertEquals(SyncState.Kind.UP_TO_DATE, state.kind());
                assertEquals(1, state.openConflicts());
                assertEquals(state, sync.status());
                assertTrue(seen.stream().anyMatch(s -> s.kind() == SyncState.Kind.SYNCING), "listeners saw the cycle start");
                List<OpenConflict> open = sync.openConflicts();
                assertEquals(1, open.size());
                OpenConflict conflict = open.get(0);
                assertEquals(Tables.PATIENTS, conflict.table());
                assertEquals("phone", conflict.fieldName());
                assertFalse(conflict.toString().contains("630-555"), "no values in its string form");

                String kept = desk.data().patients().findById(patient.id()).orElseThrow().phone();
                sync.resolve(conflict.id(), PracticeSync.Resolution.TAKE_OTHER);
                String taken = desk.data().patients().findById(patient.id()).orElseThrow().phone();
                assertFalse(kept.equals(taken), "the other value replaced the kept one");
                SyncState after = sync.syncNow();
                assertEquals(0, after.openConflicts());
                assertEquals(0, after.pendingChanges());
                assertTrue(sync.openConflicts().isEmpty());
                PullWaits.until(() -> taken.equals(other.data().patients().findById(patient.id()).orElseThrow().phone()), other.engine()::syncOnce);
                assertEquals(taken, other.data().patients().findById(patient.id()).orElseThrow().phone(), "both desks agree");
            }
        }
    }

    private static Patient withPhone(Patient p, String phone) {
        return new Patient(p.id(), p.firstName(), p.lastName(), p.dateOfBirth(), p.gender(), p.parentGuardian(), p.email(), phone,
                p.address(), p.insuranceProvider(), p.insuranceId(), p.insuranceGroup(), p.familyId(), p.status(),
                p.pipelineStage(), p.feeOverride(), p.referredBy(), p.notes(), p.isActive(), p.primaryProviderId(), p.gestationalAgeDays(), p.noKnownAllergiesAt());
    }
}
