package com.starlightdesk.sync.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class WireFormatsTest {

    @Test
    void timestampsReadWithEveryFractionLength() {
        assertEquals(LocalDateTime.of(2026, 3, 8, 2, 30, 5), WireFormats.parseLocalDateTime("2026-03-08 02:30:05"));
        assertEquals(LocalDateTime.of(2026, 3, 8, 2, 30, 5, 100_000_000), WireFormats.parseLocalDateTime("2026-03-08 02:30:05.1"));
        assertEquals(LocalDateTime.of(2026, 3, 8, 2, 30, 5, 123_456_000), WireFormats.parseLocalDateTime("2026-03-08 02:30:05.123456"));
        assertEquals(LocalDateTime.of(2026, 3, 8, 2, 30, 5, 123_456_789), WireFormats.parseLocalDateTime("2026-03-08 02:30:05.123456789"));
        assertEquals(Instant.parse("2026-11-01T06:59:59.999999Z"), WireFormats.parseInstant("2026-11-01 06:59:59.999999"));
        assertEquals(LocalDateTime.of(2024, 2, 29, 23, 59, 59, 500_000_000), WireFormats.parseJsonTimestamp("2024-02-29T23:59:59.5"));
    }

    @Test
    void formattedTimestampsReadBackExactly() {
        Instant t = Instant.parse("2026-11-23T11:28:00.120300Z");
        assertEquals(t, WireFormats.parseInstant(WireFormats.timestamp(t)));
    }

    @Test
    void malformedTimestampsAreRefused() {
        assertThrows(DateTimeParseException.class, () -> WireFormats.parseLocalDateTime("2026-02-30 10:00:00"));
        assertThrows(DateTimeParseException.class, () -> WireFormats.parseLocalDateTime("2026-13-01 10:00:00"));
        assertThrows(DateTimeParseException.class, () -> WireFormats.parseLocalDateTime("2026-01-01T10:00:00"));
        assertThrows(DateTimeParseException.class, () -> WireFormats.parseLocalDateTime("2026-01-01 10:00:0x"));
        assertThrows(DateTimeParseException.class, () -> WireFormats.parseJsonTimestamp("2026-01-01 10:00:00"));
    }
}
