package com.starlightdesk.sync.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.starlightdesk.sync.remote.ColumnDescription;
import com.starlightdesk.sync.remote.SqlParam;
import com.starlightdesk.sync.remote.SqlValue;
import com.starlightdesk.sync.remote.TypeHint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Data API's JSON shapes: {@code SqlParameter} and {@code Field} in, {@code Field},
 * {@code ColumnMetadata} and {@code formattedRecords} out. Stateless and thread-safe.
 */
final class WireJson {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The result options of ExecuteStatement. */
    record ResultOptions(boolean decimalsAsNumbers, boolean longsAsStrings) {
        static ResultOptions of(JsonNode resultSetOptions) {
            if (resultSetOptions == null || resultSetOptions.isNull()) {
                return new ResultOptions(false, false);
            }
            String decimal = text(resultSetOptions, "decimalReturnType", "STRING");
            String longs = text(resultSetOptions, "longReturnType", "LONG");
            if (!decimal.equals("STRING") && !decimal.equals("DOUBLE_OR_LONG")) {
                throw DataApiError.badRequest("resultSetOptions.decimalReturnType must be STRING or DOUBLE_OR_LONG, got " + decimal);
            }
            if (!longs.equals("STRING") && !longs.equals("LONG")) {
                throw DataApiError.badRequest("resultSetOptions.longReturnType must be STRING or LONG, got " + longs);
            }
            return new ResultOptions(decimal.equals("DOUBLE_OR_LONG"), longs.equals("STRING"));
        }
    }

    private WireJson() {
    }

    static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    /** Reads {@code parameters} (a list of SqlParameter). */
    static List<SqlParam> parameters(JsonNode parameters, String where) {
        List<SqlParam> params = new ArrayList<>();
        if (parameters == null || parameters.isNull()) {
            return params;
        }
        if (!parameters.isArray()) {
            throw DataApiError.badRequest(where + " must be a list of SqlParameter");
        }
        Set<String> names = new HashSet<>();
        for (JsonNode parameter : parameters) {
            String name = text(parameter, "name", null);
            if (name == null || name.isEmpty()) {
                throw DataApiError.badRequest(where + ": every parameter needs a name");
            }
            if (!names.add(name)) {
                throw DataApiError.badRequest(where + ": parameter " + name + " is given twice");
            }
            String hintText = text(parameter, "typeHint", null);
            TypeHint hint;
            try {
                hint = hintText == null ? null : TypeHint.valueOf(hintText);
            } catch (IllegalArgumentException e) {
                throw DataApiError.badRequest(where + ": parameter " + name + " has unknown typeHint " + hintText);
            }
            SqlValue value = field(parameter.get("value"), where + ": parameter " + name);
            try {
                params.add(new SqlParam(name, value, hint));
            } catch (IllegalArgumentException e) {
                throw DataApiError.badRequest(where + ": " + e.getMessage());
            }
        }
        return params;
    }

    /** Reads a Field union (exactly one member). */
    static SqlValue field(JsonNode field, String where) {
        if (field == null || field.isNull() || !field.isObject()) {
            return SqlValue.NULL;
        }
        List<String> members = new ArrayList<>();
        field.fieldNames().forEachRemaining(members::add);
        if (members.size() != 1) {
            throw DataApiError.badRequest(where + ": a Field must have exactly one member, got " + members);
        }
        JsonNode v = field.get(members.get(0));
        switch (members.get(0)) {
            case "isNull":
                return SqlValue.NULL;
            case "booleanValue":
                return new SqlValue.Bool(v.asBoolean());
            case "longValue":
                if (!v.canConvertToLong()) {
                    throw DataApiError.badRequest(where + ": longValue out of range");
                }
                return new SqlValue.Int64(v.asLong());
            case "doubleValue":
                return new SqlValue.Float64(v.asDouble());
            case "stringValue":
                return new SqlValue.Text(v.asText());
            case "blobValue":
                try {
                    return new SqlValue.Bytes(Base64.getDecoder().decode(v.asText()));
                } catch (IllegalArgumentException e) {
                    throw DataApiError.badRequest(where + ": blobValue is not base64");
                }
            case "arrayValue":
                throw DataApiError.badRequest("Array parameters are not supported.");
            default:
                throw DataApiError.badRequest(where + ": unknown Field member " + members.get(0));
        }
    }

    /** Writes a value as a Field of a result column. */
    static ObjectNode field(SqlValue value, ColumnDescription column, ResultOptions options) {
        ObjectNode node = NODES.objectNode();
        if (value instanceof SqlValue.Null) {
            node.put("isNull", true);
        } else if (value instanceof SqlValue.Int64 v) {
            if (options.longsAsStrings()) {
                node.put("stringValue", Long.toString(v.value()));
            } else {
                node.put("longValue", v.value());
            }
        } else if (value instanceof SqlValue.Float64 v) {
            node.put("doubleValue", v.value());
        } else if (value instanceof SqlValue.Bool v) {
            node.put("booleanValue", v.value());
        } else if (value instanceof SqlValue.Bytes v) {
            node.put("blobValue", Base64.getEncoder().encodeToString(v.value()));
        } else if (value instanceof SqlValue.Text v) {
            if (options.decimalsAsNumbers() && column.typeName().equalsIgnoreCase("numeric")) {
                putDecimalAsNumber(node, v.value());
            } else {
                node.put("stringValue", v.value());
            }
        } else if (value instanceof SqlValue.Array v) {
            node.set("arrayValue", array(v));
        }
        return node;
    }

    private static void putDecimalAsNumber(ObjectNode node, String text) {
        try {
            BigDecimal decimal = new BigDecimal(text);
            if (decimal.stripTrailingZeros().scale() <= 0 && decimal.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
                node.put("longValue", decimal.longValueExact());
            } else {
                node.put("doubleValue", decimal.doubleValue());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            node.put("stringValue", text);
        }
    }

    private static ObjectNode array(SqlValue.Array array) {
        ObjectNode node = NODES.objectNode();
        List<SqlValue> elements = array.elements();
        SqlValue first = elements.stream().filter(e -> !e.isNull()).findFirst().orElse(null);
        String member = first instanceof SqlValue.Int64 ? "longValues"
                : first instanceof SqlValue.Float64 ? "doubleValues"
                : first instanceof SqlValue.Bool ? "booleanValues" : "stringValues";
        ArrayNode values = node.putArray(member);
        for (SqlValue element : elements) {
            if (element instanceof SqlValue.Int64 v) {
                values.add(v.value());
            } else if (element instanceof SqlValue.Float64 v) {
                values.add(v.value());
            } else if (element instanceof SqlValue.Bool v) {
                values.add(v.value());
            } else if (element instanceof SqlValue.Text v) {
                values.add(v.value());
            } else {
                values.addNull();
            }
        }
        return node;
    }

    static ObjectNode columnMetadata(ColumnDescription column) {
        ObjectNode node = NODES.objectNode();
        node.put("name", column.name());
        node.put("type", column.type());
        node.put("typeName", column.typeName());
        node.put("label", column.label());
        node.put("schemaName", column.schemaName());
        node.put("tableName", column.tableName());
        node.put("isAutoIncrement", column.autoIncrement());
        node.put("isSigned", column.signed());
        node.put("isCurrency", column.currency());
        node.put("isCaseSensitive", column.caseSensitive());
        node.put("nullable", column.nullable());
        node.put("precision", column.precision());
        node.put("scale", column.scale());
        node.put("arrayBaseColumnType", column.arrayBaseColumnType());
        return node;
    }

    /** The {@code formattedRecords} string: rows as JSON objects keyed by column label. */
    static String formattedRecords(List<ColumnDescription> columns, List<List<SqlValue>> rows, ResultOptions options) {
        Set<String> labels = new HashSet<>();
        for (ColumnDescription column : columns) {
            if (!labels.add(column.label())) {
                throw DataApiError.badRequest("The result set contains duplicate column name " + column.label()
                        + ". Give each column a distinct alias to format records as JSON.");
            }
        }
        ArrayNode out = NODES.arrayNode();
        for (List<SqlValue> row : rows) {
            ObjectNode object = out.addObject();
            for (int c = 0; c < columns.size(); c++) {
                object.set(columns.get(c).label(), formattedValue(row.get(c), columns.get(c), options));
            }
        }
        return out.toString();
    }

    private static JsonNode formattedValue(SqlValue value, ColumnDescription column, ResultOptions options) {
        ObjectNode field = field(value, column, options);
        Iterator<Map.Entry<String, JsonNode>> it = field.fields();
        Map.Entry<String, JsonNode> only = it.next();
        switch (only.getKey()) {
            case "isNull":
                return NODES.nullNode();
            case "arrayValue":
                return only.getValue().elements().next();
            default:
                return only.getValue();
        }
    }

    /** Rough bytes a row adds to the response, for stopping early on results far past the limit. */
    static long estimateSize(List<SqlValue> row) {
        long size = 4;
        for (SqlValue value : row) {
            size += 20;
            if (value instanceof SqlValue.Text v) {
                size += v.value().length();
            } else if (value instanceof SqlValue.Bytes v) {
                size += v.value().length * 4L / 3;
            } else if (value instanceof SqlValue.Array v) {
                size += v.elements().size() * 12L;
            }
        }
        return size;
    }
}
