package com.starlightdesk.app.conflicts;

import java.util.Objects;
import java.util.UUID;

/**
 * One open conflict as the Conflicts screen lists it: a heading ("Patient Nadia Khan · phone"), what
 * happened in the clinic's words, whether this user may settle it, whether the other value may be
 * taken, and why not when it may not. The texts may hold a patient's data (they are built only for a
 * user who may see it): show them, never log them. Immutable; its string form names no values.
 */
public record ConflictEntry(UUID id, String heading, String detail, boolean mayResolve, boolean canTakeOther, String note) {

    public ConflictEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(detail, "detail");
        note = note == null ? "" : note;
    }

    @Override
    public String toString() {
        return "ConflictEntry[" + id + (mayResolve ? "" : ", read-only") + (canTakeOther ? "" : ", keep only") + "]";
    }
}
