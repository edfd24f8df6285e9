package com.starlightdesk.data.domain;

import java.util.UUID;

/** Someone outside the practice: a referring doctor, an insurer, a vendor. */
public record Contact(UUID id, ContactType type, String name, String organization, String email, String phone, String notes) {
    public Contact {
        Fields.id("id", id);
        Fields.required("type", type);
        name = Fields.text("name", name, 200);
        organization = Fields.optionalText("organization", organization, 200);
        email = Fields.optionalEmail("email", email);
        phone = Fields.optionalPhone("phone", phone);
        notes = Fields.optionalText("notes", notes, 4000);
    }
}
