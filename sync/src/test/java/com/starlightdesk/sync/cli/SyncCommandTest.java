package com.starlightdesk.sync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.sync.DeviceSettings;
import com.starlightdesk.data.store.LocalStore;
import com.starlightdesk.schema.Migrations;
import com.starlightdesk.sync.remote.RemoteSettings;
import com.starlightdesk.sync.testing.GatewayFixture;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The sync commands end to end against the gateway: join, connect, bootstrap, once, conflicts; the store
 * chosen in a data folder as the admin command line chooses it.
 */
class SyncCommandTest {
    private static final String PASSWORD = "correct horse battery staple 42";
    @TempDir
    static Path dir;
    private static GatewayFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new GatewayFixture("synccli");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static String run(String... args) {
        Result result = execute(args);
        assertEquals(0, result.code(), "exit code of " + String.join(" ", args) + ": " + result.err());
        return result.out();
    }

    private record Result(int code, String out, String err) {
    }

    private static Result execute(String... args) {
        InputStream in = System.in;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
            CommandLine cli = SyncCommand.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute(args);
            return new Result(code, out.toString(), err.toString());
        } finally {
            System.setIn(in);
        }
    }

    /** {@code args} followed by the gateway's settings for the secret {@code secretArn}, as join and connect take them. */
    private static String[] withServer(String secretArn, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--resource-arn", fixture.gateway().resourceArn(), "--secret-arn", secretArn,
                "--database", fixture.databaseName(), "--endpoint", fixture.endpoint().toString(), "--local-gateway-keys"));
        return all.toArray(String[]::new);
    }

    /** {@code sync join} into {@code dataDir} as {@code email}, through the gateway, with {@code checks}. */
    private static String[] join(String dataDir, String email, String secretArn, String... checks) {
        List<String> all = new ArrayList<>(List.of("join", "--data-dir", dataDir, "--email", email, "--display-name", "Front Desk"));
        all.addAll(List.of(checks));
        return withServer(secretArn, all.toArray(String[]::new));
    }

    /**
     * A join reads the practice's id, name and time zone from the server, as the desktop join does, and
     * leaves a connected, downloaded store where sign-in looks for it ({@code --data-dir},
     * {@code practices/<practice id>}); with one store there, no --practice is needed.
     */
    @Test
    void aNewPcJoinsFromTheServerAndSyncs() {
        String dataDir = dir.resolve("desk").toString();
        String practice = fixture.database().practiceA().toString();
        String joined = run(join(dataDir, "front@maple.example", fixture.database().secretA().secretArn()));
        Path store = dir.resolve("desk").resolve("practices").resolve(practice);
        assertTrue(joined.startsWith("Joining Maple Pediatrics (" + practice + ", time zone America/Chicago)"), joined);
        assertTrue(joined.contains("Joined Maple Pediatrics: ") && joined.contains(store.toString()), joined);
        assertFalse(joined.contains(fixture.database().secretA().password()), "no secret in the output");
        assertTrue(Files.exists(store.resolve(LocalStore.KEY_SLOTS_FILE)), "the store is where sign-in looks for it");
        try (LocalStore opened = LocalStore.unlock(store, "front@maple.example", PASSWORD.toCharArray(), Clock.systemUTC())) {
            var kept = opened.data().office().practice().orElseThrow();
            assertEquals("Maple Pediatrics", kept.name());
            assertEquals("America/Chicago", kept.timeZone());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        String once = run("once", "--data-dir", dataDir, "--practice", practice, "--email", "front@maple.example");
        assertTrue(once.contains("UP_TO_DATE, pending 0, open conflicts 0"), "joined stores are connected: " + once);
        String connected = run(withServer(fixture.database().secretA().secretArn(),
                "connect", "--data-dir", dataDir, "--email", "front@maple.example"));
        assertTrue(connected.contains("schema version " + Migrations.SERVER_SCHEMA_VERSION), connected);
        String boot = run("bootstrap", "--data-dir", dataDir, "--email", "front@maple.example");
        assertTrue(boot.contains("UP_TO_DATE"), boot);
        assertEquals("", run("conflicts", "--data-dir", dataDir, "--email", "front@maple.example"));
        String direct = run("once", "--store", store.toString(), "--email", "front@maple.example");
        assertTrue(direct.contains("UP_TO_DATE, pending 0, open conflicts 0"), "--store names one store's folder: " + direct);

        Result again = execute(join(dataDir, "front@maple.example", fixture.database().secretA().secretArn()));
        assertEquals(1, again.code(), again.err());
        assertTrue(again.err().startsWith("This PC already holds Maple Pediatrics: sign in to it instead"), again.err());

        run(join(dataDir, "front@birch.example", fixture.database().secretB().secretArn(), "--practice-name", "Birch Family Care",
                "--time-zone", "America/New_York"));
        Result several = execute("once", "--data-dir", dataDir, "--email", "front@maple.example");
        assertEquals(1, several.code());
        assertTrue(several.err().contains("several practice stores in") && several.err().contains("--practice"), several.err());
        assertFalse(several.err().contains("Exception"), "a message, not a stack trace: " + several.err());
        once = run("once", "--data-dir", dataDir, "--practice", practice, "--email", "front@maple.example");
        assertTrue(once.contains("UP_TO_DATE"), once);

        Result empty = execute("once", "--data-dir", dir.resolve("empty").toString(), "--email", "front@maple.example");
        assertEquals(1, empty.code());
        assertTrue(empty.err().contains("no practice store in"), empty.err());
        Result both = execute("once", "--store", store.toString(), "--data-dir", dataDir, "--email", "front@maple.example");
        assertEquals(1, both.code());
        assertTrue(both.err().contains("either --store or --data-dir"), both.err());
    }

    /**
     * --practice, --practice-name and --time-zone are checks against what the server holds: a difference
     * is named, and nothing is left on this PC. A server that cannot be reached ends with its exit code.
     */
    @Test
    void aJoinWhoseChecksDisagreeWithTheServerCreatesNothing() throws Exception {
        Path dataDir = dir.resolve("checks");
        String secret = fixture.database().secretA().secretArn();
        Result name = execute(join(dataDir.toString(), "front@maple.example", secret, "--practice-name", "Oak Pediatrics"));
        assertEquals(1, name.code(), name.err());
        assertEquals("The server's practice is named 'Maple Pediatrics', not 'Oak Pediatrics' as --practice-name says;"
                + " nothing was created on this PC.", name.err().strip());
        Result zone = execute(join(dataDir.toString(), "front@maple.example", secret, "--time-zone", "Europe/London"));
        assertEquals(1, zone.code(), zone.err());
        assertTrue(zone.err().startsWith("The server's practice keeps time zone America/Chicago, not Europe/London"), zone.err());
        UUID other = UUID.randomUUID();
        Result id = execute(join(dataDir.toString(), "front@maple.example", secret, "--practice", other.toString()));
        assertEquals(1, id.code(), id.err());
        assertTrue(id.err().contains("not " + other + " as --practice says"), id.err());
        assertFalse(Files.exists(dataDir.resolve("practices")), "no store was made");

        String down;
        try (ServerSocket socket = new ServerSocket(0)) {
            down = "http://127.0.0.1:" + socket.getLocalPort();
        }
        Result unreachable = execute("join", "--data-dir", dataDir.toString(), "--email", "front@maple.example",
                "--resource-arn", fixture.gateway().resourceArn(), "--secret-arn", secret, "--database", fixture.databaseName(),
                "--endpoint", down, "--local-gateway-keys");
        assertEquals(68, unreachable.code(), unreachable.err());
        assertTrue(unreachable.err().startsWith("The server could not be reached at " + down), unreachable.err());
        assertFalse(Files.exists(dataDir.resolve("practices")), "no store was made");
    }

    private static final String REVOKED_SECRET = "arn:aws:secretsmanager:us-east-1:000000000000:secret:starlight/p-revoked";

    /** Saves the gateway at {@code endpoint} with {@code secretArn} as the store's server, as a connect that succeeded did. */
    private void saveRemote(Path store, String endpoint, String secretArn) throws Exception {
        try (LocalStore opened = LocalStore.unlock(store, "desk@birch.example", PASSWORD.toCharArray(), Clock.systemUTC())) {
            SavedRemoteSettings.save(new DeviceSettings(opened.dataSource()), RemoteSettings.dataApi("us-east-1",
                    fixture.gateway().resourceArn(), secretArn, fixture.databaseName()).withEndpoint(URI.create(endpoint)), "local-gateway");
        }
    }

    /**
     * With the server down, a sync says where it looked and that this PC's changes are kept, and ends with
     * the exit code of an unreachable server; a secret the server refuses and a store never connected say
     * so too, each with its own code. (Practice B, so that the other test's practice A is not touched.)
     */
    @Test
    void aServerThatIsDownRefusesOrWasNeverNamedIsToldInWords() throws Exception {
        String dataDir = dir.resolve("down").toString();
        String practice = fixture.database().practiceB().toString();
        Path store = dir.resolve("down").resolve("practices").resolve(practice);
        // A store made on this PC and never connected (as the admin command line's practice create makes one).
        long pending;
        try (LocalStore opened = LocalStore.create(store, Practice.of(UUID.fromString(practice), "Birch Family Care", "America/New_York"),
                new User(UUID.randomUUID(), "desk@birch.example", "Front Desk", Role.ADMIN, null, true), PASSWORD.toCharArray(),
                Clock.systemUTC())) {
            pending = opened.data().outbox().pending();
        }
        assertTrue(pending > 1, "the store's own rows wait to be sent: " + pending);

        Result never = execute("once", "--data-dir", dataDir, "--email", "desk@birch.example");
        assertEquals(78, never.code(), never.err());
        assertTrue(never.err().startsWith("This store is not connected to its practice's server yet: run sync connect first. "
                + pending + " changes are kept on this PC"), never.err());

        String down;
        try (ServerSocket socket = new ServerSocket(0)) {
            down = "http://127.0.0.1:" + socket.getLocalPort();
        }
        Result connect = execute("connect", "--data-dir", dataDir, "--email", "desk@birch.example",
                "--resource-arn", fixture.gateway().resourceArn(), "--secret-arn", fixture.database().secretB().secretArn(),
                "--database", fixture.databaseName(), "--endpoint", down, "--local-gateway-keys");
        assertEquals(68, connect.code(), connect.err());
        Result refused = execute("connect", "--data-dir", dataDir, "--email", "desk@birch.example",
                "--resource-arn", fixture.gateway().resourceArn(), "--secret-arn", REVOKED_SECRET,
                "--database", fixture.databaseName(), "--endpoint", fixture.endpoint().toString(), "--local-gateway-keys");
        assertEquals(77, refused.code(), refused.err());
        assertTrue(refused.err().startsWith("The server at " + fixture.endpoint() + " refused this PC's credentials"), refused.err());
        assertEquals(78, execute("once", "--data-dir", dataDir, "--email", "desk@birch.example").code(),
                "settings the server did not answer to, or refused, are not saved");

        // Saved settings whose server has gone down since, or has revoked this PC's secret since.
        saveRemote(store, down, fixture.database().secretB().secretArn());
        Result once = execute("once", "--data-dir", dataDir, "--email", "desk@birch.example");
        assertEquals(68, once.code(), once.err());
        assertTrue(once.err().startsWith("Server unreachable at " + down + ". " + pending
                + " changes are kept on this PC and will be sent when it is back."), once.err());
        assertFalse(once.err().contains("Exception") || once.err().contains("application log"), once.err());
        assertEquals("", once.out());
        saveRemote(store, fixture.endpoint().toString(), REVOKED_SECRET);
        Result onceRefused = execute("once", "--data-dir", dataDir, "--email", "desk@birch.example");
        assertEquals(77, onceRefused.code(), onceRefused.err());
        assertTrue(onceRefused.err().contains(pending + " changes are kept on this PC"), onceRefused.err());

        run("connect", "--data-dir", dataDir, "--email", "desk@birch.example",
                "--resource-arn", fixture.gateway().resourceArn(), "--secret-arn", fixture.database().secretB().secretArn(),
                "--database", fixture.databaseName(), "--endpoint", fixture.endpoint().toString(), "--local-gateway-keys");
        assertTrue(run("once", "--data-dir", dataDir, "--email", "desk@birch.example").contains("UP_TO_DATE, pending 0"),
                "the kept changes are sent once the server is back");
    }
}
