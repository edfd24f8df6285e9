package com.starlightdesk.sync.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.sync.engine.SchemaHandshake;
import com.starlightdesk.sync.remote.RemoteException;
import com.starlightdesk.sync.remote.RemoteSettings;
import com.starlightdesk.sync.remote.RemoteStore;
import com.starlightdesk.sync.testing.GatewayFixture;
import com.starlightdesk.sync.testing.RemoteTestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each kind of sync failure, classified from the failure a real remote store raises: the SDK against the
 * gateway (refused secrets, throttling, a resuming database, server errors, an unknown database), JDBC
 * against PostgreSQL (a closed port, an unknown role or database), and nothing listening at all.
 */
class SyncFailureTest {
    private static GatewayFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new GatewayFixture("syncfailure");
    }

    @AfterEach
    void clearFaults() {
        fixture.gateway().faults().clear();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    /** The failure of one statement through {@code settings}, as a sync with 12 changes waiting tells it. */
    private static SyncFailure failureOf(RemoteSettings settings) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> {
            try (RemoteStore remote = settings.open()) {
                remote.execute("SELECT id FROM practices");
            }
        });
        return SyncFailure.of(e, settings, 12).orElseThrow(() -> new AssertionError("not classified", e));
    }

    private static URI nothingListening() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    @Test
    void noServerAtTheEndpointIsUnreachableAndTheChangesAreKept() throws IOException {
        URI endpoint = nothingListening();
        SyncFailure failure = failureOf(fixture.dataApiSettings(fixture.database().secretA()).withEndpoint(endpoint));
        assertEquals(SyncFailure.Kind.UNREACHABLE, failure.kind());
        assertEquals(68, failure.exitCode());
        assertTrue(failure.message().startsWith("Server unreachable at " + endpoint + ". 12 changes are kept on this PC"
                + " and will be sent when it is back."), failure.message());
    }

    @Test
    void aClosedPostgresqlPortIsUnreachable() throws IOException {
        int port = nothingListening().getPort();
        SyncFailure failure = failureOf(RemoteSettings.jdbc("jdbc:postgresql://127.0.0.1:" + port + "/starlight?sslmode=disable",
                "postgres", ""));
        assertEquals(SyncFailure.Kind.UNREACHABLE, failure.kind());
        assertTrue(failure.message().startsWith("Server unreachable at jdbc:postgresql://127.0.0.1:" + port + "/starlight. "),
                "named without its options: " + failure.message());
    }

    @Test
    void serverErrorsAreUnreachable() {
        fixture.gateway().faults().serverErrors(1.0);
        assertEquals(SyncFailure.Kind.UNREACHABLE, failureOf(fixture.dataApiSettings(fixture.database().secretA())).kind());
    }

    @Test
    void aSecretTheServerDoesNotKnowIsCredentialsRefused() {
        RemoteSettings unknown = RemoteSettings.dataApi("us-east-1", fixture.gateway().resourceArn(),
                "arn:aws:secretsmanager:us-east-1:000000000000:secret:starlight/p-revoked", fixture.databaseName())
                .withEndpoint(fixture.endpoint())
                .withCredentials(RemoteSettings.Credentials.fixed("AKIDLOCALGATEWAY", "local-gateway-secret"));
        SyncFailure failure = failureOf(unknown);
        assertEquals(SyncFailure.Kind.CREDENTIALS_REFUSED, failure.kind());
        assertEquals(77, failure.exitCode());
        assertTrue(failure.message().startsWith("The server at " + fixture.endpoint() + " refused this PC's credentials"), failure.message());
        assertTrue(failure.message().contains("12 changes are kept on this PC"), failure.message());
    }

    @Test
    void aRoleThePostgresqlServerDoesNotKnowIsCredentialsRefused() {
        SyncFailure failure = failureOf(RemoteSettings.jdbc(fixture.database().jdbcUrl(), "practice_no_such_role", "x"));
        assertEquals(SyncFailure.Kind.CREDENTIALS_REFUSED, failure.kind());
    }

    @Test
    void throttlingIsThrottled() {
        fixture.gateway().faults().throttle(1.0);
        SyncFailure failure = failureOf(fixture.dataApiSettings(fixture.database().secretA()));
        assertEquals(SyncFailure.Kind.THROTTLED, failure.kind());
        assertEquals(69, failure.exitCode());
        assertTrue(failure.message().contains("busy") && failure.message().contains("Try again in a minute"), failure.message());
    }

    @Test
    void aResumingDatabaseIsResuming() {
        fixture.gateway().faults().resumeFor(Duration.ofMinutes(1));
        SyncFailure failure = failureOf(fixture.dataApiSettings(fixture.database().secretA()));
        assertEquals(SyncFailure.Kind.DATABASE_RESUMING, failure.kind());
        assertEquals(75, failure.exitCode());
        assertTrue(failure.message().contains("waking up after a pause") && failure.message().contains("Try again in a minute"),
                failure.message());
    }

    @Test
    void anOlderOrNewerServerSchemaIsASchemaMismatch() {
        try (RemoteStore remote = fixture.dataApiRemote(fixture.database().secretA())) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> SchemaHandshake.check(remote, "99"));
            SyncFailure failure = SyncFailure.of(e, fixture.dataApiSettings(fixture.database().secretA()), 1).orElseThrow();
            assertEquals(SyncFailure.Kind.SCHEMA_MISMATCH, failure.kind());
            assertEquals(76, failure.exitCode());
            assertTrue(failure.message().contains("update the server")
                    && failure.message().contains("1 change is kept on this PC"), failure.message());
        }
    }

    @Test
    void anUnknownDatabaseIsASettingsProblem() {
        RemoteSettings settings = RemoteSettings.dataApi("us-east-1", fixture.gateway().resourceArn(),
                        fixture.database().secretA().secretArn(), "no_such_database")
                .withEndpoint(fixture.endpoint())
                .withCredentials(RemoteSettings.Credentials.fixed("AKIDLOCALGATEWAY", "local-gateway-secret"));
        SyncFailure failure = failureOf(settings);
        assertEquals(SyncFailure.Kind.SETTINGS, failure.kind());
        assertEquals(78, failure.exitCode());
        assertTrue(failure.message().contains("database no_such_database"), failure.message());

        String url = RemoteTestDatabase.SERVER_URL.substring(0, RemoteTestDatabase.SERVER_URL.lastIndexOf('/') + 1) + "starlight_no_such_database";
        assertEquals(SyncFailure.Kind.SETTINGS, failureOf(RemoteSettings.jdbc(url, RemoteTestDatabase.OWNER, "")).kind());
    }

    @Test
    void anyOtherServerFailureSaysWhatFailedWithoutItsText() {
        RemoteSettings settings = fixture.dataApiSettings(fixture.database().secretA());
        try (RemoteStore remote = settings.open()) {
            RemoteException e = assertThrows(RemoteException.class,
                    () -> remote.execute("SELECT * FROM patients WHERE last_name = 'Quintana-Rowe' AND no_such_column = 1"));
            SyncFailure failure = SyncFailure.of(e, settings, 0).orElseThrow();
            assertEquals(SyncFailure.Kind.FAILED, failure.kind());
            assertEquals(1, failure.exitCode());
            assertTrue(failure.message().contains("(DATABASE_ERROR, SQLSTATE 42703)")
                    && failure.message().contains("No changes are waiting on this PC."), failure.message());
            assertFalse(failure.message().contains("Quintana") || failure.message().contains("no_such_column"),
                    "the server's text is not repeated: " + failure.message());
        }
    }

    @Test
    void aFaultOfThisProgramIsNotASyncFailure() {
        assertTrue(SyncFailure.of(new NullPointerException(), null, 3).isEmpty());
        assertTrue(SyncFailure.of(new IllegalStateException("closed"), null, 3).isEmpty());
    }

    @Test
    void everyKindHasItsOwnExitCode() {
        Set<Integer> codes = Stream.of(SyncFailure.Kind.values()).map(SyncFailure.Kind::exitCode).collect(Collectors.toSet());
        assertEquals(SyncFailure.Kind.values().length, codes.size());
        assertFalse(codes.contains(0) || codes.contains(2) || codes.contains(3), "0 is success, 2 usage, 3 a refused sign-in");
    }
}
