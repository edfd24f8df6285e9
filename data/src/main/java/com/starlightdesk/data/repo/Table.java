package com.starlightdesk.data.repo;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * How a domain record is stored: its table and its columns, which are the record's components in
 * snake_case (the first, {@code id}, is the key). JSON columns are named so the dialect can cast them.
 * Immutable and thread-safe.
 *
 * @param <R> the domain record type
 */
public final class Table<R extends Record> {
    private final String name;
    private final Class<R> type;
    private final List<Column> columns;

    Table(String name, Class<R> type, Set<String> jsonColumns) {
        this.name = name;
        this.type = type;
        List<Column> cols = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String column = snake(component.getName());
            cols.add(new Column(column, component, jsonColumns.contains(column)));
        }
        if (!cols.get(0).name().equals("id") || cols.get(0).component().getType() != UUID.class) {
            throw new IllegalArgumentException(type.getSimpleName() + " must start with a UUID id");
        }
        this.columns = Collections.unmodifiableList(cols);
    }

    public String name() {
        return name;
    }

    public Class<R> type() {
        return type;
    }

    /** All stored columns of the record, {@code id} first. */
    public List<Column> columns() {
        return columns;
    }

    /** The named column; fails for a column the record does not have. */
    public Column column(String columnName) {
        for (Column c : columns) {
            if (c.name().equals(columnName)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Table " + name + " has no column " + columnName);
    }

    public UUID idOf(R row) {
        return (UUID) columns.get(0).read(row);
    }

    /** Comma-separated column names, for SELECT lists. */
    public String selectList() {
        StringBuilder sb = new StringBuilder();
        for (Column c : columns) {
            sb.append(sb.length() == 0 ? "" : ", ").append(c.name());
        }
        return sb.toString();
    }

    /** The column name of a record component name ({@code dateOfBirth} → {@code date_of_birth}). */
    public static String snakeCase(String camel) {
        return snake(camel);
    }

    static String snake(String camel) {
        StringBuilder sb = new StringBuilder();
        for (char ch : camel.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                sb.append('_').append(Character.toLowerCase(ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** One stored column of a record. */
    public record Column(String name, RecordComponent component, boolean json) {
        /** The Java type of the stored value: codes and JSON as {@code String}, primitives boxed. */
        public Class<?> storedType() {
            Class<?> t = component.getType();
            if (com.starlightdesk.data.domain.Coded.class.isAssignableFrom(t) || t == com.starlightdesk.data.domain.Address.class) {
                return String.class;
            }
            if (t == boolean.class) {
                return Boolean.class;
            }
            if (t == int.class) {
                return Integer.class;
            }
            return t;
        }

        /** The column's type, as sync and the local replica convert its values. */
        public ColumnType type() {
            return ColumnType.of(storedType(), json);
        }

        /** The Java value of this column in {@code row} (enums and addresses as stored values). */
        public Object read(Record row) {
            try {
                return StoredValues.toStored(component.getAccessor().invoke(row));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + name, e);
            }
        }
    }
}
