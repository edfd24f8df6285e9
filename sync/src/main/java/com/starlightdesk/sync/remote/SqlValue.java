package com.starlightdesk.sync.remote;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * One value as the RDS Data API carries it (its {@code Field} union): text, a 64-bit integer, a double,
 * a boolean, bytes, a one-dimensional array, or null. Both remote stores speak this model, so a row read
 * through the Data API and the same row read over JDBC compare equal. Immutable.
 */
public sealed interface SqlValue {

    /** SQL NULL. */
    record Null() implements SqlValue {
    }

    /** Text: also numeric, uuid, json, date, time and timestamps, in the Data API's string forms. */
    record Text(String value) implements SqlValue {
        public Text {
            Objects.requireNonNull(value, "text value");
        }
    }

    /** A 16, 32 or 64-bit integer. */
    record Int64(long value) implements SqlValue {
    }

    /** A float4 or float8. */
    record Float64(double value) implements SqlValue {
    }

    /** A boolean. */
    record Bool(boolean value) implements SqlValue {
    }

    /** Bytes (bytea), compared by content. */
    record Bytes(byte[] value) implements SqlValue {
        public Bytes {
            value = Objects.requireNonNull(value, "bytes value").clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Bytes bytes && Arrays.equals(value, bytes.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "Bytes[" + Base64.getEncoder().encodeToString(value) + "]";
        }
    }

    /** A one-dimensional array of non-array values. */
    record Array(List<SqlValue> elements) implements SqlValue {
        public Array {
            elements = List.copyOf(elements);
            for (SqlValue element : elements) {
                if (element instanceof Array) {
                    throw new IllegalArgumentException("multi-dimensional arrays are not supported");
                }
            }
        }
    }

    SqlValue NULL = new Null();

    static SqlValue text(String value) {
        return value == null ? NULL : new Text(value);
    }

    default boolean isNull() {
        return this instanceof Null;
    }
}
