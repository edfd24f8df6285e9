package com.starlightdesk.data.domain;

/**
 * An enumeration stored as a short code (the value the schema's CHECK constraint allows).
 * Implemented by the domain's enums; the data layer maps them by {@link #code()}.
 */
public interface Coded {

    /** The stored value, e.g. {@code no_show} or {@code meet-and-greet}. */
    String code();

    /** Finds the constant of {@code type} whose code is {@code code}, or fails naming the field. */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String field, String code) {
        if (code == null) {
            throw new ValidationException(field, "is required");
        }
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) {
                return e;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(e.code());
        }
        throw new ValidationException(field, "must be one of " + allowed);
    }
}
