package com.starlightdesk.app.parts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table written as CSV for a spreadsheet: comma separated, every cell quoted, quotes doubled, lines ended with CR LF.
 * A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
 * apostrophe, so a spreadsheet shows it as text instead of running it as a formula; a plain number ({@code -12.50},
 * {@code 3}) is written as it is, so a spreadsheet reads it as a number it can add up. As a file ({@link #bytes()}) it is UTF-8 with a byte order mark, so a spreadsheet on
 * Windows reads accents right. Immutable.
 */
public record CsvTable(List<String> header, List<List<String>> rows) {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** The file's bytes: UTF-8 with a byte order mark. */
    public byte[] bytes() {
        return ("\uFEFF" + text()).getBytes(StandardCharsets.UTF_8);
    }

    /** The lines, header first, with no byte order mark (for a terminal or a pipe). */
    public String text() {
        StringBuilder out = new StringBuilder();
        line(out, header);
        for (List<String> row : rows) {
            line(out, row);
        }
        return out.toString();
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

    /** Whether {@code text} is a plain number (digits, perhaps a minus sign and decimals), which a spreadsheet reads as one. */
    public static boolean isNumber(String text) {
        return text != null && NUMBER.matcher(text).matches();
    }

    /** {@code text} safe for a spreadsheet: a leading apostrophe before what it would read as a formula, a number as it is. */
    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (isNumber(text)) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }
}
