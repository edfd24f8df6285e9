package com.starlightdesk.sync.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.store.DataDirectory;
import com.starlightdesk.data.store.LocalStore;
import com.starlightdesk.sync.testing.GatewayFixture;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Joining a practice through the real SDK and the gateway: clear failures that leave nothing behind, then a join that syncs. */
class PracticeJoinTest {
    private static final String PASSWORD = "a long front desk password";
    private static GatewayFixture fixture;
    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        fixture = new GatewayFixture("apijoin", false);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static ServerSettings settings(String secretArn, URI endpoint) {
        return new ServerSettings("us-east-1", fixture.gateway().resourceArn(), secretArn, fixture.databaseName(), endpoint,
                ServerSettings.Credentials.localGateway());
    }

    private static ServerSettings good() {
        return settings(fixture.database().secretA().secretArn(), fixture.endpoint());
    }

    @Test
    void wrongSecretUnreachableEndpointAndUnknownClusterSaySoAndWriteNothing() throws Exception {
        DataDirectory folder = new DataDirectory(dir);
        PracticeJoin join = new PracticeJoin(folder, Clock.systemUTC());

        JoinException secret = assertThrows(JoinException.class, () -> join.join(
                settings(fixture.database().secretB().secretArn(), fixture.endpoint()), "a@maple.example", "A", PASSWORD.toCharArray(), (d, t) -> { }));
        assertEquals(JoinException.Problem.SECRET_REFUSED, secret.problem());
        assertEquals("secretArn", secret.field());

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        JoinException unreachable = assertThrows(JoinException.class, () -> join.lookUp(
                settings(fixture.database().secretA().secretArn(), URI.create("http://127.0.0.1:" + closedPort))));
        assertEquals(JoinException.Problem.UNREACHABLE, unreachable.problem());
        assertEquals("endpoint", unreachable.field());

        JoinException cluster = assertThrows(JoinException.class, () -> join.lookUp(new ServerSettings("us-east-1",
                "arn:aws:rds:us-east-1:000000000000:cluster:another", fixture.database().secretA().secretArn(), fixture.databaseName(),
                fixture.endpoint(), ServerSettings.Credentials.localGateway())));
        assertEquals(JoinException.Problem.NOT_FOUND, cluster.problem());
        assertEquals("resourceArn", cluster.field());

        JoinException arn = assertThrows(JoinException.class, () -> join.lookUp(settings("not-an-arn", fixture.endpoint())));
        assertEquals(JoinException.Problem.BAD_SETTINGS, arn.problem());
        assertEquals("secretArn", arn.field());

        JoinException weak = assertThrows(JoinException.class, () -> join.join(good(), "a@maple.example", "A", "short".toCharArray(), (d, t) -> { }));
        assertEquals(JoinException.Problem.WEAK_PASSWORD, weak.problem());

        assertTrue(folder.practices().isEmpty());
        assertFalse(Files.exists(dir.resolve("joining").resolve(fixture.database().practiceA().toString())));
        for (JoinException e : List.of(secret, unreachable, cluster, arn, weak)) {
            assertFalse(e.getMessage().contains(fixture.database().secretA().password()));
        }
    }

    @Test
    void joinsWithProgressThenSyncs() throws Exception {
        DataDirectory folder = new DataDirectory(dir);
        PracticeJoin join = new PracticeJoin(folder, Clock.systemUTC());
        assertEquals("Maple Pediatrics", join.lookUp(good()).name());

        List<long[]> progress = new ArrayList<>();
        PracticeJoin.JoinedPractice joined = join.join(good(), "Front@Maple.example", "Front Desk", PASSWORD.toCharArray(),
                (done, total) -> progress.add(new long[] {done, total}));
        assertEquals(fixture.database().practiceA(), joined.practice().id());
        assertEquals("America/Chicago", joined.practice().timeZone());
        assertEquals(List.of(fixture.database().practiceA()), folder.practices());
        assertFalse(progress.isEmpty());
        long[] last = progress.get(progress.size() - 1);
        assertEquals(last[1], last[0], "the download ends at done = total");

        JoinException again = assertThrows(JoinException.class, () -> join.join(good(), "front@maple.example", "Front Desk",
                PASSWORD.toCharArray(), (d, t) -> { }));
        assertEquals(JoinException.Problem.ALREADY_ON_THIS_PC, again.problem());

        try (LocalStore store = LocalStore.unlock(joined.store(), "front@maple.example", PASSWORD.toCharArray(), Clock.systemUTC())) {
            assertTrue(PracticeSync.isConnected(store.dataSource()));
            try (PracticeSync sync = PracticeSync.open(store.dataSource(), store.data().practiceId(), Clock.systemUTC()).orElseThrow()) {
                SyncState state = sync.syncNow();
                assertEquals(SyncState.Kind.UP_TO_DATE, state.kind(), String.valueOf(state));
                assertEquals(0, state.pendingChanges());
                assertEquals(0, state.openConflicts());
                assertTrue(sync.openConflicts().isEmpty());
            }
        }
    }

    @Test
    void anInterruptedJoinLeavesNothingForSignInAndResumesWithTheSameCredentials() throws Exception {
        DataDirectory folder = new DataDirectory(dir);
        PracticeJoin join = new PracticeJoin(folder, Clock.systemUTC());
        JoinException interrupted = assertThrows(JoinException.class, () -> join.join(good(), "back@maple.example", "Back Desk",
                PASSWORD.toCharArray(), (done, total) -> {
                    throw new IllegalStateException("the PC was switched off");
                }));
        assertEquals(JoinException.Problem.FAILED, interrupted.problem());
        assertTrue(folder.practices().isEmpty(), "sign-in finds no half store");
        assertTrue(Files.exists(dir.resolve("joining").resolve(fixture.database().practiceA().toString()).resolve(LocalStore.KEY_SLOTS_FILE)),
                "the started download is kept to resume");

        List<long[]> progress = new ArrayList<>();
        PracticeJoin.JoinedPractice joined = join.join(good(), "back@maple.example", "Back Desk", PASSWORD.toCharArray(),
                (done, total) -> progress.add(new long[] {done, total}));
        assertEquals(List.of(fixture.database().practiceA()), folder.practices());
        assertFalse(Files.exists(dir.resolve("joining").resolve(fixture.database().practiceA().toString())));
        long[] last = progress.get(progress.size() - 1);
        assertEquals(last[1], last[0]);
        LocalStore.unlock(joined.store(), "back@maple.example", PASSWORD.toCharArray(), Clock.systemUTC()).close();
    }
}
