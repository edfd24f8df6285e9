package com.starlightdesk.sync.api;

import java.util.Objects;

/**
 * Joining a practice failed, with what went wrong in terms the person at the form can act on, and a
 * message that names settings (ARNs, endpoint, database) but never a secret or a patient's data.
 */
public final class JoinException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong, and which field of the form it concerns (if one does). */
    public enum Problem {
        /** A setting is malformed (region, an ARN, the database, the endpoint). */
        BAD_SETTINGS,
        /** The endpoint or the service could not be reached. */
        UNREACHABLE,
        /** The cluster ARN or the database is not known to the server. */
        NOT_FOUND,
        /** The secret is unknown to the server or does not let this PC in. */
        SECRET_REFUSED,
        /** The secret reaches no practice, or another practice than the store's. */
        NO_PRACTICE,
        /** The server's schema is not the one this version of Starlight Desk speaks. */
        SCHEMA_MISMATCH,
        /** The email belongs to a user of the practice who may not set up a PC, or who was deactivated. */
        USER_NOT_ALLOWED,
        /** This PC already holds a store of that practice. */
        ALREADY_ON_THIS_PC,
        /** The password does not meet the password policy. */
        WEAK_PASSWORD,
        /** The first download or the local store failed. */
        FAILED
    }

    private final Problem problem;
    private final String field;

    public JoinException(Problem problem, String field, String message) {
        super(message);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.field = field;
    }

    public Problem problem() {
        return problem;
    }

    /**
     * The form field the failure concerns: "region", "resourceArn", "secretArn", "database", "endpoint",
     * "credentials", "email", "password", or null when it concerns none.
     */
    public String field() {
        return field;
    }
}
