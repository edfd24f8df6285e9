package com.starlightdesk.data.domain;

import java.util.UUID;

/** A person who signs in to the practice's desk: an admin, a provider or a staff member. */
public record User(UUID id, String email, String displayName, Role role, String externalAuthId, boolean isActive) {
    public User {
        Fields.id("id", id);
        email = Fields.email("email", email);
        displayName = Fields.text("displayName", displayName, 200);
        Fields.required("role", role);
        externalAuthId = Fields.optionalText("externalAuthId", externalAuthId, 200);
    }
}
