package com.starlightdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the admin command line as a person would: a separate JVM, passwords from the environment or stdin. */
class AdminCommandTest {
    @TempDir
    Path data;

    private Starlight.Run starlight(Map<String, String> env, String stdin, String... args) throws IOException, InterruptedException {
        return new Starlight(data).run(env, stdin, args);
    }

    @Test
    void createsTheDemoStoreShowsStatusManagesUsersAndMovesData() throws Exception {
        Map<String, String> admin = Map.of("STARLIGHT_PASSWORD", "demo password 1");
        Starlight.Run demo = starlight(admin, "", "practice", "demo", "--admin-email", "me@clinic.test");
        assertEquals(0, demo.exit(), demo.err());
        assertTrue(demo.out().contains("Loaded 17 patients"), demo.out());
        assertFalse(demo.err().contains("Flyway"), "Flyway's version notice stays out of the terminal: " + demo.err());

        Starlight.Run status = starlight(admin, "", "status", "--email", "me@clinic.test");
        assertEquals(0, status.exit(), status.err());
        assertTrue(status.out().matches("(?s).*patients\\s+24\\b.*"), status.out());
        assertTrue(status.out().contains("Pending changes (outbox): "), status.out());

        Starlight.Run wrong = starlight(Map.of(), "not my password\n", "status", "--email", "me@clinic.test");
        assertEquals(3, wrong.exit());
        assertTrue(wrong.err().contains("Wrong password"), wrong.err());

        Starlight.Run add = starlight(Map.of(), "demo password 1\nfront desk 2026\n", "user", "add", "--email", "me@clinic.test",
                "--user-email", "desk@clinic.test", "--user-name", "Front Desk", "--role", "staff");
        assertEquals(0, add.exit(), add.err());
        Starlight.Run asDesk = starlight(Map.of("STARLIGHT_PASSWORD", "front desk 2026"), "", "status", "--email", "desk@clinic.test");
        assertEquals(0, asDesk.exit(), asDesk.err());
        assertTrue(asDesk.out().contains("(staff)"));

        Path csv = data.resolve("patients.csv");
        Starlight.Run export = starlight(admin, "", "export", "patients", "--out", csv.toString(), "--email", "me@clinic.test");
        assertEquals(0, export.exit(), export.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(25, lines.size(), "header and 24 patients");
        List<String> edited = new ArrayList<>(lines);
        edited.set(3, edited.get(3).replaceFirst(",\\d{4}-\\d{2}-\\d{2},", ",2999-01-01,"));
        Path back = data.resolve("back.csv");
        Files.write(back, edited);
        Starlight.Run reimport = starlight(admin, "", "import", "patients", back.toString(), "--email", "me@clinic.test");
        assertEquals(2, reimport.exit(), "a refused row makes the exit code 2");
        assertTrue(reimport.out().contains("0 new, 23 updated, 1 refused"), reimport.out());
        assertTrue(reimport.err().contains("line 4: date_of_birth: is in the future"), reimport.err());
        assertFalse(reimport.err().contains("2999"), "the error does not echo the value");
    }

    @Test
    void badInputAtTheCommandLineGetsASpecificMessage() throws Exception {
        Starlight.Run badZone = starlight(Map.of("STARLIGHT_PASSWORD", "long enough pw"), "", "practice", "create", "--name", "X",
                "--time-zone", "Mars/Olympus", "--admin-email", "a@b.test", "--admin-name", "A");
        assertEquals(1, badZone.exit());
        assertTrue(badZone.err().contains("timeZone: is not a known time zone"), badZone.err());
        Starlight.Run weak = starlight(Map.of("STARLIGHT_PASSWORD", "short"), "", "practice", "create", "--name", "X",
                "--time-zone", "America/Chicago", "--admin-email", "a@b.test", "--admin-name", "A");
        assertTrue(weak.err().contains("password: must be at least 10 characters"), weak.err());
        Starlight.Run none = starlight(Map.of(), "", "status", "--email", "a@b.test");
        assertTrue(none.err().contains("no practice store in"), none.err());
    }

    @Test
    void syncOfAStoreWithoutAServerSaysSoWithTheSettingsExitCode() throws Exception {
        Map<String, String> admin = Map.of("STARLIGHT_PASSWORD", "long enough pw");
        Starlight.Run created = starlight(admin, "", "practice", "create", "--name", "Maple Pediatrics", "--time-zone", "America/Chicago",
                "--admin-email", "a@b.test", "--admin-name", "A");
        assertEquals(0, created.exit(), created.err());
        assertFalse(created.err().contains("Flyway"), created.err());
        Starlight.Run once = starlight(admin, "", "sync", "once", "--email", "a@b.test");
        assertEquals(78, once.exit(), once.err());
        assertTrue(once.err().startsWith("This store is not connected to its practice's server yet: run sync connect first."),
                once.err());
        Starlight.Run help = starlight(Map.of(), "", "sync", "--help");
        assertTrue(help.out().contains("Exit codes:") && help.out().contains("68") && help.out().contains("server unreachable"),
                help.out());
    }

    @Test
    void anUnexpectedFailureSaysWhichCommandFailedOnWhatAndWhereItsTraceIs() {
        NullPointerException failure = new NullPointerException("a value that must not be shown");
        failure.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.util.Objects", "requireNonNull", "Objects.java", 233),
            new StackTraceElement("com.starlightdesk.sync.engine.SyncEngine", "syncOnce", "SyncEngine.java", 113)});
        String message = AdminCommand.describe(failure, "starlight sync once");
        assertEquals("starlight sync once failed unexpectedly (NullPointerException in SyncEngine.syncOnce line 113)."
                + " Its stack trace is logged at level FINE by com.starlightdesk.app.cli.AdminCommand; README, Configuration,"
                + " says how to show it.", message);
    }
}
