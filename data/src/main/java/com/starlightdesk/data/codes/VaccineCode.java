package com.starlightdesk.data.codes;

import java.util.Objects;

/**
 * One CDC CVX code: the code as text ({@code 08}), CDC's short description ({@code Hep B, adolescent or
 * pediatric}), full name and status ({@code Active}, {@code Inactive}, {@code Non-US}, {@code Never Active}, or
 * empty where CDC's list did not give one). Immutable.
 */
public record VaccineCode(String cvx, String shortDescription, String fullName, String status) {

    public VaccineCode {
        Objects.requireNonNull(cvx, "cvx");
        Objects.requireNonNull(shortDescription, "shortDescription");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(status, "status");
    }

    /** Whether the vaccine may be chosen for a dose given now (CDC status Active). */
    public boolean isActive() {
        return status.equals("Active");
    }

    /** {@code 08 Hep B, adolescent or pediatric}: the code, then its short description. */
    public String label() {
        return cvx + " " + shortDescription;
    }
}
