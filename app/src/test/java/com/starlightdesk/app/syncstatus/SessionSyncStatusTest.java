package com.starlightdesk.app.syncstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.patients.NewPatientViewModel;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.settings.SettingsPlace;
import com.starlightdesk.app.shell.ShellViewModel;
import com.starlightdesk.app.testing.QueuedTaskExecutor;
import com.starlightdesk.app.testing.RecordingNavigation;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Contact;
import com.starlightdesk.data.domain.ContactType;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.sync.api.PracticeJoin;
import com.starlightdesk.sync.api.ServerSettings;
import com.starlightdesk.sync.api.SyncState;
import com.starlightdesk.sync.testing.GatewayFixture;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell's indicator over a store joined from the gateway (no toolkit): status changes arrive on the
 * sync thread and are shown only once handed to the model's thread; sync now sends a local change; a
 * store without a server stays "Local only"; stopping ends sync.
 */
final class SessionSyncStatusTest {
    private static final String PASSWORD = "a long front desk password";
    @TempDir
    Path dir;

    @Test
    void aConnectedStoreSyncsInTheBackgroundAndOnDemand() throws Exception {
        try (GatewayFixture server = new GatewayFixture("appsessionsync", false)) {
            PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
            ServerSettings settings = new ServerSettings("us-east-1", server.gateway().resourceArn(), server.database().secretA().secretArn(),
                    server.databaseName(), server.endpoint(), ServerSettings.Credentials.localGateway());
            new PracticeJoin(stores.directory(), Clock.systemUTC()).join(settings, "front@maple.example", "Front Desk",
                    PASSWORD.toCharArray(), (done, total) -> { });
            try (Session session = stores.signIn(server.database().practiceA(), "front@maple.example", PASSWORD.toCharArray())) {
                QueuedTaskExecutor executor = new QueuedTaskExecutor();
                SessionSyncStatus sync = new SessionSyncStatus(session, Clock.systemUTC());
                ShellViewModel shell = shell(session, sync, executor);
                try {
                    shell.syncIndicator().start();
                    assertTrue(sync.connected());
                    assertTrue(executor.runUntil(() -> shell.syncIndicator().labelProperty().get().startsWith("Up to date"), Duration.ofSeconds(20)),
                            shell.syncIndicator().labelProperty().get());
                    assertTrue(shell.syncIndicator().detailProperty().get().contains("Last sync"), shell.syncIndicator().detailProperty().get());

                    Contact contact = new Contact(Ids.next(), ContactType.VENDOR, "Vaccine Supply Co", "Vaccine Supply Co", null, "555-0100", null);
                    session.data().writeAll(c -> c.insert(contact));
                    shell.syncIndicator().syncNow();
                    assertEquals(SyncState.Kind.UP_TO_DATE, shell.syncIndicator().stateProperty().get().kind());
                    assertEquals(0, shell.syncIndicator().stateProperty().get().pendingChanges());
                    assertEquals(1, contactsOnServer(server), "sync now sent the change");
                } finally {
                    sync.stop();
                }
                assertFalse(sync.connected());
            }
        }
    }

    @Test
    void aStoreWithoutAServerStaysLocalOnly() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        try (Session session = stores.create("Maple Pediatrics", "America/Chicago", "Front Desk", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray())) {
            QueuedTaskExecutor executor = new QueuedTaskExecutor();
            SessionSyncStatus sync = new SessionSyncStatus(session, Clock.systemUTC());
            ShellViewModel shell = shell(session, sync, executor);
            shell.syncIndicator().start();
            assertFalse(sync.connected());
            assertTrue(shell.syncIndicator().labelProperty().get().startsWith("Local only · "), shell.syncIndicator().labelProperty().get());
            shell.syncIndicator().syncNow();
            assertEquals(SyncState.Kind.LOCAL_ONLY, shell.syncIndicator().stateProperty().get().kind());
            sync.stop();
        }
    }

    private static ShellViewModel shell(Session session, SessionSyncStatus sync, QueuedTaskExecutor executor) {
        NewPatientViewModel newPatient = new NewPatientViewModel(session, executor, Clock.systemUTC());
        return new ShellViewModel(session, sync, executor, storesOf(session), new RecordingNavigation(),
                new OpenChart(session, executor), newPatient, new SettingsPlace(),
                Clock.systemUTC());
    }

    private static PracticeStores storesOf(Session session) {
        return TestStores.in(session.store().directory().getParent().getParent(), Clock.systemUTC());
    }

    private static long contactsOnServer(GatewayFixture server) throws Exception {
        try (Connection c = server.database().owner().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM contacts WHERE practice_id = '" + server.database().practiceA() + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
