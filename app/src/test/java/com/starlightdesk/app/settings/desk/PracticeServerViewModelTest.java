package com.starlightdesk.app.settings.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.syncstatus.SessionSyncStatus;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.sync.api.PracticeSync;
import com.starlightdesk.sync.api.ServerSettings;
import com.starlightdesk.sync.api.SyncState;
import com.starlightdesk.sync.server.PracticeSecret;
import com.starlightdesk.sync.testing.GatewayFixture;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings, This desk, "Practice server", against a real PostgreSQL behind the Data API gateway: a practice
 * created on this PC is connected to the server provisioned for it, after a wrong field, an unreachable
 * endpoint and another practice's secret were refused at their fields with nothing saved; the session's
 * sync then runs.
 */
final class PracticeServerViewModelTest {
    private static GatewayFixture server;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() {
        server = new GatewayFixture("appdeskserver");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void connectsThisPracticeOnlyToItsOwnServerAndStartsSync() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        try (Session admin = stores.create("Lakeside Kids Clinic", "America/Chicago", "Rita Moreno", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray())) {
            PracticeSecret own = server.provision(admin.practice().id(), "Lakeside Kids Clinic", "America/Chicago");
            SessionSyncStatus sync = new SessionSyncStatus(admin, Clock.systemUTC());
            List<SyncState> published = new CopyOnWriteArrayList<>();
            sync.start(published::add);
            int[] changes = new int[1];
            admin.changes().addListener(() -> changes[0]++);
            try {
                PracticeServerViewModel vm = new PracticeServerViewModel(admin, sync, new CurrentThreadTaskExecutor());
                vm.load();
                assertFalse(vm.connectedProperty().get());
                assertTrue(vm.statusProperty().get().startsWith("The practice is kept only on this PC"), vm.statusProperty().get());
                assertTrue(vm.formShownProperty().get());
                assertEquals(admin.practice().id().toString(), vm.practiceId());

                fill(vm, server.database().secretA().secretArn());
                vm.form().regionProperty().set("Ohio");
                vm.connect();
                assertEquals("Enter an AWS region such as us-east-2", vm.errors().of("region").get());
                assertFalse(PracticeSync.isConnected(admin.store().dataSource()), "nothing is sent or saved");

                vm.form().regionProperty().set("us-east-1");
                int closedPort;
                try (ServerSocket socket = new ServerSocket(0)) {
                    closedPort = socket.getLocalPort();
                }
                vm.form().endpointProperty().set("http://127.0.0.1:" + closedPort);
                vm.connect();
                assertTrue(vm.errors().of("endpoint").get().startsWith("The server could not be reached at http://127.0.0.1:" + closedPort),
                        vm.errors().of("endpoint").get());
                assertFalse(vm.busyProperty().get());
                assertFalse(PracticeSync.isConnected(admin.store().dataSource()), "an unreachable server is not saved");

                vm.form().endpointProperty().set(server.endpoint().toString());
                vm.connect();
                assertEquals("", vm.errors().of("endpoint").get());
                String refused = vm.errors().of("secretArn").get();
                assertTrue(refused.startsWith("The secret " + server.database().secretA().secretArn() + " reaches another practice"), refused);
                assertTrue(refused.endsWith("not this one (" + admin.practice().id() + ")"), refused);
                assertEquals("", vm.errors().of("region").get());
                assertEquals("", vm.failureProperty().get());
                assertFalse(vm.connectedProperty().get());
                assertFalse(PracticeSync.isConnected(admin.store().dataSource()), "another practice's secret is not saved");
                assertEquals(SyncState.Kind.LOCAL_ONLY, sync.read().kind());

                vm.form().secretArnProperty().set(own.secretArn());
                vm.connect();
                assertEquals("", vm.errors().of("secretArn").get());
                assertEquals("", vm.failureProperty().get());
                assertTrue(vm.connectedProperty().get());
                assertFalse(vm.formShownProperty().get(), "a connected practice offers no second connect");
                assertTrue(vm.doneProperty().get().startsWith("Connected. This PC now syncs Lakeside Kids Clinic"), vm.doneProperty().get());
                assertTrue(vm.statusProperty().get().startsWith("This PC syncs the practice with its server: database "
                        + server.databaseName()), vm.statusProperty().get());
                assertTrue(vm.statusProperty().get().contains(own.secretArn()) && vm.statusProperty().get().contains("the local gateway's keys"),
                        vm.statusProperty().get());
                assertTrue(changes[0] > 0, "the session's screens (the setup checklist) read again");
                assertTrue(PracticeSync.isConnected(admin.store().dataSource()));
                for (String value : deviceSettings(admin)) {
                    assertFalse(value.contains("local-gateway-secret") || value.contains(own.password()), "no secret is saved");
                }

                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (sync.read().kind() != SyncState.Kind.UP_TO_DATE && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertEquals(SyncState.Kind.UP_TO_DATE, sync.read().kind(), "sync runs without signing in again: " + sync.read());
                assertFalse(published.isEmpty(), "its status reaches the indicator");
                assertEquals(1, remoteUsers(admin), "this PC's admin reached the server");

                PracticeServerViewModel reopened = new PracticeServerViewModel(admin, sync, new CurrentThreadTaskExecutor());
                reopened.load();
                assertTrue(reopened.connectedProperty().get());
                assertEquals(vm.statusProperty().get(), reopened.statusProperty().get());
            } finally {
                sync.stop();
            }
        }
    }

    @Test
    void onlyAnAdminConnects() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        try (Session staff = TestStores.staff(stores)) {
            SessionSyncStatus sync = new SessionSyncStatus(staff, Clock.systemUTC());
            PracticeServerViewModel vm = new PracticeServerViewModel(staff, sync, new CurrentThreadTaskExecutor());
            vm.load();
            assertFalse(vm.formShownProperty().get());
            fill(vm, server.database().secretA().secretArn());
            vm.connect();
            assertEquals("Only an admin can connect this PC to a server", vm.failureProperty().get());
            assertFalse(PracticeSync.isConnected(staff.store().dataSource()));
        }
    }

    private static void fill(PracticeServerViewModel vm, String secretArn) {
        vm.form().regionProperty().set("us-east-1");
        vm.form().resourceArnProperty().set(server.gateway().resourceArn());
        vm.form().secretArnProperty().set(secretArn);
        vm.form().databaseProperty().set(server.databaseName());
        vm.form().endpointProperty().set(server.endpoint().toString());
        vm.form().credentialSourceProperty().set(ServerSettings.Credentials.Source.LOCAL_GATEWAY);
    }

    private static List<String> deviceSettings(Session session) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = session.store().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT * FROM device_settings")) {
            while (rows.next()) {
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    values.add(String.valueOf(rows.getObject(i)));
                }
            }
        }
        assertTrue(values.stream().anyMatch(v -> v.contains("local-gateway")), "the settings were read: " + values);
        return values;
    }

    private static long remoteUsers(Session session) throws SQLException {
        try (Connection c = server.database().owner().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT count(*) FROM users WHERE practice_id = '" + session.practice().id() + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
