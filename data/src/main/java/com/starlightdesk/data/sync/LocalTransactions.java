package com.starlightdesk.data.sync;

import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Runs sync's local work through Jdbi. A failure is reported by its SQLSTATE only: the statements carry a
 * patient's data in their arguments, and Jdbi's messages would repeat them. Stateless.
 */
final class LocalTransactions {
    private LocalTransactions() {
    }

    /** {@code work} in one local transaction, committed when it returns and rolled back when it throws. */
    static <T> T inTransaction(Jdbi jdbi, HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.inTransaction(work);
        } catch (JdbiException e) {
            throw failed(e);
        }
    }

    /** {@code work} on one handle, each statement committed on its own. */
    static <T> T withHandle(Jdbi jdbi, HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.withHandle(work);
        } catch (JdbiException e) {
            throw failed(e);
        }
    }

    /** The failure of a local sync statement, naming its SQLSTATE and nothing else. */
    static IllegalStateException failed(Throwable e) {
        return new IllegalStateException("Local sync transaction failed (SQLState " + sqlState(e) + ")", null);
    }

    /** The SQLSTATE of the first SQL exception among {@code e}'s causes, or null. */
    static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
