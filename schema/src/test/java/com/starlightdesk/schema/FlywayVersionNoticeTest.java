package com.starlightdesk.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlywayVersionNoticeTest {
    private static final String NOTICE = "Flyway upgrade recommended: H2 2.4.240 is newer than this version of Flyway and"
            + " support has not been tested. The latest supported version of H2 is 2.3.232.";

    @TempDir
    Path dir;

    @Test
    void theNoticeIsLoggedOnceAtFineAndOtherRecordsPass() {
        Logger logger = Logger.getAnonymousLogger();
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.ALL);
        Records records = new Records();
        logger.addHandler(records);
        logger.setFilter(new FlywayVersionNotice(logger, null));

        logger.warning(NOTICE);
        logger.warning("Flyway upgrade recommended: PostgreSQL 99 is newer than this version of Flyway and support has not been tested.");
        logger.warning(NOTICE);
        logger.warning("Validate failed: migrations have failed validation");
        logger.info("Successfully applied 3 migrations");

        assertEquals(List.of("FINE " + NOTICE, "WARNING Validate failed: migrations have failed validation",
                "INFO Successfully applied 3 migrations"), records.seen);
    }

    @Test
    void aFilterTheLoggerHadStillApplies() {
        Logger logger = Logger.getAnonymousLogger();
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.ALL);
        Records records = new Records();
        logger.addHandler(records);
        logger.setFilter(new FlywayVersionNotice(logger, r -> !r.getMessage().startsWith("dropped")));

        logger.warning("dropped by the earlier filter");
        logger.warning("kept");

        assertEquals(List.of("WARNING kept"), records.seen);
    }

    @Test
    void migratingAnH2StoreWarnsNothingAboutTheFlywayVersion() {
        Logger flyway = Logger.getLogger(FlywayVersionNotice.FLYWAY_DATABASE_LOGGER);
        Records records = new Records();
        flyway.addHandler(records);
        try {
            Migrations.migrateLocalStore(TestDatabases.h2(dir, "notice"));
        } finally {
            flyway.removeHandler(records);
        }
        assertTrue(flyway.getFilter() instanceof FlywayVersionNotice, "the filter is on Flyway's logger");
        assertFalse(records.seen.stream().anyMatch(r -> !r.startsWith("FINE") && FlywayVersionNotice.isVersionNotice(r.substring(r.indexOf(' ') + 1))),
                "no version notice above FINE: " + records.seen);
    }

    /** Every record a logger hands on, as "LEVEL message". */
    private static final class Records extends Handler {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            seen.add(record.getLevel() + " " + record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
