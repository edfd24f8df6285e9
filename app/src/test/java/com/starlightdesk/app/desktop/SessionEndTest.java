package com.starlightdesk.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class SessionEndTest {
    /** What a database error's message may quote: it must reach neither the log nor the screen. */
    private static final String PHI = "Aarav Patel 2016-05-14";

    private final Logger logger = Logger.getLogger(SessionEnd.class.getName());
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final SessionEnd end = new SessionEnd(new CurrentThreadTaskExecutor());
    private final List<String> steps = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();

    @BeforeEach
    void listen() {
        logger.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(capture);
    }

    @Test
    void stopsSyncBeforeClosingTheStoreAndSaysNothingWhenBothWork() {
        end.end(() -> steps.add("sync stopped"), () -> steps.add("store closed"), shown::add);
        assertEquals(List.of("sync stopped", "store closed"), steps);
        assertTrue(shown.isEmpty());
        assertTrue(logged.isEmpty());
    }

    @Test
    void aSyncThatFailsToStopIsLoggedAndTheStoreStillCloses() {
        end.end(() -> {
            throw new IllegalStateException(PHI);
        }, () -> steps.add("store closed"), shown::add);
        assertEquals(List.of("store closed"), steps);
        assertTrue(shown.isEmpty(), "nothing the person at the desk can do about sync's connection");
        assertEquals(1, logged.size());
        assertEquals(Level.WARNING, logged.get(0).getLevel());
        assertTrue(text(logged.get(0)).contains("IllegalStateException"), text(logged.get(0)));
        assertNoPhi(logged.get(0));
    }

    @Test
    void aStoreThatCannotCloseIsLoggedAndShownWithoutItsMessage() {
        end.end(() -> steps.add("sync stopped"), () -> {
            throw new java.sql.SQLException(PHI);
        }, shown::add);
        assertEquals(List.of("sync stopped"), steps);
        assertEquals(1, logged.size());
        assertEquals(Level.WARNING, logged.get(0).getLevel());
        assertTrue(text(logged.get(0)).contains("SQLException"), text(logged.get(0)));
        assertNoPhi(logged.get(0));
        assertEquals(1, shown.size());
        assertTrue(shown.get(0).contains("could not be closed (SQLException)"), shown.get(0));
        assertTrue(shown.get(0).contains("restart Starlight Desk"), "says what to do: " + shown.get(0));
        assertFalse(shown.get(0).contains(PHI));
    }

    private static String text(LogRecord record) {
        return MessageFormat.format(record.getMessage(), record.getParameters());
    }

    private static void assertNoPhi(LogRecord record) {
        assertFalse(text(record).contains(PHI), text(record));
        assertNull(record.getThrown(), "no stack trace: its message could quote patients' data");
    }
}
