package com.starlightdesk.data.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.starlightdesk.data.repo.ColumnType;
import com.starlightdesk.data.repo.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The stored fields of a synced table as sync moves them: the record's columns plus the row metadata
 * every practice table carries, with their Java types, and conversions to and from the JSON values of
 * outbox entries and conflicts. Stateless.
 */
public final class SyncFields {
    /** Row metadata columns every practice table carries besides the record's own. */
    public static final List<String> META = List.of("practice_id", "created_at", "updated_at", "row_version", "deleted_at");

    static final ObjectMapper JSON = JsonMapper.builder().build();

    private SyncFields() {
    }

    /** The record's columns then the metadata columns, in a fixed order. */
    public static List<String> columns(Table<?> table) {
        List<String> names = new ArrayList<>();
        for (Table.Column c : table.columns()) {
            names.add(c.name());
        }
        names.addAll(META);
        return names;
    }

    /** The type of a column of {@code table}, the metadata columns included; fails for a name that is not a column. */
    public static ColumnType typeOf(Table<?> table, String column) {
        return switch (column) {
            case "practice_id" -> ColumnType.UUID;
            case "created_at", "updated_at", "deleted_at" -> ColumnType.TIMESTAMP;
            case "row_version" -> ColumnType.BIGINT;
            default -> table.column(column).type();
        };
    }

    /** Whether a column holds a JSON document. */
    public static boolean isJson(Table<?> table, String column) {
        return typeOf(table, column) == ColumnType.JSON;
    }

    /** A value of an outbox entry or conflict (JSON) as the column's Java value. */
    public static Object fromJson(Table<?> table, String column, JsonNode node) {
        return typeOf(table, column).fromJson(node);
    }

    /** A column's Java value as a JSON value (as outbox entries hold it). */
    public static JsonNode toJson(Object value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value == null) {
            return f.nullNode();
        }
        if (value instanceof Boolean b) {
            return f.booleanNode(b);
        }
        if (value instanceof Integer i) {
            return f.numberNode(i);
        }
        if (value instanceof Long l) {
            return f.numberNode(l);
        }
        if (value instanceof BigDecimal d) {
            return f.textNode(d.toPlainString());
        }
        return f.textNode(value.toString());
    }

    /** A JSON value as text for storage (conflict values). */
    public static String jsonText(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses JSON text (outbox changes, conflict values). Never quotes the text in its errors. */
    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored sync JSON is not valid", null);
        }
    }

    /**
     * Whether two values of a column are the same edit: decimals by value, JSON documents by content
     * (the server re-formats jsonb), instants by instant.
     */
    public static boolean same(Table<?> table, String column, Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (isJson(table, column) && a instanceof String x && b instanceof String y) {
            return x.equals(y) || parse(x).equals(parse(y));
        }
        return Objects.equals(a, b);
    }
}
