package com.starlightdesk.data.domain;

/** A postal address, stored as a JSON object. */
public record Address(String line1, String line2, String city, String state, String postalCode) {
    public Address {
        line1 = Fields.optionalText("address.line1", line1, 200);
        line2 = Fields.optionalText("address.line2", line2, 200);
        city = Fields.optionalText("address.city", city, 100);
        state = Fields.optionalText("address.state", state, 50);
        postalCode = Fields.optionalText("address.postalCode", postalCode, 16);
    }
}
