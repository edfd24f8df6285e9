package com.starlightdesk.data.domain;

import java.util.UUID;
import java.util.regex.Pattern;

/** A clinician who sees patients; {@code color} is the calendar colour, {@code #RRGGBB}. */
public record Provider(UUID id, UUID userId, String name, String specialty, String email, String color, boolean isActive) {
    private static final Pattern COLOR = Pattern.compile("^#[0-9A-Fa-f]{6}$");

    public Provider {
        Fields.id("id", id);
        name = Fields.text("name", name, 200);
        specialty = Fields.optionalText("specialty", specialty, 100);
        email = Fields.optionalEmail("email", email);
        color = Fields.optionalText("color", color, 7);
        if (color != null && !COLOR.matcher(color).matches()) {
            throw new ValidationException("color", "must be #RRGGBB");
        }
    }
}
