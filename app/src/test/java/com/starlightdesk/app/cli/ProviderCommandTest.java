package com.starlightdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.ProviderColor;
import com.starlightdesk.data.store.DataDirectory;
import com.starlightdesk.data.testing.BookedVisits;
import com.starlightdesk.data.store.LocalStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code starlight provider list|add|edit|deactivate} as an admin runs them, on a real encrypted store. */
class ProviderCommandTest {
    private static final String ADMIN = "admin@maple.test";
    private static final String ADMIN_PASSWORD = "maple admin 2026";

    @TempDir
    Path data;

    private Starlight.Run as(String email, String password, String... args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--email", email));
        return new Starlight(data).run(Map.of("STARLIGHT_PASSWORD", password), "", all.toArray(String[]::new));
    }

    private Starlight.Run asAdmin(String... args) throws IOException, InterruptedException {
        return as(ADMIN, ADMIN_PASSWORD, args);
    }

    private static void refused(Starlight.Run run, String message) {
        assertEquals(1, run.exit(), run.out());
        assertEquals("Error: " + message, run.err().strip());
    }

    @Test
    void anAdminAddsEditsListsAndDeactivatesProvidersUnderTheFormsRules() throws Exception {
        Starlight starlight = new Starlight(data);
        assertEquals(0, starlight.run(Map.of("STARLIGHT_PASSWORD", ADMIN_PASSWORD), "", "practice", "create", "--name",
                "Maple Pediatrics", "--time-zone", "America/Chicago", "--admin-email", ADMIN, "--admin-name", "Maple Admin").exit());
        assertEquals(0, starlight.run(Map.of(), ADMIN_PASSWORD + "\nlee first pass\n", "user", "add", "--email", ADMIN,
                "--user-email", "lee@maple.test", "--user-name", "Dana Lee", "--role", "provider").exit());
        assertEquals(0, starlight.run(Map.of(), ADMIN_PASSWORD + "\ndesk first pass\n", "user", "add", "--email", ADMIN,
                "--user-email", "desk@maple.test", "--user-name", "Front Desk", "--role", "staff").exit());

        assertEquals("No providers yet: add one with ./starlight provider add.", asAdmin("provider", "list").out().strip());
        Starlight.Run asha = asAdmin("provider", "add", "--name", "Asha Prajapati, MD", "--specialty", "Pediatrics",
                "--provider-email", "asha@maple.test", "--color", "Blue");
        assertEquals(0, asha.exit(), asha.err());
        assertTrue(asha.out().startsWith("Added Asha Prajapati, MD ("), asha.out());
        assertTrue(asha.out().strip().endsWith("colour #2E6FDB."), asha.out());

        refused(asAdmin("provider", "add", "--name", "Sam Rivera, CPNP", "--provider-email", "ASHA@Maple.test"),
                "--provider-email: Asha Prajapati, MD already has this e-mail; each provider needs their own");
        refused(asAdmin("provider", "add", "--name", "Sam Rivera, CPNP", "--color", "#808080"),
                "--color: #808080 is too light for white text and too dark for dark text, so visit names would be hard to read"
                + " on it: choose a darker or a lighter shade, or a colour from the palette");
        refused(asAdmin("provider", "add", "--name", "Sam Rivera, CPNP", "--user-email", "desk@maple.test"),
                "--user-email: Front Desk's role is staff; only a user whose role is provider can be linked to a provider");
        refused(asAdmin("provider", "add", "--name", "Sam Rivera, CPNP", "--user-email", "nobody@maple.test"),
                "--user-email: no user of this practice has the e-mail nobody@maple.test");
        refused(asAdmin("provider", "add", "--name", " "), "--name: is required");

        Starlight.Run sam = asAdmin("provider", "add", "--name", "Sam Rivera, CPNP", "--provider-email", "sam@maple.test",
                "--user-email", "Lee@Maple.test");
        assertEquals(0, sam.exit(), sam.err());
        assertTrue(sam.out().strip().endsWith("colour #C0390B."), "the first palette colour nobody has: " + sam.out());

        refused(asAdmin("provider", "edit", "--provider-email", "SAM@maple.test", "--new-email", "asha@MAPLE.test"),
                "--new-email: Asha Prajapati, MD already has this e-mail; each provider needs their own");
        Starlight.Run edited = asAdmin("provider", "edit", "--provider-email", "SAM@maple.test", "--specialty",
                "Pediatric nurse practitioner", "--color", "#ffff66");
        assertEquals(0, edited.exit(), edited.err());
        assertEquals("Saved Sam Rivera, CPNP.", edited.out().strip());
        refused(asAdmin("provider", "deactivate"), "name the provider with --id or with --provider-email (one of them)");
        refused(asAdmin("provider", "deactivate", "--provider-email", "someone@maple.test"),
                "--provider-email: no provider has the e-mail someone@maple.test");
        refused(as("desk@maple.test", "desk first pass", "provider", "deactivate", "--provider-email", "sam@maple.test"),
                "only an admin can change the practice's providers");

        bookTwoVisitsWith("asha@maple.test");
        Starlight.Run off = asAdmin("provider", "deactivate", "--provider-email", "Asha@maple.test");
        assertEquals(0, off.exit(), off.err());
        assertEquals("Asha Prajapati, MD is deactivated: no new visits can be booked with them. Asha Prajapati, MD still has"
                + " 2 future visits; they stay on the calendar, marked inactive.", off.out().strip());

        Starlight.Run list = asAdmin("provider", "list");
        assertEquals(0, list.exit(), list.err());
        List<String> lines = list.out().strip().lines().toList();
        assertEquals(3, lines.size(), list.out());
        assertTrue(lines.get(0).matches("Name\\s+Specialty\\s+E-mail\\s+Colour\\s+Active\\s+Linked user\\s+Future visits"), lines.get(0));
        assertTrue(lines.get(1).matches("Asha Prajapati, MD\\s+Pediatrics\\s+asha@maple.test\\s+#2E6FDB Blue\\s+no\\s+-\\s+2"), lines.get(1));
        assertTrue(lines.get(2).matches("Sam Rivera, CPNP\\s+Pediatric nurse practitioner\\s+sam@maple.test\\s+#FFFF66\\s+yes"
                + "\\s+lee@maple.test\\s+0"), lines.get(2));
        assertEquals(lines.get(0).indexOf("Colour"), lines.get(2).indexOf("#FFFF66"), "the columns line up");

        Starlight.Run withIds = asAdmin("provider", "list", "--ids");
        String samId = withIds.out().lines().filter(l -> l.contains("Sam Rivera")).findFirst().orElseThrow().split("\\s+")[0];
        Starlight.Run byId = asAdmin("provider", "edit", "--id", samId, "--name", "Sam Rivera, DNP");
        assertEquals(0, byId.exit(), byId.err());
        assertEquals("Saved Sam Rivera, DNP.", byId.out().strip());
    }

    @Test
    void theColourOptionsHelpNamesEveryPaletteColour() {
        CommandLine provider = new CommandLine(new AdminCommand()).getSubcommands().get("provider");
        for (String command : List.of("add", "edit")) {
            String help = provider.getSubcommands().get(command).getUsageMessage().replaceAll("\\s+", " ");
            for (ProviderColor.Named named : ProviderColor.PALETTE) {
                assertTrue(help.contains(named.name().toLowerCase(Locale.ROOT)), command + " --help names " + named.name() + ": " + help);
            }
        }
    }

    /** Books two visits still to come with the provider with {@code email}, on the store as it is on disk. */
    private void bookTwoVisitsWith(String email) throws Exception {
        Path folder = new DataDirectory(data).chooseStore(null);
        try (LocalStore store = LocalStore.unlock(folder, ADMIN, ADMIN_PASSWORD.toCharArray(), Clock.systemUTC())) {
            Provider provider = store.data().providers().byEmail(email).orElseThrow();
            BookedVisits.book(store.data(), provider.id(), Instant.now().plus(Duration.ofDays(1)), 2, AppointmentStatus.CONFIRMED);
        }
    }
}
