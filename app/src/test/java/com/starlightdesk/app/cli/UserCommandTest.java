package com.starlightdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code starlight user role|deactivate|reactivate|reset-password} as an admin runs them: a separate JVM, passwords on stdin. */
class UserCommandTest {
    private static final String ADMIN = "admin@maple.test";
    private static final String ADMIN_PASSWORD = "maple admin 2026";
    private static final String DESK = "desk@maple.test";
    private static final String TEMPORARY = "temporary-4821";

    @TempDir
    Path data;

    private Starlight.Run starlight(Map<String, String> env, String stdin, String... args) throws IOException, InterruptedException {
        return new Starlight(data).run(env, stdin, args);
    }

    private Starlight.Run asAdmin(String... args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--email", ADMIN));
        return starlight(Map.of("STARLIGHT_PASSWORD", ADMIN_PASSWORD), "", all.toArray(String[]::new));
    }

    private Starlight.Run status(String email, String password) throws IOException, InterruptedException {
        return starlight(Map.of("STARLIGHT_PASSWORD", password), "", "status", "--email", email);
    }

    @Test
    void anAdminChangesARoleResetsAPasswordAndDeactivatesAndReactivatesAUser() throws Exception {
        Starlight.Run created = starlight(Map.of("STARLIGHT_PASSWORD", ADMIN_PASSWORD), "", "practice", "create", "--name", "Maple Pediatrics",
                "--time-zone", "America/Chicago", "--admin-email", ADMIN, "--admin-name", "Maple Admin");
        assertEquals(0, created.exit(), created.err());
        Starlight.Run added = starlight(Map.of(), ADMIN_PASSWORD + "\ndesk first pass\n", "user", "add", "--email", ADMIN,
                "--user-email", DESK, "--user-name", "Front Desk", "--role", "staff");
        assertEquals(0, added.exit(), added.err());

        Starlight.Run role = asAdmin("user", "role", "--user-email", DESK, "--role", "provider");
        assertEquals(0, role.exit(), role.err());
        assertEquals(DESK + " is now provider.", role.out().strip());
        Starlight.Run badRole = asAdmin("user", "role", "--user-email", DESK, "--role", "doctor");
        assertEquals(1, badRole.exit());
        assertTrue(badRole.err().startsWith("Error: role: "), badRole.err());
        Starlight.Run ownRole = asAdmin("user", "role", "--user-email", ADMIN, "--role", "staff");
        assertEquals(1, ownRole.exit());
        assertEquals("Error: role: you cannot change your own role; another admin can", ownRole.err().strip());

        Starlight.Run reset = starlight(Map.of(), ADMIN_PASSWORD + "\n" + TEMPORARY + "\n", "user", "reset-password", "--email", ADMIN,
                "--user-email", DESK);
        assertEquals(0, reset.exit(), reset.err());
        assertTrue(reset.out().startsWith("The password of " + DESK + " is reset on this PC"), reset.out());
        assertFalse((reset.out() + reset.err()).contains(TEMPORARY), "the temporary password is never printed");
        assertEquals(3, status(DESK, "desk first pass").exit(), "the old password no longer opens this desk");
        Starlight.Run temporary = status(DESK, TEMPORARY);
        assertEquals(1, temporary.exit());
        assertEquals("Error: your password on this PC is a temporary one: choose your own first with ./starlight user passwd"
                + " --email " + DESK, temporary.err().strip());
        Starlight.Run chosen = starlight(Map.of(), TEMPORARY + "\ndesk chosen phrase\n", "user", "passwd", "--email", DESK);
        assertEquals(0, chosen.exit(), chosen.err());
        Starlight.Run asDesk = status(DESK, "desk chosen phrase");
        assertEquals(0, asDesk.exit(), asDesk.err());
        assertTrue(asDesk.out().contains("(provider)"), asDesk.out());

        Starlight.Run self = asAdmin("user", "deactivate", "--user-email", ADMIN);
        assertEquals(1, self.exit());
        assertEquals("Error: user: you cannot deactivate yourself; another admin can", self.err().strip());
        Starlight.Run deactivated = asAdmin("user", "deactivate", "--user-email", DESK);
        assertEquals(0, deactivated.exit(), deactivated.err());
        assertEquals(3, status(DESK, "desk chosen phrase").exit(), "a deactivated user cannot sign in");
        Starlight.Run weak = starlight(Map.of(), ADMIN_PASSWORD + "\nshort\n", "user", "reactivate", "--email", ADMIN, "--user-email", DESK);
        assertEquals(1, weak.exit());
        assertEquals("Error: password: must be at least 10 characters", weak.err().strip());
        Starlight.Run reactivated = starlight(Map.of(), ADMIN_PASSWORD + "\n" + TEMPORARY + "\n", "user", "reactivate", "--email", ADMIN,
                "--user-email", DESK);
        assertEquals(0, reactivated.exit(), reactivated.err());
        assertEquals(1, status(DESK, TEMPORARY).exit(), "back with a temporary password to replace");
    }
}
