package com.starlightdesk.sync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.sync.testing.GatewayFixture;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The sync commands end to end against the gateway: join, connect, bootstrap, once, conflicts. */
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
        InputStream in = System.in;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
            CommandLine cli = new CommandLine(new SyncCommand());
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute(args);
            assertEquals(0, code, "exit code of " + String.join(" ", args) + ": " + err);
        } finally {
            System.setIn(in);
        }
        return out.toString();
    }

    @Test
    void aNewPcJoinsConnectsBootstrapsAndSyncs() {
        String store = dir.resolve("desk").toString();
        run("join", "--store", store, "--practice-id", fixture.database().practiceA().toString(), "--practice-name", "Maple Pediatrics",
                "--time-zone", "America/Chicago", "--email", "front@maple.example", "--display-name", "Front Desk");
        String connected = run("connect", "--store", store, "--email", "front@maple.example",
                "--resource-arn", fixture.gateway().resourceArn(), "--secret-arn", fixture.database().secretA().secretArn(),
                "--database", fixture.databaseName(), "--endpoint", fixture.endpoint().toString(), "--local-gateway-keys");
        assertTrue(connected.contains("schema version 3"), connected);
        assertTrue(!connected.contains(fixture.database().secretA().password()), "no secret in the output");
        String boot = run("bootstrap", "--store", store, "--email", "front@maple.example");
        assertTrue(boot.contains("UP_TO_DATE"), boot);
        String once = run("once", "--store", store, "--email", "front@maple.example");
        assertTrue(once.contains("UP_TO_DATE, pending 0, open conflicts 0"), once);
        assertEquals("", run("conflicts", "--store", store, "--email", "front@maple.example"));
    }
}
