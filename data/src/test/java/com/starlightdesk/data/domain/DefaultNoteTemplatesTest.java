package com.starlightdesk.data.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The default note templates, read from their resource, are exactly the ones a new practice has always
 * started with: each template's name, kind, ages and four parts, in order, against the templates as they
 * are written out in full ({@code default-note-templates-as-written.txt}).
 */
final class DefaultNoteTemplatesTest {

    @Test
    void theTemplatesAreTheOnesWrittenOutInFullNameByNameAndPartByPart() throws IOException {
        String expected;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("default-note-templates-as-written.txt"))) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<NoteTemplate> templates = DefaultNoteTemplates.all();
        assertEquals(16, templates.size(), "fifteen well-child visits and the sick visit");
        assertEquals(expected, written(templates));
    }

    @Test
    void eachCallGivesActiveTemplatesWithNewIds() {
        List<NoteTemplate> first = DefaultNoteTemplates.all();
        List<NoteTemplate> second = DefaultNoteTemplates.all();
        assertTrue(first.stream().allMatch(NoteTemplate::isActive));
        assertEquals(first.size(), new HashSet<>(first.stream().map(NoteTemplate::id).toList()).size());
        assertNotEquals(first.get(0).id(), second.get(0).id(), "a practice's copies are its own");
        assertEquals(first.get(0).content(), second.get(0).content());
    }

    @Test
    void aWellChildTemplateFitsTheAgesItNames() {
        NoteTemplate sixMonths = DefaultNoteTemplates.all().stream()
                .filter(t -> t.name().equals("Well child – 6 months")).findFirst().orElseThrow();
        assertTrue(sixMonths.fits(6) && sixMonths.fits(8) && !sixMonths.fits(9) && !sixMonths.fits(5));
    }

    /** Each template as "== name | kind | ages | active", then its parts after "-- part" lines. */
    private static String written(List<NoteTemplate> templates) {
        StringBuilder out = new StringBuilder();
        for (NoteTemplate t : templates) {
            out.append("== ").append(t.name()).append(" | ").append(t.kind()).append(" | ").append(t.minAgeMonths())
                    .append(" to ").append(t.maxAgeMonths()).append(" | active ").append(t.isActive()).append('\n');
            SoapNote note = t.note();
            part(out, "subjective", note.subjective());
            part(out, "objective", note.objective());
            part(out, "assessment", note.assessment());
            part(out, "plan", note.plan());
        }
        return out.toString();
    }

    private static void part(StringBuilder out, String name, String text) {
        out.append("-- ").append(name).append('\n');
        if (!text.isEmpty()) {
            out.append(text).append('\n');
        }
    }
}
