package com.starlightdesk.sync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.ClinicalContent;
import com.starlightdesk.data.domain.Contact;
import com.starlightdesk.data.domain.ContactType;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.MedicalRecord;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.RecordType;
import com.starlightdesk.data.domain.SignedRecordException;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.WorkingHours;
import com.starlightdesk.data.sync.ConflictInbox;
import com.starlightdesk.data.sync.DeviceSettings;
import com.starlightdesk.data.sync.SyncConflict;
import com.starlightdesk.schema.Migrations;
import com.starlightdesk.schema.Release;
import com.starlightdesk.sync.api.SyncState;
import com.starlightdesk.sync.remote.RemoteException;
import com.starlightdesk.sync.remote.RemoteResult;
import com.starlightdesk.sync.remote.RemoteStore;
import com.starlightdesk.sync.remote.RemoteTransaction;
import com.starlightdesk.sync.remote.SqlParam;
import com.starlightdesk.sync.testing.GatewayFixture;
import com.starlightdesk.sync.testing.PracticeRows;
import com.starlightdesk.sync.testing.SyncedStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync rules one by one: idle cost, delete races, signed notes, tenancy, schema handshake, bootstrap, pull window. */
class SyncRulesTest {
    @TempDir
    static Path dir;
    private static GatewayFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new GatewayFixture("syncrules");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private SyncedStore store(String name) {
        return new SyncedStore(dir, name, fixture.database().practiceA(), fixture.dataApiRemote(fixture.database().secretA()));
    }

    private static Contact contact(String name) {
        return new Contact(Ids.next(), ContactType.VENDOR, name, "Supply Co", null, "555-0123", null);
    }

    private static long localLong(DataSource ds, String sql, Object... args) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anIdleCycleIsOneRemoteCall() {
        try (SyncedStore store = store("idle")) {
            store.engine().syncOnce();
            store.engine().syncOnce();
            long before = store.remote().calls();
            SyncState status = store.engine().syncOnce();
            assertEquals(1, store.remote().calls() - before);
            assertEquals(SyncState.Kind.UP_TO_DATE, status.kind());
            assertEquals(0, status.pendingChanges());
            assertNotNull(status.lastSuccess());
        }
    }

    @Test
    void aPullReadsOnlyTheTablesThatChanged() {
        try (SyncedStore writer = store("onetablewriter"); SyncedStore reader = store("onetablereader")) {
            writer.engine().syncOnce();
            reader.engine().syncOnce();
            Contact vendor = contact("Only Contacts Changed");
            writer.data().write(c -> c.insert(vendor));
            writer.engine().syncOnce();
            long before = reader.remote().calls();
            reader.engine().syncOnce();
            assertEquals(2, reader.remote().calls() - before, "the probe, then one page of contacts");
            assertEquals(1, localLong(reader.dataSource(), "SELECT count(*) FROM contacts WHERE id = ?", vendor.id()));
        }
    }

    @Test
    void workingHoursSetOnOneDeskReachTheOthers() throws SQLException {
        try (SyncedStore admin = store("hoursadmin"); SyncedStore frontDesk = store("hoursfrontdesk")) {
            admin.engine().syncOnce();
            frontDesk.engine().syncOnce();
            WorkingHours saturdays = WorkingHours.parse("workingHours", "mon 07:30-17:00, wed 08:00-18:00, sat 09:00-12:00");
            admin.data().writeAll(c -> c.update(admin.data().office().practice().orElseThrow().withHours(saturdays)));
            admin.engine().syncOnce();
            frontDesk.engine().syncOnce();
            assertEquals(saturdays, frontDesk.data().office().practice().orElseThrow().hours());
            try (Connection c = fixture.database().owner().getConnection();
                    PreparedStatement read = c.prepareStatement("SELECT working_hours FROM practices WHERE id = ?")) {
                read.setObject(1, fixture.database().practiceA());
                try (ResultSet rs = read.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(saturdays.text(), rs.getString(1), "the server keeps the hours for the next desk to join");
                }
            }
        }
    }

    @Test
    void anEditRacingADeleteIsAConflictNotAResurrection() {
        try (SyncedStore first = store("delfirst"); SyncedStore second = store("delsecond")) {
            Contact vendor = contact("Racing Vendor");
            first.data().write(c -> c.insert(vendor));
            first.engine().syncOnce();
            second.engine().syncOnce();
            first.data().writeAll(c -> c.softDelete(Contact.class, vendor.id()));
            second.data().write(c -> c.update(new Contact(vendor.id(), vendor.type(), vendor.name(), vendor.organization(),
                    vendor.email(), "555-0999", vendor.notes())));
            first.engine().syncOnce();
            second.engine().syncOnce();
            first.engine().syncOnce();
            for (SyncedStore s : List.of(first, second)) {
                assertEquals(1, localLong(s.dataSource(), "SELECT count(*) FROM contacts WHERE id = ? AND deleted_at IS NOT NULL", vendor.id()),
                        "the row stays deleted");
            }
            List<SyncConflict> open = second.engine().conflicts().open();
            assertEquals(1, open.size());
            assertEquals(SyncConflict.Kind.EDITED_DELETED, open.get(0).kind());
            assertEquals("\"555-0999\"", open.get(0).otherValue());
            assertEquals(first.fingerprint(), second.fingerprint());

            // Choosing the edit restores the row with it, everywhere.
            second.engine().conflicts().resolve(open.get(0).id(), ConflictInbox.Choice.OTHER);
            second.engine().syncOnce();
            first.engine().syncOnce();
            for (SyncedStore s : List.of(first, second)) {
                assertEquals(1, localLong(s.dataSource(), "SELECT count(*) FROM contacts WHERE id = ? AND deleted_at IS NULL"
                        + " AND phone = '555-0999'", vendor.id()));
            }
        }
    }

    @Test
    void anInsertRefusedByAnotherUniqueKeyGoesToTheInboxAndTheRestOfItsBatchArrives() {
        try (SyncedStore first = store("uniqfirst"); SyncedStore second = store("uniqsecond")) {
            first.engine().syncOnce();
            second.engine().syncOnce();
            User mine = new User(Ids.next(), "front.desk@clinic.test", "Front Desk", Role.STAFF, null, true);
            User theirs = new User(Ids.next(), "front.desk@clinic.test", "Front Desk (second PC)", Role.STAFF, null, true);
            Contact vendor = contact("Arrives With The Refused User");
            first.data().write(c -> c.insert(mine));
            second.data().writeAll(c -> {
                c.insert(theirs);
                c.insert(vendor);
            });
            first.engine().syncOnce();
            second.engine().syncOnce();
            first.engine().syncOnce();

            List<SyncConflict> open = second.engine().conflicts().open();
            assertEquals(1, open.size(), "one refused insert, one inbox entry");
            assertEquals(SyncConflict.Kind.REJECTED, open.get(0).kind());
            assertEquals("users", open.get(0).tableName());
            assertEquals(theirs.id(), open.get(0).rowId());
            assertEquals(0, second.engine().outbox().pendingCount(), "the refused insert left the outbox with its batch");
            assertEquals(1, localLong(first.dataSource(), "SELECT count(*) FROM contacts WHERE id = ?", vendor.id()),
                    "the rest of the batch reached the other PC");
            assertEquals(0, localLong(first.dataSource(), "SELECT count(*) FROM users WHERE id = ?", theirs.id()));
            assertEquals(0, first.engine().conflicts().openCount());
        }
    }

    @Test
    void aRowReferringToARefusedRowIsRefusedWithItAndSyncCarriesOn() {
        try (SyncedStore first = store("childfirst"); SyncedStore second = store("childsecond")) {
            first.engine().syncOnce();
            second.engine().syncOnce();
            User mine = new User(Ids.next(), "nurse.practitioner@clinic.test", "Sam Rivera", Role.PROVIDER, null, true);
            User theirs = new User(Ids.next(), "nurse.practitioner@clinic.test", "Sam Rivera (second PC)", Role.PROVIDER, null, true);
            Provider linked = new Provider(Ids.next(), theirs.id(), "Sam Rivera, CPNP", "Pediatrics", null, "#CC5500", true);
            Contact before = contact("Booked Before The Refused User");
            Contact after = contact("Booked After The Refused Provider");
            first.data().write(c -> c.insert(mine));
            second.data().writeAll(c -> {
                c.insert(before);
                c.insert(theirs);
                c.insert(linked);
                c.insert(after);
            });
            first.engine().syncOnce();
            SyncState status = second.engine().syncOnce();
            assertEquals(SyncState.Kind.UP_TO_DATE, status.kind(), "sync carries on");
            first.engine().syncOnce();

            List<SyncConflict> open = second.engine().conflicts().open();
            assertEquals(List.of("providers", "users"), open.stream().map(SyncConflict::tableName).sorted().toList(),
                    "the user another PC took first, and the provider linked to it");
            assertTrue(open.stream().allMatch(c -> c.kind() == SyncConflict.Kind.REJECTED));
            assertEquals(0, second.engine().outbox().pendingCount());
            assertEquals(0, localLong(second.dataSource(), "SELECT count(*) FROM providers WHERE id = ?", linked.id()),
                    "the refused rows left this PC, the provider first, then the user it referred to");
            assertEquals(0, localLong(second.dataSource(), "SELECT count(*) FROM users WHERE id = ?", theirs.id()));
            assertEquals(1, localLong(second.dataSource(), "SELECT count(*) FROM users WHERE id = ?", mine.id()),
                    "the server's user arrived on the PC whose user was refused");
            for (Contact c : List.of(before, after)) {
                assertEquals(1, localLong(first.dataSource(), "SELECT count(*) FROM contacts WHERE id = ?", c.id()),
                        "the rest of the batch reached the other PC");
            }
            assertEquals(SyncState.Kind.UP_TO_DATE, second.engine().syncOnce().kind());
        }
    }

    @Test
    void aSignedNoteIsNeverOverwritten() {
        try (SyncedStore first = store("signfirst"); SyncedStore second = store("signsecond")) {
            Patient patient = SyncConvergenceTest.patient("Noah", "Signed");
            MedicalRecord note = new MedicalRecord(Ids.next(), patient.id(), null, null, RecordType.SOAP_NOTE,
                    ClinicalContent.of(Map.of("subjective", "Cough for two days")), Instant.now().truncatedTo(ChronoUnit.MILLIS), null, null, null);
            first.data().writeAll(c -> {
                c.insert(patient);
                c.insert(note);
            });
            first.engine().syncOnce();
            second.engine().syncOnce();
            Instant signedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            first.data().write(c -> c.update(new MedicalRecord(note.id(), note.patientId(), null, null, note.recordType(),
                    note.content(), note.recordedAt(), signedAt, first.data().actorId(), null)));
            second.data().write(c -> c.update(new MedicalRecord(note.id(), note.patientId(), null, null, note.recordType(),
                    ClinicalContent.of(Map.of("subjective", "Cough for three days")), note.recordedAt(), null, null, null)));
            first.engine().syncOnce();
            second.engine().syncOnce();
            first.engine().syncOnce();
            for (SyncedStore s : List.of(first, second)) {
                MedicalRecord now = s.data().chart().records(patient.id()).get(0);
                assertEquals(signedAt, now.signedAt());
                assertEquals(note.content(), now.content(), "the signed content stands");
            }
            List<SyncConflict> open = second.engine().conflicts().open();
            assertEquals(1, open.size());
            assertEquals(SyncConflict.Kind.SIGNED_RECORD, open.get(0).kind());
            assertEquals("content", open.get(0).fieldName());
            assertThrows(IllegalStateException.class,
                    () -> second.engine().conflicts().resolve(open.get(0).id(), ConflictInbox.Choice.OTHER));
            second.engine().conflicts().resolve(open.get(0).id(), ConflictInbox.Choice.KEPT);
            assertEquals(0, second.engine().conflicts().openCount());
            assertEquals(first.fingerprint(), second.fingerprint());

            // Once the signed note has reached this desk, an edit of it is refused here too; the correction is an
            // addendum, which reaches the other desk under the note.
            MedicalRecord pulled = second.data().chart().record(note.id()).orElseThrow();
            assertThrows(SignedRecordException.class, () -> second.data().write(c -> c.update(pulled.withContent(
                    ClinicalContent.of(Map.of("subjective", "Cough for four days"))))));
            MedicalRecord addendum = new MedicalRecord(Ids.next(), patient.id(), null, null, RecordType.SOAP_NOTE,
                    ClinicalContent.of(Map.of("subjective", "Cough for three days, as the family says")),
                    Instant.now().truncatedTo(ChronoUnit.MILLIS), null, null, note.id());
            second.data().writeAll(c -> c.insert(addendum));
            second.data().write(c -> c.update(addendum.signed(Instant.now().truncatedTo(ChronoUnit.MILLIS), second.data().actorId())));
            second.engine().syncOnce();
            first.engine().syncOnce();
            MedicalRecord arrived = first.data().notes().addenda(note.id()).get(0);
            assertEquals(addendum.id(), arrived.id());
            assertTrue(arrived.isSigned());
            assertEquals(note.content(), first.data().chart().record(note.id()).orElseThrow().content());
        }
    }

    @Test
    void aStoreWithPracticeASecretNeverReadsOrWritesPracticeB() {
        UUID practiceB = fixture.database().practiceB();
        PracticeRows.patient(fixture.database().owner(), practiceB, "Birch", "Only");
        try (SyncedStore a = store("tenanta")) {
            a.engine().syncOnce();
            assertEquals(0, localLong(a.dataSource(), "SELECT count(*) FROM patients WHERE practice_id = ?", practiceB));
            assertEquals(0, localLong(a.dataSource(), "SELECT count(*) FROM practices WHERE id = ?", practiceB));
        }
        try (SyncedStore forged = new SyncedStore(dir, "tenantforged", practiceB, fixture.dataApiRemote(fixture.database().secretA()))) {
            RemoteException refused = assertThrows(RemoteException.class, () -> forged.engine().syncOnce());
            assertEquals(RemoteException.Kind.DATABASE_ERROR, refused.kind());
            assertEquals(2, forged.engine().outbox().pendingCount(), "the refused batch (practice, user) stays in the outbox");
        }
        try (Connection c = fixture.database().owner().getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM users WHERE practice_id = ?")) {
            s.setObject(1, practiceB);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSchemaMismatchStopsSyncWithAClearMessage() {
        try (SyncedStore store = store("schema")) {
            SyncEngine engine = new SyncEngine(store.remote(), store.dataSource(), fixture.database().practiceA(), Clock.systemUTC(),
                    "99", Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(1));
            SchemaMismatchException e = assertThrows(SchemaMismatchException.class, engine::syncOnce);
            assertTrue(e.getMessage().contains("schema version " + Migrations.SERVER_SCHEMA_VERSION) && e.getMessage().contains("expects 99")
                    && e.getMessage().contains("this application, Starlight Desk " + Release.version() + ","), e.getMessage());
            assertEquals(2, store.engine().outbox().pendingCount(), "nothing was pushed");
            List<SyncState> seen = new ArrayList<>();
            engine.addListener(seen::add);
            engine.start(Duration.ofMillis(10));
            long deadline = System.currentTimeMillis() + 5000;
            while (engine.status().kind() != SyncState.Kind.ERROR && System.currentTimeMillis() < deadline) {
                Thread.onSpinWait();
            }
            assertEquals(SyncState.Kind.ERROR, engine.status().kind());
            engine.close();
        }
    }

    /** Fails the second page read of the patients table, as a PC switched off mid-bootstrap. */
    private static final class FailingSecondPatientsPage implements RemoteStore {
        private final RemoteStore remote;
        private final AtomicInteger patientPages = new AtomicInteger();

        FailingSecondPatientsPage(RemoteStore remote) {
            this.remote = remote;
        }

        @Override
        public RemoteTransaction begin() {
            return remote.begin();
        }

        @Override
        public void commit(RemoteTransaction transaction) {
            remote.commit(transaction);
        }

        @Override
        public void rollback(RemoteTransaction transaction) {
            remote.rollback(transaction);
        }

        @Override
        public RemoteResult execute(String sql, List<SqlParam> params, Optional<RemoteTransaction> transaction) {
            if (sql.contains(" FROM patients WHERE") && sql.contains("ORDER BY txid, id") && patientPages.incrementAndGet() == 2) {
                throw new RemoteException(RemoteException.Kind.UNAVAILABLE, "switched off", null);
            }
            return remote.execute(sql, params, transaction);
        }

        @Override
        public void batch(String sql, List<List<SqlParam>> parameterSets, Optional<RemoteTransaction> transaction) {
            remote.batch(sql, parameterSets, transaction);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void anInterruptedBootstrapResumesWithProgress() {
        fixture.database().ownerExecute("INSERT INTO patients (id, practice_id, first_name, last_name, date_of_birth, status,"
                + " created_at, updated_at) SELECT gen_random_uuid(), '" + fixture.database().practiceA() + "', 'Boot' || g, 'Strap',"
                + " date '2019-04-02', 'active', now(), now() FROM generate_series(1, 2500) g");
        try (SyncedStore reference = store("bootreference"); SyncedStore fresh = store("bootfresh")) {
            reference.engine().syncOnce();
            DataSource ds = fresh.dataSource();
            SyncEngine interrupted = new SyncEngine(new FailingSecondPatientsPage(fresh.remote()), ds, fixture.database().practiceA(),
                    Clock.systemUTC());
            assertThrows(RemoteException.class, interrupted::syncOnce);
            long afterFirstPage = localLong(ds, "SELECT count(*) FROM patients WHERE last_name = 'Strap'");
            assertTrue(afterFirstPage > 0 && afterFirstPage < 2500, "the first page was kept: " + afterFirstPage);
            assertTrue(new DeviceSettings(ds).get(ServerPull.BOOT_HORIZON).isPresent(), "progress is saved");

            List<long[]> progress = new ArrayList<>();
            fresh.engine().syncOnce((done, total) -> progress.add(new long[] {done, total}));
            assertEquals(2500, localLong(ds, "SELECT count(*) FROM patients WHERE last_name = 'Strap'"));
            long[] first = progress.get(0);
            long[] last = progress.get(progress.size() - 1);
            assertTrue(first[0] > 0, "resumed, not restarted");
            assertEquals(last[1], last[0], "done reaches total");
            for (int i = 1; i < progress.size(); i++) {
                assertTrue(progress.get(i)[0] >= progress.get(i - 1)[0]);
            }
            assertFalse(new DeviceSettings(ds).get(ServerPull.BOOT_HORIZON).isPresent());
            reference.engine().syncOnce();
            fresh.engine().syncOnce();
            reference.engine().syncOnce();
            assertEquals(reference.fingerprint(), fresh.fingerprint());

            // An incremental window of several pages is applied in one local transaction: cut off after its
            // first page, nothing of it shows and the cursor stays; the next pull takes it whole.
            fixture.database().ownerExecute("INSERT INTO patients (id, practice_id, first_name, last_name, date_of_birth, status,"
                    + " created_at, updated_at) SELECT gen_random_uuid(), '" + fixture.database().practiceA() + "', 'Im' || g, 'Port',"
                    + " date '2020-05-06', 'active', now(), now() FROM generate_series(1, 2500) g");
            String cursor = new DeviceSettings(ds).get(ServerPull.CURSOR).orElseThrow();
            SyncEngine cutOff = new SyncEngine(new FailingSecondPatientsPage(fresh.remote()), ds, fixture.database().practiceA(),
                    Clock.systemUTC());
            assertThrows(RemoteException.class, cutOff::syncOnce);
            assertEquals(0, localLong(ds, "SELECT count(*) FROM patients WHERE last_name = 'Port'"), "nothing of a cut-off window");
            assertEquals(cursor, new DeviceSettings(ds).get(ServerPull.CURSOR).orElseThrow());
            fresh.engine().syncOnce();
            assertEquals(2500, localLong(ds, "SELECT count(*) FROM patients WHERE last_name = 'Port'"));
            reference.engine().syncOnce();
            assertEquals(reference.fingerprint(), fresh.fingerprint());
        }
    }

    private static final String INSERT = "INSERT INTO contacts (id, practice_id, type, name, created_at, updated_at)"
            + " VALUES (:id, :p, 'other', 'Interleaved', now(), now())";

    @Test
    void thePullSeesTheTransactionThatNumberedFirstButCommittedLast() throws Exception {
        UUID practice = fixture.database().practiceA();
        try (SyncedStore store = store("window"); RemoteStore one = fixture.dataApiRemote(fixture.database().secretA());
             RemoteStore two = fixture.dataApiRemote(fixture.database().secretA())) {
            store.engine().syncOnce();
            UUID early = UUID.randomUUID();
            UUID late = UUID.randomUUID();
            RemoteTransaction slow = one.begin();
            one.execute(INSERT, List.of(SqlParam.uuid("id", early), SqlParam.uuid("p", practice)), Optional.of(slow));
            RemoteTransaction quick = two.begin();
            two.execute(INSERT, List.of(SqlParam.uuid("id", late), SqlParam.uuid("p", practice)), Optional.of(quick));
            two.commit(quick);
            store.engine().syncOnce();
            assertEquals(0, localLong(store.dataSource(), "SELECT count(*) FROM contacts WHERE id IN (?, ?)", early, late),
                    "the later-numbered row waits above the horizon");
            one.commit(slow);
            for (int attempt = 0; attempt < 50
                    && localLong(store.dataSource(), "SELECT count(*) FROM contacts WHERE id IN (?, ?)", early, late) < 2; attempt++) {
                Thread.sleep(100);
                store.engine().syncOnce();
            }
            assertEquals(2, localLong(store.dataSource(), "SELECT count(*) FROM contacts WHERE id IN (?, ?)", early, late));
        }
    }

    @Test
    void aHorizonHeldBackByALongServerTransactionIsReported() throws Exception {
        UUID practice = fixture.database().practiceA();
        Instant[] now = {Instant.parse("2026-11-23T09:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        try (SyncedStore store = store("heldback"); RemoteStore one = fixture.dataApiRemote(fixture.database().secretA());
             RemoteStore two = fixture.dataApiRemote(fixture.database().secretA())) {
            SyncEngine engine = new SyncEngine(store.remote(), store.dataSource(), practice, clock);
            engine.syncOnce();
            RemoteTransaction slow = one.begin();
            one.execute(INSERT, List.of(SqlParam.uuid("id", UUID.randomUUID()), SqlParam.uuid("p", practice)), Optional.of(slow));
            try {
                RemoteTransaction quick = two.begin();
                two.execute(INSERT, List.of(SqlParam.uuid("id", UUID.randomUUID()), SqlParam.uuid("p", practice)), Optional.of(quick));
                two.commit(quick);
                assertNull(engine.syncOnce().message(), "a hold just seen is not reported yet");
                now[0] = now[0].plusSeconds(3);
                assertNull(engine.syncOnce().message());
                now[0] = now[0].plusSeconds(3);
                SyncState held = engine.syncOnce();
                assertEquals(SyncState.Kind.UP_TO_DATE, held.kind());
                assertEquals(SyncEngine.HELD_BACK_MESSAGE, held.message(), "held at the same horizon for 6 s");
            } finally {
                one.rollback(slow);
            }
            now[0] = now[0].plusSeconds(1);
            assertNull(engine.syncOnce().message(), "the horizon moved on once the transaction ended");
        }
    }
}
