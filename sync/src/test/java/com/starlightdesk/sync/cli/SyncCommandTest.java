package com.starlightdesk.sync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.store.LocalStore;
import com.starlightdesk.schema.Migrations;
import com.starlightdesk.sync.testing.GatewayFixture;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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

    /**
     * The stores live in a data folder as the admin command line and the desktop keep them
     * ({@code --data-dir}, {@code practices/<practice id>}); with one store there, no --practice is needed.
     */
    @Test
    void aNewPcJoinsConnectsBootstrapsAndSyncs() {
        String dataDir = dir.resolve("desk").toString();
        String practice = fixture.database().practiceA().toString();
        String joined = run("join", "--data-dir", dataDir, "--practice", practice, "--practice-name", "Maple Pediatrics",
                "--time-zone", "America/Chicago", "--email", "front@maple.example", "--display-name", "Front Desk");
        Path store = dir.resolve("desk").resolve("practices").resolve(practice);
        assertTrue(joined.contains(store.toString()), joined);
        assertTrue(Files.exists(store.resolve(LocalStore.KEY_SLOTS_FILE)), "the store is where sign-in looks for it");
        String connected = run("connect", "--data-dir", dataDir, "--email", "front@maple.example",
                "--resource-arn", fixture.gateway().resourceArn(), "--secret-arn", fixture.database().secretA().secretArn(),
                "--database", fixture.databaseName(), "--endpoint", fixture.endpoint().toString(), "--local-gateway-keys");
        assertTrue(connected.contains("schema version " + Migrations.SERVER_SCHEMA_VERSION), connected);
        assertTrue(!connected.contains(fixture.database().secretA().password()), "no secret in the output");
        String boot = run("bootstrap", "--data-dir", dataDir, "--email", "front@maple.example");
        assertTrue(boot.contains("UP_TO_DATE"), boot);
        assertTrue(boot.contains("Compacting the store after its first download"), boot);
        String once = run("once", "--data-dir", dataDir, "--practice", practice, "--email", "front@maple.example");
        assertTrue(once.contains("UP_TO_DATE, pending 0, open conflicts 0"), once);
        assertEquals("", run("conflicts", "--data-dir", dataDir, "--email", "front@maple.example"));
        String direct = run("once", "--store", store.toString(), "--email", "front@maple.example");
        assertTrue(direct.contains("UP_TO_DATE, pending 0, open conflicts 0"), "--store names one store's folder: " + direct);

        UUID other = UUID.randomUUID();
        run("join", "--data-dir", dataDir, "--practice", other.toString(), "--practice-name", "Oak Pediatrics",
                "--time-zone", "America/Chicago", "--email", "front@oak.example", "--display-name", "Front Desk");
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
     * With the server down, a sync says where it looked and that this PC's changes are kept, and ends with
     * the exit code of an unreachable server; a secret the server refuses and a store never connected say
     * so too, each with its own code. (Practice B, so that the other test's practice A is not touched.)
     */
    @Test
    void aServerThatIsDownRefusesOrWasNeverNamedIsToldInWords() throws Exception {
        String dataDir = dir.resolve("down").toString();
        String practice = fixture.database().practiceB().toString();
        run("join", "--data-dir", dataDir, "--practice", practice, "--practice-name", "Birch Family Care",
                "--time-zone", "America/New_York", "--email", "desk@birch.example", "--display-name", "Front Desk");
        Path store = dir.resolve("down").resolve("practices").resolve(practice);
        long pending;
        try (LocalStore opened = LocalStore.unlock(store, "desk@birch.example", PASSWORD.toCharArray(), Clock.systemUTC())) {
            pending = opened.data().outbox().pending();
        }
        assertTrue(pending > 1, "the join's own rows wait to be sent: " + pending);

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
        Result once = execute("once", "--data-dir", dataDir, "--email", "desk@birch.example");
        assertEquals(68, once.code(), once.err());
        assertTrue(once.err().startsWith("Server unreachable at " + down + ". " + pending
                + " changes are kept on this PC and will be sent when it is back."), once.err());
        assertFalse(once.err().contains("Exception") || once.err().contains("application log"), once.err());
        assertEquals("", once.out());

        Result refused = execute("connect", "--data-dir", dataDir, "--email", "desk@birch.example",
                "--resource-arn", fixture.gateway().resourceArn(), "--secret-arn", "arn:aws:secretsmanager:us-east-1:000000000000:secret:starlight/p-revoked",
                "--database", fixture.databaseName(), "--endpoint", fixture.endpoint().toString(), "--local-gateway-keys");
        assertEquals(77, refused.code(), refused.err());
        assertTrue(refused.err().startsWith("The server at " + fixture.endpoint() + " refused this PC's credentials"), refused.err());
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
