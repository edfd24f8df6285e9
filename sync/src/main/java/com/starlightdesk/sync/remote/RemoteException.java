package com.starlightdesk.sync.remote;

import java.util.Objects;

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

    private final Kind kind;

    public RemoteException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
