package com.starlightdesk.sync.remote;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A statement with Data API-style {@code :name} parameters, rewritten for JDBC: each parameter becomes
 * {@code ?} and its name is listed in order. String literals ({@code '...'}, {@code E'...'}), dollar-quoted
 * strings, quoted identifiers, comments and {@code ::} casts are left untouched; a literal {@code ?}
 * (e.g. the jsonb operator) is escaped for the PostgreSQL driver as {@code ??}. A second statement after
 * a {@code ;} is detected ({@link #multipleStatements()}). Immutable.
 */
public record NamedSql(String sql, String jdbcSql, List<String> parameterNames, boolean multipleStatements) {

    public NamedSql {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(jdbcSql, "jdbcSql");
        parameterNames = List.copyOf(parameterNames);
    }

    /** Parses a statement; never fails, even on unterminated quotes (the database will report those). */
    public static NamedSql parse(String sql) {
        Objects.requireNonNull(sql, "sql");
        StringBuilder out = new StringBuilder(sql.length() + 8);
        List<String> names = new ArrayList<>();
        boolean statementEnded = false;
        boolean multiple = false;
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            int end;
            if (c == '\'') {
                boolean escapes = i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                        && (i < 2 || !isIdentifierPart(sql.charAt(i - 2)));
                end = skipQuoted(sql, i, '\'', escapes);
            } else if (c == '"') {
                end = skipQuoted(sql, i, '"', false);
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int newline = sql.indexOf('\n', i);
                end = newline < 0 ? n : newline;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                end = skipBlockComment(sql, i);
            } else if (c == '$' && (i == 0 || !isIdentifierPart(sql.charAt(i - 1)))) {
                end = skipDollarQuoted(sql, i);
            } else {
                end = -1;
            }
            if (end >= 0) {
                if (statementEnded && !(c == '-' || c == '/')) {
                    multiple = true;
                }
                out.append(sql, i, end);
                i = end;
                continue;
            }
            if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < n && isIdentifierStart(sql.charAt(i + 1))
                    && (i == 0 || sql.charAt(i - 1) != ':')) {
                int j = i + 1;
                while (j < n && isIdentifierPart(sql.charAt(j))) {
                    j++;
                }
                names.add(sql.substring(i + 1, j));
                out.append('?');
                i = j;
            } else if (c == '?') {
                out.append("??");
                i++;
            } else {
                if (c == ';') {
                    statementEnded = true;
                } else if (statementEnded && !Character.isWhitespace(c)) {
                    multiple = true;
                }
                out.append(c);
                i++;
            }
            if (statementEnded && c != ';' && !Character.isWhitespace(c)) {
                multiple = true;
            }
        }
        return new NamedSql(sql, out.toString(), names, multiple);
    }

    /**
     * Splits a script into its statements at top-level semicolons (not inside quotes, dollar quotes or
     * comments); blank and comment-only pieces are dropped. For migration scripts, never for user input.
     */
    public static List<String> splitStatements(String script) {
        List<String> statements = new ArrayList<>();
        int n = script.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = script.charAt(i);
            int end = -1;
            if (c == '\'') {
                boolean escapes = i > 0 && (script.charAt(i - 1) == 'E' || script.charAt(i - 1) == 'e')
                        && (i < 2 || !isIdentifierPart(script.charAt(i - 2)));
                end = skipQuoted(script, i, '\'', escapes);
            } else if (c == '"') {
                end = skipQuoted(script, i, '"', false);
            } else if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                int newline = script.indexOf('\n', i);
                end = newline < 0 ? n : newline;
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                end = skipBlockComment(script, i);
            } else if (c == '$' && (i == 0 || !isIdentifierPart(script.charAt(i - 1)))) {
                end = skipDollarQuoted(script, i);
            }
            if (end >= 0) {
                i = end;
            } else if (c == ';') {
                addStatement(statements, script.substring(start, i));
                start = ++i;
            } else {
                i++;
            }
        }
        addStatement(statements, script.substring(start));
        return statements;
    }

    private static void addStatement(List<String> statements, String piece) {
        String withoutComments = piece.replaceAll("(?m)--.*$", "").replaceAll("(?s)/\\*.*?\\*/", "").trim();
        if (!withoutComments.isEmpty()) {
            statements.add(piece.trim());
        }
    }

    private static int skipQuoted(String sql, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    private static int skipBlockComment(String sql, int start) {
        int depth = 0;
        int i = start;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** Returns the end of a {@code $tag$...$tag$} string, or -1 when {@code $} does not open one. */
    private static int skipDollarQuoted(String sql, int start) {
        int j = start + 1;
        while (j < sql.length() && sql.charAt(j) != '$') {
            if (!isIdentifierPart(sql.charAt(j)) || (j == start + 1 && Character.isDigit(sql.charAt(j)))) {
                return -1;
            }
            j++;
        }
        if (j >= sql.length()) {
            return -1;
        }
        String tag = sql.substring(start, j + 1);
        int close = sql.indexOf(tag, j + 1);
        return close < 0 ? sql.length() : close + tag.length();
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
