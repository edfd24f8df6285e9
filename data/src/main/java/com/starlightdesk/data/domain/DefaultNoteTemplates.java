package com.starlightdesk.data.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The note templates a new practice starts with: a well-child template for each visit of the well-child
 * schedule from newborn to 17 years, with the headings the clinician fills in (after the Bright Futures
 * periodicity schedule), and a sick-visit template. They are written in {@code default-note-templates.txt}
 * beside this class (its first lines say how), read once; the well-child templates share one frame there,
 * each visit giving only its ages and what differs. The practice edits its copies on the Note templates
 * page. Thread-safe (immutable).
 */
public final class DefaultNoteTemplates {
    private static final String RESOURCE = "default-note-templates.txt";
    private static final String FRAME = "Well child frame";
    private static final List<String> PARTS = List.of("subjective", "objective", "assessment", "plan");
    private static final Set<String> WELL_VISIT_FIELDS = Set.of("ages", "age", "feeding", "sleep", "development",
            "exam", "screening", "guidance", "next");
    private static final Pattern BLANK_TO_FILL = Pattern.compile("\\{(\\w+)}");
    private static final Pattern AGES = Pattern.compile("(\\d+) to (\\d+)");

    /** A default template as written, before it is given an id. */
    private record Written(String name, NoteKind kind, Integer minAgeMonths, Integer maxAgeMonths, SoapNote text) {
    }

    /** A block of the file: its name, the line it starts on and its fields in order. */
    private record Block(String name, int line, Map<String, String> fields) {
    }

    private static final List<Written> WRITTEN = read();

    private DefaultNoteTemplates() {
    }

    /** The default templates, each with a new id: well-child by age, then the sick visit. */
    public static List<NoteTemplate> all() {
        List<NoteTemplate> templates = new ArrayList<>();
        for (Written t : WRITTEN) {
            templates.add(new NoteTemplate(Ids.next(), t.name(), t.kind(), t.minAgeMonths(), t.maxAgeMonths(),
                    t.text().content(), true));
        }
        return templates;
    }

    private static List<Written> read() {
        List<Block> blocks = blocks();
        if (blocks.isEmpty() || !blocks.get(0).name().equals(FRAME)) {
            throw unreadable(1, "the first block must be '" + FRAME + "'");
        }
        Block frame = blocks.get(0);
        onlyFields(frame, Set.copyOf(PARTS));
        List<Written> written = new ArrayList<>();
        for (Block block : blocks.subList(1, blocks.size())) {
            written.add(block.fields().containsKey("ages") ? wellVisit(frame, block) : asItStands(block));
        }
        return List.copyOf(written);
    }

    /** A well-child template: the frame with the visit's fields filled in. */
    private static Written wellVisit(Block frame, Block visit) {
        onlyFields(visit, WELL_VISIT_FIELDS);
        Matcher ages = AGES.matcher(visit.fields().get("ages"));
        if (!ages.matches()) {
            throw unreadable(visit.line(), "ages must read as 'months to months', e.g. '0 to 1'");
        }
        List<String> parts = new ArrayList<>();
        for (String part : PARTS) {
            parts.add(fill(frame.fields().getOrDefault(part, ""), visit));
        }
        return new Written(visit.name(), NoteKind.WELL_CHILD, Integer.valueOf(ages.group(1)), Integer.valueOf(ages.group(2)),
                new SoapNote(parts.get(0), parts.get(1), parts.get(2), parts.get(3), List.of()));
    }

    /** A template with its kind and its parts as written. */
    private static Written asItStands(Block block) {
        Set<String> allowed = new LinkedHashSet<>(PARTS);
        allowed.add("kind");
        onlyFields(block, allowed);
        if (!block.fields().containsKey("kind")) {
            throw unreadable(block.line(), "a template without ages must give its kind");
        }
        Map<String, String> f = block.fields();
        return new Written(block.name(), NoteKind.of("kind", f.get("kind")), null, null, new SoapNote(
                f.getOrDefault("subjective", ""), f.getOrDefault("objective", ""), f.getOrDefault("assessment", ""),
                f.getOrDefault("plan", ""), List.of()));
    }

    private static String fill(String frameText, Block visit) {
        Matcher blank = BLANK_TO_FILL.matcher(frameText);
        StringBuilder filled = new StringBuilder();
        while (blank.find()) {
            String value = visit.fields().get(blank.group(1));
            if (value == null) {
                throw unreadable(visit.line(), "'" + visit.name() + "' does not give " + blank.group(1));
            }
            blank.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return blank.appendTail(filled).toString();
    }

    private static void onlyFields(Block block, Set<String> allowed) {
        for (String field : block.fields().keySet()) {
            if (!allowed.contains(field)) {
                throw unreadable(block.line(), "'" + block.name() + "' has no field '" + field + "'");
            }
        }
    }

    /** The file's blocks: "== name", then "field: value" lines or "field:" with its lines indented by two spaces. */
    private static List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        try (InputStream in = DefaultNoteTemplates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> fields = null;
            String field = null;
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("== ")) {
                    fields = new LinkedHashMap<>();
                    field = null;
                    blocks.add(new Block(line.substring(3).strip(), number, fields));
                } else if (fields == null) {
                    throw unreadable(number, "a field before the first block");
                } else if (line.startsWith("  ")) {
                    if (field == null) {
                        throw unreadable(number, "an indented line belongs under a field written as 'field:'");
                    }
                    String before = fields.get(field);
                    fields.put(field, before.isEmpty() ? line.substring(2) : before + "\n" + line.substring(2));
                } else {
                    int colon = line.indexOf(':');
                    if (colon <= 0) {
                        throw unreadable(number, "a field reads as 'field: value' or 'field:'");
                    }
                    String name = line.substring(0, colon);
                    String value = line.substring(colon + 1).strip();
                    if (fields.put(name, value) != null) {
                        throw unreadable(number, "'" + name + "' is given twice");
                    }
                    field = value.isEmpty() ? name : null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " could not be read", e);
        }
        return blocks;
    }

    private static IllegalStateException unreadable(int line, String why) {
        return new IllegalStateException(RESOURCE + ", line " + line + ": " + why);
    }
}
