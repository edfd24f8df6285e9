package com.starlightdesk.schema;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps Flyway's "upgrade recommended: H2 2.4.240 is newer than this version of Flyway" notice out of the
 * terminal. Flyway logs it as a warning each time it opens a database, so every command that migrates a
 * store printed it, though nothing is wrong: the H2 version was chosen on purpose (see README, Data and
 * security). The notice is logged once per process at {@code FINE} on the same logger; every other record
 * passes (through the filter the logger had before, if any). Thread-safe.
 */
final class FlywayVersionNotice implements Filter {
    /** The logger Flyway warns on (through SLF4J's java.util.logging binding, or java.util.logging itself). */
    static final String FLYWAY_DATABASE_LOGGER = "org.flywaydb.core.internal.database.base.Database";

    /** Held for the life of the process: java.util.logging keeps loggers weakly, and a collected one loses its filter. */
    private static final Logger FLYWAY_DATABASE = Logger.getLogger(FLYWAY_DATABASE_LOGGER);

    private final Logger logger;
    private final Filter previous;
    private final AtomicBoolean logged = new AtomicBoolean();

    FlywayVersionNotice(Logger logger, Filter previous) {
        this.logger = logger;
        this.previous = previous;
    }

    /** Puts the filter on Flyway's logger, once. */
    static void install() {
        synchronized (FLYWAY_DATABASE) {
            Filter current = FLYWAY_DATABASE.getFilter();
            if (!(current instanceof FlywayVersionNotice)) {
                FLYWAY_DATABASE.setFilter(new FlywayVersionNotice(FLYWAY_DATABASE, current));
            }
        }
    }

    /** Whether {@code message} is Flyway's notice that the database is newer than it has been tested with. */
    static boolean isVersionNotice(String message) {
        return message != null && message.startsWith("Flyway upgrade recommended:")
                && message.contains(" is newer than this version of Flyway");
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record.getLevel().intValue() > Level.FINE.intValue() && isVersionNotice(record.getMessage())) {
            if (logged.compareAndSet(false, true)) {
                LogRecord quiet = new LogRecord(Level.FINE, record.getMessage());
                quiet.setLoggerName(record.getLoggerName());
                quiet.setSourceClassName(record.getSourceClassName());
                quiet.setSourceMethodName(record.getSourceMethodName());
                logger.log(quiet);
            }
            return false;
        }
        return previous == null || previous.isLoggable(record);
    }
}
