package com.starlightdesk.app.chart.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.SoapNote;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.testing.BookedVisits;
import com.starlightdesk.data.testing.KilledWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A provider types a note in an app that is then killed (SIGKILL, no clean close): the encrypted store, opened
 * again, holds the draft as typed up to a few seconds before the kill.
 */
final class DraftKillTest {
    private static final String EMAIL = "lena.ortiz@maple.test";
    private static final String PASSWORD = "provider-pass-2026";
    /** The typist types 10 characters a second; losing at most 8 seconds is "the last few seconds" with room for a slow PC. */
    private static final int MOST_CHARACTERS_LOST = 80;

    @TempDir
    Path dir;

    @Test
    void aKilledAppLosesAtMostTheLastFewSecondsOfTyping() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        Patient patient = BookedVisits.patient();
        UUID practiceId;
        try (Session admin = stores.create("Maple Pediatrics", "America/Chicago", "Rita Moreno", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray())) {
            admin.store().addUser(new User(Ids.next(), EMAIL, "Lena Ortiz, MD", Role.PROVIDER, null, true), PASSWORD.toCharArray());
            admin.data().writeAll(c -> c.insert(patient));
            practiceId = admin.practice().id();
        }
        KilledWriter typist = KilledWriter.start(List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1"), DraftTypist.class,
                List.of(dir.toString(), practiceId.toString(), EMAIL, PASSWORD, patient.id().toString()),
                ProcessBuilder.Redirect.to(dir.resolve("typist.err").toFile()), null);
        typist.awaitLine(line -> line.startsWith("typed 100"), Duration.ofSeconds(120));
        if (!typist.isAlive()) {
            fail("the typist stopped on its own (exit " + typist.exitValue() + "): " + Files.readString(dir.resolve("typist.err")));
        }
        typist.kill();
        List<String> lines = typist.lines();
        UUID noteId = lines.stream().filter(l -> l.startsWith("note ")).map(l -> UUID.fromString(l.substring(5))).findFirst().orElseThrow();
        int typed = lines.stream().filter(l -> l.startsWith("typed ")).mapToInt(l -> Integer.parseInt(l.substring(6))).max().orElseThrow();
        assertTrue(typed >= 100, "typed " + typed);

        try (Session reopened = stores.signIn(practiceId, EMAIL, PASSWORD.toCharArray())) {
            String saved = SoapNote.fromContent(reopened.data().visitNotes().record(noteId).content()).subjective();
            String expected = expectedText(saved.length());
            assertEquals(expected.strip(), saved, "the saved draft is what was typed, up to some moment");
            assertTrue(typed - saved.length() <= MOST_CHARACTERS_LOST,
                    "typed " + typed + " characters, " + saved.length() + " were saved: more than a few seconds lost");
        }
    }

    /** The first {@code length} characters the typist types (the store keeps a part without trailing spaces). */
    private static String expectedText(int length) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (text.toString().strip().length() < length) {
            text.append(DraftTypist.TEXT.charAt(i++ % DraftTypist.TEXT.length()));
        }
        return text.toString();
    }
}
