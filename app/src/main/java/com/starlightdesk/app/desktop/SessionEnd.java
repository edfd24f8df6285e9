package com.starlightdesk.app.desktop;

import com.starlightdesk.app.concurrent.TaskExecutor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends a signed-in session in the background: stops its sync (a running sync call finishes first), then
 * closes its store. A failure of either is logged at WARNING by its kind only, never its message (messages
 * of database errors can quote patients' data); a store that could not be closed is also told to the
 * person at the desk, who can act on it. Thread-safe.
 */
final class SessionEnd {
    private static final Logger LOG = Logger.getLogger(SessionEnd.class.getName());
    /** Shown when the store could not be closed: what happened and what to do, naming the failure's kind. */
    static final String STORE_NOT_CLOSED = "The practice's files could not be closed (%s). Changes made so far are saved; "
            + "restart Starlight Desk before signing in again.";

    private final TaskExecutor executor;

    SessionEnd(TaskExecutor executor) {
        this.executor = executor;
    }

    /**
     * Stops {@code sync}, then closes {@code store}, off the caller's thread. {@code storeNotClosed} gets
     * words safe to show, on the thread that owns the screens, if the store could not be closed.
     */
    void end(Runnable stopSync, AutoCloseable store, Consumer<String> storeNotClosed) {
        executor.submit(() -> {
            try {
                stopSync.run();
            } catch (RuntimeException failure) {
                // The store closes all the same: sync's own connection is what failed, not the store.
                LOG.log(Level.WARNING, "Sync did not stop cleanly at the end of the session: {0}", failure.getClass().getName());
            }
            store.close();
            return null;
        }, closed -> { }, failure -> {
            LOG.log(Level.WARNING, "The practice store could not be closed at the end of the session: {0}",
                    failure.getClass().getName());
            storeNotClosed.accept(String.format(STORE_NOT_CLOSED, failure.getClass().getSimpleName()));
        });
    }
}
