package com.starlightdesk.data.domain;

/**
 * Bad input, named by the field it came in through. The message is safe to show to staff: it names
 * the field and the rule, never the offending value (which may be PHI).
 */
public final class ValidationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public ValidationException(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
    }

    /** The field (column or form field name) that failed. */
    public String field() {
        return field;
    }
}
