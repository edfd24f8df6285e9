package com.starlightdesk.data.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Coded;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.repo.Table;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a stored row into text fields keyed by column name and back. Text is what a person sees in a
 * CSV cell: ids and dates in ISO form, money as plain decimals, enumerations as their codes, an
 * address as JSON; an empty cell is null. Parsing goes through the record's constructor, so an
 * imported row meets every rule a typed one does. Stateless and thread-safe.
 */
final class RowCodec {
    static final ObjectMapper JSON = JsonMapper.builder().build();

    private RowCodec() {
    }

    /** The row's columns as text (null stays null). */
    static Map<String, String> toText(Table<?> table, Record row) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Table.Column c : table.columns()) {
            Object v = c.read(row);
            out.put(c.name(), v == null ? null : v instanceof BigDecimal d ? d.toPlainString() : v.toString());
        }
        return out;
    }

    /** Builds a record of {@code table} from text fields; fails naming the column at fault. */
    static <R extends Record> R fromText(Table<R> table, Map<String, String> fields) {
        RecordComponent[] components = table.type().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            Table.Column column = table.columns().get(i);
            types[i] = components[i].getType();
            String text = fields.get(column.name());
            args[i] = parse(column.name(), types[i], text == null || text.isEmpty() ? null : text);
        }
        try {
            Constructor<R> constructor = table.type().getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ValidationException v) {
                throw new ValidationException(Table.snakeCase(v.field()), v.getMessage().substring(v.field().length() + 2));
            }
            throw new IllegalStateException("Cannot build a " + table.type().getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build a " + table.type().getSimpleName(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parse(String column, Class<?> type, String text) {
        if (text == null) {
            if (type == boolean.class) {
                return Boolean.TRUE;
            }
            if (type == int.class) {
                throw new ValidationException(column, "is required");
            }
            return null;
        }
        try {
            if (type == String.class) {
                return text;
            }
            if (type == UUID.class) {
                return UUID.fromString(text.strip());
            }
            if (type == LocalDate.class) {
                return LocalDate.parse(text.strip());
            }
            if (type == Instant.class) {
                return Instant.parse(text.strip());
            }
            if (type == BigDecimal.class) {
                return new BigDecimal(text.strip());
            }
            if (type == Integer.class || type == int.class) {
                return Integer.valueOf(text.strip());
            }
            if (type == boolean.class || type == Boolean.class) {
                String t = text.strip().toLowerCase(java.util.Locale.ROOT);
                if (!t.equals("true") && !t.equals("false")) {
                    throw new ValidationException(column, "must be true or false");
                }
                return Boolean.valueOf(t);
            }
            if (type == Address.class) {
                return JSON.readValue(text, Address.class);
            }
            if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
                return Coded.parse((Class) type, column, text.strip());
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            if (e instanceof ValidationException v) {
                throw v;
            }
            throw new ValidationException(column, "is not a valid " + describe(type));
        } catch (JsonProcessingException e) {
            throw new ValidationException(column, "is not a JSON address object");
        }
        throw new IllegalStateException("No text form for " + type.getSimpleName());
    }

    private static String describe(Class<?> type) {
        if (type == UUID.class) {
            return "id (UUID)";
        }
        if (type == LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        if (type == Instant.class) {
            return "time (ISO-8601 UTC, e.g. 2026-11-23T15:00:00Z)";
        }
        if (type == BigDecimal.class) {
            return "decimal number";
        }
        if (type == Integer.class || type == int.class) {
            return "whole number";
        }
        return type.getSimpleName();
    }
}
