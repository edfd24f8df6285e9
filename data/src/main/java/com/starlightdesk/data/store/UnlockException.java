package com.starlightdesk.data.store;

import java.time.Instant;

/** Why a store could not be opened for a user. The message is safe to show; it holds no secrets. */
public final class UnlockException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The reasons a sign-in fails. */
    public enum Reason {
        /** No key slot for that email on this store. */
        UNKNOWN_USER,
        /** The user's key slot opened, but an admin has deactivated the user. */
        DEACTIVATED,
        /** The password did not open the user's key slot. */
        WRONG_PASSWORD,
        /** Too many wrong passwords in a row; try again after {@link #lockedUntil()}. */
        LOCKED_OUT,
        /** The store's files are missing, damaged or in use by another program. */
        STORE_UNAVAILABLE
    }

    private final Reason reason;
    private final Instant lockedUntil;

    public UnlockException(Reason reason, String message, Instant lockedUntil) {
        super(message);
        this.reason = reason;
        this.lockedUntil = lockedUntil;
    }

    public UnlockException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** When a lockout ends, or null. */
    public Instant lockedUntil() {
        return lockedUntil;
    }
}
