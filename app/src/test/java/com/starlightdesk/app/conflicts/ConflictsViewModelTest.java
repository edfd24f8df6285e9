package com.starlightdesk.app.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.syncstatus.SessionSyncStatus;
import com.starlightdesk.app.syncstatus.SyncStatusSource;
import com.starlightdesk.app.testing.QueuedTaskExecutor;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.repo.Tables;
import com.starlightdesk.data.sync.SyncConflict;
import com.starlightdesk.sync.api.OpenConflict;
import com.starlightdesk.sync.api.PracticeJoin;
import com.starlightdesk.sync.api.PracticeSync;
import com.starlightdesk.sync.api.ServerSettings;
import com.starlightdesk.sync.api.SyncState;
import com.starlightdesk.sync.testing.GatewayFixture;
import com.starlightdesk.sync.testing.SyncedStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.lang.ref.WeakReference;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Conflicts screen's model (no toolkit) over a store joined from the gateway, with real conflicts:
 * another desk and this one both change a patient's phone and email; the screen lists both in the
 * clinic's words with the patient's name; keeping one and taking the other for the second settles them,
 * the indicator's count drops with each, the other value reaches the server, and nothing is logged with
 * a value or the name.
 */
final class ConflictsViewModelTest {
    private static final String EMAIL = "front@maple.example";
    private static final String PASSWORD = "a long front desk password";

    @TempDir
    Path dir;

    @Test
    void listsTheConflictsInTheClinicsWordsAndSettlesThem() throws Exception {
        try (GatewayFixture server = new GatewayFixture("appconflicts", false);
             SyncedStore otherDesk = new SyncedStore(dir, "other-desk", server.database().practiceA(),
                     server.dataApiRemote(server.database().secretA()))) {
            Patient patient = new Patient(Ids.next(), "Nadia", "Khan", LocalDate.of(2021, 2, 3), Gender.FEMALE, "Samira Khan",
                    "samira@khan.example", "630-555-0100", new Address("12 Elm St", null, "Naperville", "IL", "60540"), null, null,
                    null, null, PatientStatus.ACTIVE, null, new BigDecimal("75.00"), null, null, true, null, null, null);
            otherDesk.data().writeAll(c -> c.insert(patient));
            otherDesk.engine().syncOnce();

            PracticeStores stores = TestStores.in(dir.resolve("desk"), Clock.systemUTC());
            ServerSettings settings = new ServerSettings("us-east-1", server.gateway().resourceArn(), server.database().secretA().secretArn(),
                    server.databaseName(), server.endpoint(), ServerSettings.Credentials.localGateway());
            new PracticeJoin(stores.directory(), Clock.systemUTC()).join(settings, EMAIL, "Front Desk", PASSWORD.toCharArray(), (done, total) -> { });

            RecordingHandler log = RecordingHandler.onAppAndSync();
            try (Session session = stores.signIn(server.database().practiceA(), EMAIL, PASSWORD.toCharArray())) {
                bothDesksChangePhoneAndEmail(session, otherDesk, patient);
                QueuedTaskExecutor executor = new QueuedTaskExecutor();
                SessionSyncStatus sync = new SessionSyncStatus(session, Clock.systemUTC());
                try {
                    sync.start(status -> { });
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    while (sync.syncNow().openConflicts() < 2 && System.nanoTime() < deadline) {
                        Thread.sleep(200);
                    }
                    ConflictsViewModel conflicts = new ConflictsViewModel(session, sync, executor, Clock.systemUTC());
                    conflicts.open();
                    assertTrue(conflicts.openProperty().get());
                    assertEquals("", conflicts.failureProperty().get());
                    List<ConflictEntry> entries = conflicts.entries();
                    assertEquals(2, entries.size(), entries.toString());
                    assertTrue(conflicts.summaryProperty().get().startsWith("2 open conflicts"), conflicts.summaryProperty().get());
                    assertFalse(conflicts.noConflictsProperty().get());
                    ConflictEntry phone = entry(entries, "phone");
                    ConflictEntry email = entry(entries, "email");
                    assertEquals("Patient Nadia Khan · phone", phone.heading());
                    assertTrue(phone.detail().matches("kept 630-555-0122 \\(this PC, \\d{1,2}:\\d{2} [AP]M\\) — other edit 630-555-0111"
                            + " \\(another PC, synced first\\)"), phone.detail());
                    assertTrue(phone.mayResolve() && phone.canTakeOther());

                    conflicts.keepCurrent(phone);
                    assertEquals("", conflicts.failureProperty().get());
                    assertEquals(1, conflicts.settledStatusProperty().get().openConflicts(), "the indicator's count drops");
                    assertEquals(1, conflicts.entries().size());

                    conflicts.useOther(email);
                    assertEquals("", conflicts.failureProperty().get());
                    assertEquals(0, conflicts.settledStatusProperty().get().openConflicts());
                    assertEquals(0, conflicts.settledStatusProperty().get().pendingChanges(), "the other value was sent at once");
                    assertTrue(conflicts.entries().isEmpty());
                    assertTrue(conflicts.noConflictsProperty().get(), "the screen says there is nothing to settle");
                    assertEquals("", conflicts.summaryProperty().get());

                    Patient here = session.data().patients().findById(patient.id()).orElseThrow();
                    assertEquals("630-555-0122", here.phone(), "kept");
                    assertEquals("samira.k@khan.example", here.email(), "the other desk's email, taken");
                    assertEquals("630-555-0122", onServer(server, patient, "phone"));
                    assertEquals("samira.k@khan.example", onServer(server, patient, "email"));
                } finally {
                    sync.stop();
                }
            } finally {
                log.detach();
            }
            for (String secret : List.of("Nadia", "Khan", "630-555", "khan.example")) {
                assertFalse(log.text().contains(secret), "the log names no patient's data: " + log.text());
            }
        }
    }

    /**
     * The screen listens to {@code entries()} and keeps nothing else of it: the list it listens to lives
     * as long as the model, so the rows are still drawn after a garbage collection.
     */
    @Test
    void theEntriesAreStillHeardAfterAGarbageCollection() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        try (Session session = stores.create("Maple Pediatrics", "America/Chicago", "Front Desk", EMAIL, PASSWORD.toCharArray())) {
            OpenConflict invoice = new OpenConflict(UUID.randomUUID(), Tables.INVOICES, UUID.randomUUID(), "status", SyncConflict.Kind.SAME_FIELD,
                    "\"paid\"", "\"sent\"", Instant.now(), Instant.now());
            SyncStatusSource inbox = new SyncStatusSource() {
                @Override
                public SyncState read() {
                    return SyncState.localOnly(0);
                }

                @Override
                public List<OpenConflict> openConflicts() {
                    return List.of(invoice);
                }
            };
            ConflictsViewModel conflicts = new ConflictsViewModel(session, inbox, new CurrentThreadTaskExecutor(), Clock.systemUTC());
            List<Integer> heard = new ArrayList<>();
            conflicts.entries().addListener((ListChangeListener<ConflictEntry>) change -> heard.add(conflicts.entries().size()));
            collectGarbage();
            conflicts.open();
            assertEquals(1, conflicts.entries().size());
            assertEquals(List.of(1), heard, "the listener hears the inbox arrive");
        }
    }

    /** Runs the collector until an object nothing holds is gone. */
    private static void collectGarbage() throws InterruptedException {
        WeakReference<Object> probe = new WeakReference<>(new Object());
        for (int i = 0; i < 50 && probe.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertTrue(probe.get() == null, "the collector ran");
    }

    /** A patient's phone and email changed on another desk (and sent), then on this one, before this one syncs. */
    private static void bothDesksChangePhoneAndEmail(Session session, SyncedStore otherDesk, Patient patient) throws Exception {
        try (PracticeSync sync = PracticeSync.open(session.store().dataSource(), session.practice().id(), Clock.systemUTC()).orElseThrow()) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (session.data().patients().findById(patient.id()).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(200);
                sync.syncNow();
            }
        }
        Patient here = session.data().patients().findById(patient.id()).orElseThrow();
        otherDesk.data().writeAll(c -> c.update(with(patient, "630-555-0111", "samira.k@khan.example")));
        otherDesk.engine().syncOnce();
        session.data().writeAll(c -> c.update(with(here, "630-555-0122", "samira.khan@home.example")));
    }

    private static ConflictEntry entry(List<ConflictEntry> entries, String field) {
        return entries.stream().filter(e -> e.heading().endsWith("· " + field)).findFirst()
                .orElseThrow(() -> new AssertionError("no conflict on " + field + ": " + entries));
    }

    private static Patient with(Patient p, String phone, String email) {
        return new Patient(p.id(), p.firstName(), p.lastName(), p.dateOfBirth(), p.gender(), p.parentGuardian(), email, phone,
                p.address(), p.insuranceProvider(), p.insuranceId(), p.insuranceGroup(), p.familyId(), p.status(),
                p.pipelineStage(), p.feeOverride(), p.referredBy(), p.notes(), p.isActive(), p.primaryProviderId(), p.gestationalAgeDays(), p.noKnownAllergiesAt());
    }

    private static String onServer(GatewayFixture server, Patient patient, String column) throws Exception {
        try (Connection c = server.database().owner().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM patients WHERE id = ?")) {
            s.setObject(1, patient.id());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** Collects what the app and sync log while the test runs. */
    private static final class RecordingHandler extends Handler {
        private final StringBuilder text = new StringBuilder();
        private final List<Logger> loggers;

        private RecordingHandler(List<Logger> loggers) {
            this.loggers = loggers;
        }

        static RecordingHandler onAppAndSync() {
            RecordingHandler handler = new RecordingHandler(List.of(Logger.getLogger("com.starlightdesk")));
            handler.loggers.forEach(l -> l.addHandler(handler));
            return handler;
        }

        @Override
        public synchronized void publish(LogRecord record) {
            text.append(record.getMessage()).append(' ');
            if (record.getParameters() != null) {
                for (Object p : record.getParameters()) {
                    text.append(p).append(' ');
                }
            }
            if (record.getThrown() != null) {
                text.append(record.getThrown()).append(' ');
            }
            text.append('\n');
        }

        synchronized String text() {
            return text.toString();
        }

        void detach() {
            loggers.forEach(l -> l.removeHandler(this));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
