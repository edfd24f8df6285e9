package com.starlightdesk.app.desktop;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs an unexpected failure by its type and where it happened, never its message: messages of
 * database and parsing errors can quote patients' data. Thread-safe.
 */
final class QuietFailures implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger(QuietFailures.class.getName());

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        StackTraceElement[] trace = failure.getStackTrace();
        String where = trace.length == 0 ? "unknown" : trace[0].toString();
        LOG.log(Level.SEVERE, "Unexpected {0} on thread {1} at {2}",
                new Object[] {failure.getClass().getName(), thread.getName(), where});
    }
}
