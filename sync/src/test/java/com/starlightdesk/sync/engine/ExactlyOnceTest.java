package com.starlightdesk.sync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.Contact;
import com.starlightdesk.data.domain.ContactType;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.sync.remote.RemoteException;
import com.starlightdesk.sync.remote.RemoteResult;
import com.starlightdesk.sync.remote.RemoteStore;
import com.starlightdesk.sync.remote.RemoteTransaction;
import com.starlightdesk.sync.remote.SqlParam;
import com.starlightdesk.sync.testing.GatewayFixture;
import com.starlightdesk.sync.testing.SyncedStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly-once effect: a push whose commit reply is lost is replayed as a no-op; under injected faults
 * (dropped replies the SDK re-sends, 5xx, throttling, a resuming database, latency) every acknowledged
 * local write reaches the server once, and the stores converge after the faults stop.
 */
class ExactlyOnceTest {
    @TempDir
    static Path dir;
    private static GatewayFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new GatewayFixture("syncexactly");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private SyncedStore store(String name) {
        return new SyncedStore(dir, name, fixture.database().practiceA(), fixture.dataApiRemote(fixture.database().secretA()));
    }

    /** Commits for real, then reports the reply as lost. */
    private static final class LostCommitReply implements RemoteStore {
        private final RemoteStore remote;

        LostCommitReply(RemoteStore remote) {
            this.remote = remote;
        }

        @Override
        public RemoteTransaction begin() {
            return remote.begin();
        }

        @Override
        public void commit(RemoteTransaction transaction) {
            remote.commit(transaction);
            throw new RemoteException(RemoteException.Kind.UNAVAILABLE, "reply lost", null);
        }

        @Override
        public void rollback(RemoteTransaction transaction) {
            remote.rollback(transaction);
        }

        @Override
        public RemoteResult execute(String sql, List<SqlParam> params, Optional<RemoteTransaction> transaction) {
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

    private static Contact contact(String name) {
        return new Contact(Ids.next(), ContactType.VENDOR, name, "Supply Co", null, "555-0123", null);
    }

    private static Contact renamed(Contact c, String phone) {
        return new Contact(c.id(), c.type(), c.name(), c.organization(), c.email(), phone, c.notes());
    }

    private static long serverLong(String sql, Object... args) {
        return serverValue(sql, Long.class, args);
    }

    private static <T> T serverValue(String sql, Class<T> type, Object... args) {
        try (Connection c = fixture.database().owner().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getObject(1, type);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReplayAfterALostCommitReplyChangesNothing() {
        try (SyncedStore store = store("replay")) {
            store.engine().syncOnce();
            Contact vendor = contact("Replay Vendor");
            store.data().write(c -> c.insert(vendor));
            store.data().write(c -> c.update(renamed(vendor, "555-0001")));
            store.data().write(c -> c.update(renamed(vendor, "555-0002")));
            OutboxPush lossy = new OutboxPush(new LostCommitReply(fixture.dataApiRemote(fixture.database().secretA())),
                    store.engine().outbox(), store.engine().deviceId(), Clock.systemUTC());
            assertThrows(RemoteException.class, lossy::pushAll);
            assertEquals(3, store.engine().outbox().pendingCount(), "unacknowledged entries stay in the outbox");
            // One batch: the insert (version 1), then both updates merged into one guarded write (version 2).
            assertEquals(2, serverLong("SELECT row_version FROM contacts WHERE id = ?", vendor.id()), "the commit did happen");
            assertEquals("555-0002", serverValue("SELECT phone FROM contacts WHERE id = ?", String.class, vendor.id()));

            assertThrows(RemoteException.class, lossy::pushAll, "the replay commits again and loses its reply again");
            store.engine().syncOnce();
            assertEquals(0, store.engine().outbox().pendingCount());
            assertEquals(2, serverLong("SELECT row_version FROM contacts WHERE id = ?", vendor.id()),
                    "the replays applied nothing twice");
            assertEquals(1, serverLong("SELECT count(*) FROM contacts WHERE id = ?", vendor.id()));
            assertEquals(0, store.engine().conflicts().openCount());
        }
    }

    @Test
    void underFaultsEveryWriteLandsOnceAndStoresConverge() throws InterruptedException {
        try (SyncedStore first = store("faultsfirst"); SyncedStore second = store("faultssecond")) {
            first.engine().syncOnce();
            second.engine().syncOnce();
            List<Contact> mine = new ArrayList<>();
            int updates = 0;
            fixture.gateway().faults().clear().dropReplies(0.3).serverErrors(0.05).throttle(0.05)
                    .latency(Duration.ofMillis(2)).resumeFor(Duration.ofMillis(500));
            try {
                for (int round = 0; round < 4; round++) {
                    for (SyncedStore s : List.of(first, second)) {
                        List<Contact> made = new ArrayList<>();
                        for (int i = 0; i < 5; i++) {
                            made.add(contact("Vendor " + round + "-" + i));
                        }
                        s.data().writeAll(c -> made.forEach(c::insert));
                        mine.addAll(made);
                        Contact changed = made.get(0);
                        String phone = String.format("555-77%02d", updates);
                        s.data().write(c -> c.update(renamed(changed, phone)));
                        updates++;
                        syncWithRetries(s);
                    }
                }
            } finally {
                fixture.gateway().faults().clear();
            }
            for (int i = 0; i < 2; i++) {
                first.engine().syncOnce();
                second.engine().syncOnce();
            }
            UUID practice = fixture.database().practiceA();
            for (Contact c : mine) {
                assertEquals(1, serverLong("SELECT count(*) FROM contacts WHERE id = ?", c.id()));
            }
            long versions = 0;
            for (Contact c : mine) {
                versions += serverLong("SELECT row_version FROM contacts WHERE id = ?", c.id());
            }
            assertEquals(mine.size() + updates, versions, "every insert and update applied exactly once");
            assertEquals(first.fingerprint(), second.fingerprint());
            assertEquals(0, first.engine().outbox().pendingCount() + second.engine().outbox().pendingCount());
            assertEquals(0, first.engine().conflicts().openCount() + second.engine().conflicts().openCount());
            assertTrue(serverLong("SELECT count(*) FROM applied_mutations WHERE practice_id = ?", practice) >= mine.size() + updates);
        }
    }

    /** Syncs until a cycle succeeds, as the engine's loop does: a short pause between attempts, for at most 30 s. */
    private static void syncWithRetries(SyncedStore s) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                s.engine().syncOnce();
                return;
            } catch (RemoteException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(20); // a resuming database answers again after its resume time, not after a number of calls
            }
        }
    }
}
