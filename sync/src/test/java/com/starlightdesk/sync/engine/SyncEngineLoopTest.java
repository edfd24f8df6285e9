package com.starlightdesk.sync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.Contact;
import com.starlightdesk.data.domain.ContactType;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.sync.DeviceSettings;
import com.starlightdesk.schema.Migrations;
import com.starlightdesk.sync.api.SyncState;
import com.starlightdesk.sync.testing.GatewayFixture;
import com.starlightdesk.sync.testing.SyncedStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The background loop (backoff, offline, recovery) and a pull under pending local edits. */
class SyncEngineLoopTest {
    @TempDir
    static Path dir;
    private static GatewayFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new GatewayFixture("syncloop");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private SyncedStore store(String name) {
        return new SyncedStore(dir, name, fixture.database().practiceA(), fixture.dataApiRemote(fixture.database().secretA()));
    }

    private static String[] phoneAndEmail(DataSource ds, UUID id) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("SELECT phone, email FROM contacts WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theLoopBacksOffThroughAResumingDatabaseReportsOfflineAndRecovers() throws Exception {
        try (SyncedStore store = store("loop")) {
            store.engine().syncOnce();
            SyncEngine engine = new SyncEngine(store.remote(), store.dataSource(), fixture.database().practiceA(), Clock.systemUTC(),
                    Migrations.SERVER_SCHEMA_VERSION, Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofMillis(500));
            List<SyncState> seen = new CopyOnWriteArrayList<>();
            engine.addListener(seen::add);
            Contact vendor = new Contact(Ids.next(), ContactType.VENDOR, "Loop Vendor", null, null, "555-0123", null);
            store.data().write(c -> c.insert(vendor));
            fixture.gateway().faults().clear().resumeFor(Duration.ofSeconds(2));
            try {
                engine.start(Duration.ofMillis(100));
                long deadline = System.currentTimeMillis() + 30_000;
                while (!(engine.status().kind() == SyncState.Kind.UP_TO_DATE && engine.status().pendingChanges() == 0)
                        && System.currentTimeMillis() < deadline) {
                    Thread.sleep(20);
                }
            } finally {
                engine.close();
                fixture.gateway().faults().clear();
            }
            assertEquals(SyncState.Kind.UP_TO_DATE, engine.status().kind());
            assertEquals(0, engine.status().pendingChanges());
            assertTrue(seen.stream().anyMatch(s -> s.kind() == SyncState.Kind.OFFLINE), "offline once failures lasted");
            assertTrue(seen.stream().anyMatch(s -> "Retrying: DATABASE_RESUMING".equals(s.message())));
            assertTrue(seen.stream().filter(s -> s.kind() == SyncState.Kind.OFFLINE).allMatch(s -> s.pendingChanges() == 1));
            assertEquals(1, serverCount(vendor.id()));
        }
    }

    @Test
    void aLocalChangeIsPushedAtOnceNotAtTheNextPoll() throws Exception {
        try (SyncedStore store = store("watch")) {
            SyncEngine engine = new SyncEngine(store.remote(), store.dataSource(), fixture.database().practiceA(), Clock.systemUTC());
            try {
                engine.start(Duration.ofMinutes(10));
                long deadline = System.currentTimeMillis() + 20_000;
                while (engine.status().kind() != SyncState.Kind.UP_TO_DATE && System.currentTimeMillis() < deadline) {
                    Thread.sleep(20);
                }
                assertEquals(SyncState.Kind.UP_TO_DATE, engine.status().kind(), "the first cycle ran");
                Contact vendor = new Contact(Ids.next(), ContactType.VENDOR, "Watch Vendor", null, null, "555-0123", null);
                store.data().write(c -> c.insert(vendor));
                long written = System.nanoTime();
                while (serverCount(vendor.id()) == 0 && System.nanoTime() - written < 10_000_000_000L) {
                    Thread.sleep(10);
                }
                assertEquals(1, serverCount(vendor.id()), "pushed within seconds although the next poll is ten minutes away");
            } finally {
                engine.close();
            }
        }
    }

    private static long serverCount(UUID id) throws SQLException {
        try (Connection c = fixture.database().owner().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM contacts WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aPullKeepsThisDevicesPendingEditsOnTop() {
        try (SyncedStore first = store("pendingfirst"); SyncedStore second = store("pendingsecond")) {
            Contact vendor = new Contact(Ids.next(), ContactType.VENDOR, "Pending Vendor", null, null, "555-0123", null);
            first.data().write(c -> c.insert(vendor));
            first.engine().syncOnce();
            second.engine().syncOnce();
            first.data().write(c -> c.update(new Contact(vendor.id(), vendor.type(), vendor.name(), null, null, "555-0177", null)));
            second.data().write(c -> c.update(new Contact(vendor.id(), vendor.type(), vendor.name(), null, "orders@supply.example",
                    "555-0123", null)));
            second.engine().syncOnce();

            new ServerPull(first.remote(), first.engine().replica(), new DeviceSettings(first.dataSource())).pull((d, t) -> { });
            String[] afterPull = phoneAndEmail(first.dataSource(), vendor.id());
            assertEquals("555-0177", afterPull[0], "the pending local edit stays on screen");
            assertEquals("orders@supply.example", afterPull[1], "the other desk's edit arrived");
            assertEquals(1, first.engine().outbox().pendingCount());

            first.engine().syncOnce();
            second.engine().syncOnce();
            for (SyncedStore s : List.of(first, second)) {
                String[] now = phoneAndEmail(s.dataSource(), vendor.id());
                assertEquals("555-0177", now[0]);
                assertEquals("orders@supply.example", now[1]);
            }
            assertEquals(first.fingerprint(), second.fingerprint());
            assertEquals(0, first.engine().conflicts().openCount() + second.engine().conflicts().openCount());
        }
    }
}
