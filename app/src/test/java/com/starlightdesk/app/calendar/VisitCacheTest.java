package com.starlightdesk.app.calendar;

import static com.starlightdesk.app.calendar.Visits.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class VisitCacheTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final List<CalendarVisit> VISITS = List.of(visit("09:00", "09:30"));

    private final VisitCache cache = new VisitCache();

    @Test
    void keepsARangeReadSinceTheLastChange() {
        CalendarRange week = week(0);
        assertNull(cache.get(week), "nothing kept yet");
        cache.put(week, VISITS, cache.generation());
        assertSame(VISITS, cache.get(week));
        assertNull(cache.get(week(1)));
    }

    @Test
    void aChangeForgetsEveryRangeAndMovesTheGeneration() {
        cache.put(week(0), VISITS, cache.generation());
        long before = cache.generation();
        cache.clear();
        assertNull(cache.get(week(0)));
        assertNotEquals(before, cache.generation());
    }

    @Test
    void aReadThatStartedBeforeAChangeIsNotKept() {
        long readAt = cache.generation();
        cache.clear(); // a write or a sync while the read ran
        cache.put(week(0), VISITS, readAt);
        assertNull(cache.get(week(0)), "it may miss the change");
    }

    @Test
    void aRangeIsReadAheadOnceAtATime() {
        assertTrue(cache.startReading(week(1)));
        assertFalse(cache.startReading(week(1)), "already being read");
        cache.put(week(1), VISITS, cache.generation());
        assertFalse(cache.startReading(week(1)), "already kept");
    }

    @Test
    void aFailedReadAheadMayStartAgain() {
        long readAt = cache.generation();
        assertTrue(cache.startReading(week(1)));
        cache.readFailed(week(1), readAt);
        assertTrue(cache.startReading(week(1)));
    }

    @Test
    void aChangeAllowsAFreshReadAheadOfARangeBeingRead() {
        assertTrue(cache.startReading(week(1)));
        cache.clear();
        assertTrue(cache.startReading(week(1)), "the read under way may miss the change");
    }

    @Test
    void theEndOfAStaleReadLeavesTheFreshReadAlone() {
        long stale = cache.generation();
        cache.startReading(week(1));
        cache.clear();
        long fresh = cache.generation();
        cache.startReading(week(1));

        cache.put(week(1), VISITS, stale);
        assertNull(cache.get(week(1)));
        assertFalse(cache.startReading(week(1)), "the fresh read is still under way");
        cache.readFailed(week(1), stale);
        assertFalse(cache.startReading(week(1)), "a stale failure does not end the fresh read");

        cache.put(week(1), VISITS, fresh);
        assertSame(VISITS, cache.get(week(1)));
    }

    @Test
    void holdsEightRangesAndLetsTheLeastRecentlyUsedGo() {
        for (int i = 0; i < 8; i++) {
            cache.put(week(i), VISITS, cache.generation());
        }
        assertSame(VISITS, cache.get(week(0)), "all eight kept; week 0 is now the most recently used");
        cache.put(week(8), VISITS, cache.generation());
        assertSame(VISITS, cache.get(week(0)));
        assertNull(cache.get(week(1)), "the least recently used went");
        for (int i = 2; i <= 8; i++) {
            assertSame(VISITS, cache.get(week(i)), "week " + i);
        }
    }

    @Test
    void rangesOfOtherModesAreKeptApart() {
        CalendarRange day = CalendarRange.of(CalendarMode.DAY, MONDAY);
        cache.put(day, VISITS, cache.generation());
        assertNull(cache.get(week(0)), "the day's visits are not the week's");
        assertEquals(VISITS, cache.get(CalendarRange.of(CalendarMode.DAY, MONDAY)), "an equal range finds them");
    }

    private static CalendarRange week(int offset) {
        return CalendarRange.of(CalendarMode.WEEK, MONDAY.plusWeeks(offset));
    }
}
