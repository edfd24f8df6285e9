package com.starlightdesk.app.patients;

import java.util.UUID;

/**
 * One choice of a Patients list filter that picks by id (a plan, a provider): any value, none at all
 * ("No plan"), or one of them. Immutable.
 */
public record ListChoice(Kind kind, UUID id, String label) {
    public enum Kind { ANY, NONE, ONE }

    public static ListChoice any(String label) {
        return new ListChoice(Kind.ANY, null, label);
    }

    public static ListChoice none(String label) {
        return new ListChoice(Kind.NONE, null, label);
    }

    public static ListChoice of(UUID id, String label) {
        return new ListChoice(Kind.ONE, id, label);
    }

    /** Whether a patient whose value is {@code value} (null: none) passes this choice. */
    public boolean matches(UUID value) {
        return switch (kind) {
            case ANY -> true;
            case NONE -> value == null;
            case ONE -> id.equals(value);
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
