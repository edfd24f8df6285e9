package com.starlightdesk.sync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.sync.ConflictInbox;
import com.starlightdesk.data.sync.SyncConflict;
import com.starlightdesk.sync.testing.GatewayFixture;
import com.starlightdesk.sync.testing.SyncedStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three local stores of one practice edit offline, then sync through the real SDK and the gateway: they
 * converge to identical rows; disjoint field edits both survive; the same field edited on two stores keeps
 * the later-received edit and leaves exactly one inbox entry, which resolves into a normal change.
 */
class SyncConvergenceTest {
    @TempDir
    static Path dir;
    private static GatewayFixture fixture;
    private static SyncedStore first;
    private static SyncedStore second;
    private static SyncedStore third;

    @BeforeAll
    static void start() {
        fixture = new GatewayFixture("syncconverge");
        UUID practice = fixture.database().practiceA();
        first = new SyncedStore(dir, "first", practice, fixture.dataApiRemote(fixture.database().secretA()));
        second = new SyncedStore(dir, "second", practice, fixture.dataApiRemote(fixture.database().secretA()));
        third = new SyncedStore(dir, "third", practice, fixture.dataApiRemote(fixture.database().secretA()));
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
        third.close();
        fixture.close();
    }

    static Patient patient(String first, String last) {
        return new Patient(Ids.next(), first, last, LocalDate.of(2020, 3, 4), Gender.FEMALE, "Jordan " + last, null, "555-0100",
                new Address("12 Elm St", null, "Naperville", "IL", "60540"), "Blue Cross", "BC123", "G1", null,
                PatientStatus.ACTIVE, null, new BigDecimal("75.5"), null, "Peanut allergy", true, null, null, null);
    }

    private static void syncAll() {
        for (int round = 0; round < 2; round++) {
            for (SyncedStore s : List.of(first, second, third)) {
                s.engine().syncOnce();
            }
        }
    }

    private static Patient read(SyncedStore s, UUID id) {
        return s.data().patients().findById(id).orElseThrow();
    }

    private static long openConflicts() {
        return first.engine().conflicts().openCount() + second.engine().conflicts().openCount() + third.engine().conflicts().openCount();
    }

    @Test
    void storesEditingOfflineConvergeFieldByField() {
        // Offline inserts on every store.
        Patient ava = patient("Ava", "Nguyen");
        first.data().writeAll(c -> {
            c.insert(ava);
            for (int i = 0; i < 20; i++) {
                c.insert(patient("First" + i, "Store"));
            }
        });
        second.data().writeAll(c -> {
            for (int i = 0; i < 15; i++) {
                c.insert(patient("Second" + i, "Store"));
            }
        });
        third.data().writeAll(c -> c.insert(patient("Third", "Store")));
        syncAll();
        assertEquals(first.fingerprint(), second.fingerprint());
        assertEquals(first.fingerprint(), third.fingerprint());
        assertEquals(37 + 3, second.data().counts().get("patients") + 3, "every store holds every patient");
        assertEquals(0, openConflicts());

        // Disjoint fields edited offline on two stores: both edits survive.
        Patient onFirst = read(first, ava.id());
        first.data().write(c -> c.update(with(onFirst, "555-0199", onFirst.email(), onFirst.notes())));
        Patient onSecond = read(second, ava.id());
        second.data().write(c -> c.update(with(onSecond, onSecond.phone(), "ava@family.example", onSecond.notes())));
        syncAll();
        for (SyncedStore s : List.of(first, second, third)) {
            Patient p = read(s, ava.id());
            assertEquals("555-0199", p.phone());
            assertEquals("ava@family.example", p.email());
        }
        assertEquals(first.fingerprint(), second.fingerprint());
        assertEquals(first.fingerprint(), third.fingerprint());
        assertEquals(0, openConflicts(), "disjoint edits are no conflict");

        // The same field edited on two stores: the later-received edit wins, the other is in one inbox entry.
        Patient a = read(first, ava.id());
        first.data().write(c -> c.update(with(a, a.phone(), a.email(), "Note from the first desk")));
        Patient b = read(second, ava.id());
        second.data().write(c -> c.update(with(b, b.phone(), b.email(), "Note from the second desk")));
        first.engine().syncOnce();
        second.engine().syncOnce();
        syncAll();
        for (SyncedStore s : List.of(first, second, third)) {
            assertEquals("Note from the second desk", read(s, ava.id()).notes());
        }
        assertEquals(1, openConflicts());
        ConflictInbox inbox = second.engine().conflicts();
        SyncConflict conflict = inbox.open().get(0);
        assertEquals("patients", conflict.tableName());
        assertEquals("notes", conflict.fieldName());
        assertEquals(SyncConflict.Kind.SAME_FIELD, conflict.kind());
        assertEquals("\"Note from the second desk\"", conflict.keptValue());
        assertEquals("\"Note from the first desk\"", conflict.otherValue());
        assertEquals(second.engine().deviceId(), conflict.deviceId());

        // Resolving by choosing the other value is a normal change that syncs everywhere.
        inbox.resolve(conflict.id(), ConflictInbox.Choice.OTHER);
        assertEquals("Note from the first desk", read(second, ava.id()).notes());
        syncAll();
        for (SyncedStore s : List.of(first, second, third)) {
            assertEquals("Note from the first desk", read(s, ava.id()).notes());
        }
        assertEquals(0, openConflicts());
        assertEquals(first.fingerprint(), second.fingerprint());
        assertEquals(first.fingerprint(), third.fingerprint());
        assertTrue(first.engine().outbox().pendingCount() == 0 && second.engine().outbox().pendingCount() == 0);
    }

    static Patient with(Patient p, String phone, String email, String notes) {
        return new Patient(p.id(), p.firstName(), p.lastName(), p.dateOfBirth(), p.gender(), p.parentGuardian(), email, phone,
                p.address(), p.insuranceProvider(), p.insuranceId(), p.insuranceGroup(), p.familyId(), p.status(),
                p.pipelineStage(), p.feeOverride(), p.referredBy(), notes, p.isActive(), p.primaryProviderId(), p.gestationalAgeDays(), p.noKnownAllergiesAt());
    }
}
