package com.starlightdesk.sync.remote;

import java.util.Objects;

/** A result column as the Data API's {@code ColumnMetadata} describes it. Immutable. */
public record ColumnDescription(String name, String label, int type, String typeName, String schemaName,
                                String tableName, boolean autoIncrement, boolean signed, boolean currency,
                                boolean caseSensitive, int nullable, int precision, int scale,
                                int arrayBaseColumnType) {

    public ColumnDescription {
        Objects.requireNonNull(name, "column name");
        Objects.requireNonNull(label, "column label");
        Objects.requireNonNull(typeName, "column type name");
    }
}
