package com.starlightdesk.sync.remote;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A remote store call that failed, classified so that sync can decide whether to retry. Messages carry
 * the database's or service's text, never parameter values.
 */
public final class RemoteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, in terms of what the caller can do about it. */
    public enum Kind {
        /** The SQL failed (constraint, syntax, permission): retrying the same call fails again. */
        DATABASE_ERROR(false),
        /** The transaction is gone (idle timeout, ended, or aborted). */
        TRANSACTION_NOT_FOUND(false),
        /** The database is resuming from zero capacity: wait and retry. */
        DATABASE_RESUMING(true),
        /** The statement ran past the synchronous limit. */
        STATEMENT_TIMEOUT(true),
        /** Throttled, unavailable or a lost connection: retry with backoff. */
        UNAVAILABLE(true),
        /** The credentials or secret do not allow the call. */
        ACCESS_DENIED(false),
        /** The request itself is wrong (too large a result, unsupported type, bad parameter). */
        BAD_REQUEST(false);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }

    private static final Pattern SQL_STATE = Pattern.compile("SQLState: ([0-9A-Z]{5})");
    private static final Pattern DETAIL = Pattern.compile("(?s)\\s*(Detail|Where|Hint):.*?(?=; SQLState:|$)");

    private final Kind kind;
    private final String sqlState;

    public RemoteException(Kind kind, String message, Throwable cause) {
        this(kind, message, null, cause);
    }

    private RemoteException(Kind kind, String message, String sqlState, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.sqlState = sqlState;
    }

    /**
     * A database error, with PostgreSQL's Detail, Where and Hint parts removed from the message: they can
     * quote row values (a patient's e-mail in a unique-key violation) and messages end up in logs. The
     * cause is not kept for the same reason; the SQLSTATE is.
     */
    static RemoteException databaseError(Kind kind, String what, String message, String sqlState) {
        String state = sqlState;
        if (state == null && message != null) {
            Matcher m = SQL_STATE.matcher(message);
            state = m.find() ? m.group(1) : null;
        }
        String redacted = message == null ? "" : DETAIL.matcher(message).replaceAll("");
        return new RemoteException(kind, what + " failed: " + redacted, state, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The PostgreSQL SQLSTATE of a database error (e.g. 23505 for a duplicate key), when known. */
    public Optional<String> sqlState() {
        return Optional.ofNullable(sqlState);
    }
}
