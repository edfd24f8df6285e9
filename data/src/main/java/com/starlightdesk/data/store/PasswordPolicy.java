package com.starlightdesk.data.store;

import com.starlightdesk.data.domain.ValidationException;

/** The rules a new sign-in password must meet. Stateless. */
public final class PasswordPolicy {
    /** Shortest password accepted for a new or changed key slot. */
    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    /** Fails with a field-specific message if {@code password} is too weak to protect PHI. */
    public static void check(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new ValidationException("password", "must be at least " + MIN_LENGTH + " characters");
        }
        if (password.length > 1024) {
            throw new ValidationException("password", "is longer than 1024 characters");
        }
        boolean allSame = true;
        for (char c : password) {
            allSame &= c == password[0];
        }
        if (allSame) {
            throw new ValidationException("password", "must not repeat one character");
        }
    }
}
