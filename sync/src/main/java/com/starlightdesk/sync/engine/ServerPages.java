package com.starlightdesk.sync.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.starlightdesk.data.repo.ColumnType;
import com.starlightdesk.data.repo.Table;
import com.starlightdesk.data.sync.SyncFields;
import com.starlightdesk.data.sync.SyncedRow;
import com.starlightdesk.sync.remote.WireFormats;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A page of one table's server rows, encoded by PostgreSQL itself: each row is a JSON array of its sync
 * columns in {@link SyncFields#columns} order with its txid last, and rows are grouped into chunks of
 * {@code :k} rows, one chunk per result row. The server builds the JSON in C, so neither the Data API
 * nor the client handles a field object per value, and no chunk nears the Data API's 64 KB row limit
 * while a page can still fill half of the 1 MiB response. The same SQL runs over JDBC. Timestamps travel
 * as UTC without an offset, JSON documents as their text, decimals as JSON numbers with their scale.
 * Thread-safe.
 */
final class ServerPages {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Map<String, String> SQL = new ConcurrentHashMap<>();

    private ServerPages() {
    }

    /**
     * The page query of a table. Parameters: p (practice), c and h (the txid window), at and aid (the
     * keyset position after which the page starts), n (rows in the page), k (rows per chunk).
     */
    static String sql(Table<?> table) {
        return SQL.computeIfAbsent(table.name(), name -> {
            List<String> columns = SyncFields.columns(table);
            StringBuilder values = new StringBuilder();
            for (String column : columns) {
                values.append(values.length() == 0 ? "" : ", ");
                ColumnType type = SyncFields.typeOf(table, column);
                if (type == ColumnType.TIMESTAMP) {
                    values.append("t.").append(column).append(" AT TIME ZONE 'UTC'");
                } else if (type == ColumnType.JSON) {
                    values.append("t.").append(column).append("::text");
                } else {
                    values.append("t.").append(column);
                }
            }
            return "SELECT json_agg(json_build_array(" + values + ", t.txid::text) ORDER BY t.txid, t.id)::text AS chunk"
                    + " FROM (SELECT " + String.join(", ", columns) + ", txid,"
                    + " (row_number() OVER (ORDER BY txid, id) - 1) / :k AS chunk_no FROM " + name
                    + " WHERE practice_id = :p AND txid >= cast(:c AS xid8) AND txid < cast(:h AS xid8)"
                    + " AND (txid, id) > (cast(:at AS xid8), :aid) ORDER BY txid, id LIMIT :n) t"
                    + " GROUP BY t.chunk_no ORDER BY t.chunk_no";
        });
    }

    /** The rows of one chunk, in order. */
    static List<SyncedRow> decode(Table<?> table, String chunk) {
        List<String> columns = SyncFields.columns(table);
        ColumnType[] types = new ColumnType[columns.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = SyncFields.typeOf(table, columns.get(i));
        }
        List<SyncedRow> rows = new ArrayList<>();
        try (JsonParser p = JSON.createParser(chunk)) {
            expect(p.nextToken(), JsonToken.START_ARRAY, table);
            while (p.nextToken() == JsonToken.START_ARRAY) {
                Map<String, Object> values = new LinkedHashMap<>(columns.size() * 2);
                for (int i = 0; i < types.length; i++) {
                    values.put(columns.get(i), value(p, p.nextToken(), types[i], table, columns.get(i)));
                }
                expect(p.nextToken(), JsonToken.VALUE_STRING, table);
                String txid = p.getText();
                expect(p.nextToken(), JsonToken.END_ARRAY, table);
                rows.add(new SyncedRow(table.name(), (UUID) values.get("id"), values, txid));
            }
            expect(p.currentToken(), JsonToken.END_ARRAY, table);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The server sent an unreadable page of " + table.name() + " ("
                    + e.getClass().getSimpleName() + ")", null);
        }
        return rows;
    }

    /**
     * How many bytes a chunk takes inside the Data API's JSON response: its length plus one escape
     * character for every quote and backslash (the text is ASCII-escaped JSON already, apart from
     * characters outside ASCII, which travel as UTF-8 and are counted as three bytes).
     */
    static int wireBytes(String chunk) {
        int bytes = chunk.length();
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (c == '"' || c == '\\') {
                bytes++;
            } else if (c > 0x7f) {
                bytes += 2;
            }
        }
        return bytes;
    }

    private static Object value(JsonParser p, JsonToken token, ColumnType type, Table<?> table, String column) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        switch (type) {
            case TEXT, JSON:
                expect(token, JsonToken.VALUE_STRING, table);
                return p.getText();
            case UUID:
                expect(token, JsonToken.VALUE_STRING, table);
                return UUID.fromString(p.getText());
            case TIMESTAMP:
                expect(token, JsonToken.VALUE_STRING, table);
                return WireFormats.parseJsonTimestamp(p.getText()).toInstant(ZoneOffset.UTC);
            case DATE:
                expect(token, JsonToken.VALUE_STRING, table);
                return LocalDate.parse(p.getText());
            case DECIMAL:
                if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                    throw new IllegalStateException("not a number in " + table.name() + "." + column);
                }
                return p.getDecimalValue();
            case BOOLEAN:
                if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                    throw new IllegalStateException("not a boolean in " + table.name() + "." + column);
                }
                return token == JsonToken.VALUE_TRUE;
            case INTEGER:
                expect(token, JsonToken.VALUE_NUMBER_INT, table);
                return p.getIntValue();
            case BIGINT:
                expect(token, JsonToken.VALUE_NUMBER_INT, table);
                return p.getLongValue();
            default:
                throw new IllegalStateException("Unsupported column type of " + table.name() + "." + column);
        }
    }

    private static void expect(JsonToken actual, JsonToken expected, Table<?> table) {
        if (actual != expected) {
            throw new IllegalStateException("expected " + expected + " in a page of " + table.name() + ", got " + actual);
        }
    }
}
