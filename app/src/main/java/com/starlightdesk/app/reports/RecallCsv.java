package com.starlightdesk.app.reports;

import com.starlightdesk.data.repo.ImmunizationRecall.Child;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The recall list as a CSV file, as shown on screen (the rows and order given, one line per child): UTF-8 with a byte
 * order mark (so a spreadsheet on Windows reads accents right), comma separated, every cell quoted, quotes doubled,
 * lines ended with CR LF. A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return gets a leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula. Stateless.
 */
public final class RecallCsv {
    /** The columns, in the screen's order. */
    public static final List<String> HEADER = List.of("Name", "Age", "Date of birth", "Provider", "Vaccine groups due",
            "Most urgent", "Overdue", "Refused", "Next visit");

    private RecallCsv() {
    }

    /** The file's bytes for {@code children}, each line's cells from {@code words}. */
    public static byte[] of(List<Child> children, RecallWords words) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, HEADER);
        for (Child c : children) {
            line(out, List.of(c.displayName(), words.age(c), words.date(c.dateOfBirth()), words.provider(c), words.groups(c),
                    words.date(c.mostUrgent()), c.isOverdue() ? "Yes" : "No", words.refused(c), words.nextVisit(c)));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(cell(cells.get(i)).replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }

    /** {@code text} safe for a spreadsheet: a leading apostrophe before what it would read as a formula. */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }
}
