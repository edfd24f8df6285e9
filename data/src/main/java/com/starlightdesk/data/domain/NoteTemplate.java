package com.starlightdesk.data.domain;

import java.util.UUID;

/**
 * A template a provider starts a visit note from: its name as the chooser lists it, its kind, for a
 * well-child template the ages it fits (in months, {@code minAgeMonths} inclusive to {@code maxAgeMonths}
 * exclusive) and the text each part of the note starts with ({@code content}: a {@link SoapNote} as JSON).
 * Inactive templates stay for the notes already written from them but are no longer offered.
 */
public record NoteTemplate(UUID id, String name, NoteKind kind, Integer minAgeMonths, Integer maxAgeMonths,
        String content, boolean isActive) {
    /** The oldest age a template may name: 25 years, in months. */
    public static final int MAX_AGE_MONTHS = 300;

    public NoteTemplate {
        Fields.id("id", id);
        name = Fields.text("name", name, 100);
        Fields.required("kind", kind);
        Fields.optionalRange("minAgeMonths", minAgeMonths, 0, MAX_AGE_MONTHS - 1);
        Fields.optionalRange("maxAgeMonths", maxAgeMonths, 1, MAX_AGE_MONTHS);
        if (minAgeMonths != null && maxAgeMonths != null && maxAgeMonths <= minAgeMonths) {
            throw new ValidationException("maxAgeMonths", "must be above the lowest age");
        }
        content = ClinicalContent.canonical("content", content);
    }

    /** The text the template gives each part of a note. */
    public SoapNote note() {
        return SoapNote.fromContent(content);
    }

    /** Whether this template fits a child of {@code ageMonths} completed months (a template with no ages fits all). */
    public boolean fits(int ageMonths) {
        return (minAgeMonths == null || ageMonths >= minAgeMonths) && (maxAgeMonths == null || ageMonths < maxAgeMonths);
    }

    /** This template with other values, as the Note templates page saves it. */
    public NoteTemplate with(String newName, NoteKind newKind, Integer newMin, Integer newMax, SoapNote text, boolean active) {
        return new NoteTemplate(id, newName, newKind, newMin, newMax, text.content(), active);
    }
}
