package com.starlightdesk.app.calendar;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The visits of the ranges shown last and of their neighbours, read ahead in the background, so that
 * a week switch finds its visits in memory. Every write of the calendar and every change of the store
 * beneath it (a sync) clears it; a read that started before a clear is not kept. Holds a few ranges
 * (the least recently used goes). Confined to the calendar model's thread.
 */
final class VisitCache {
    private static final int RANGES = 8;

    private final Map<CalendarRange, List<CalendarVisit>> ranges = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CalendarRange, List<CalendarVisit>> eldest) {
            return size() > RANGES;
        }
    };
    private final Map<CalendarRange, Long> reading = new HashMap<>();
    private long generation;

    /** The kept visits of {@code range}, or null. */
    List<CalendarVisit> get(CalendarRange range) {
        return ranges.get(range);
    }

    /** Changes with every {@link #clear}: reads remember it to be kept only if nothing changed since. */
    long generation() {
        return generation;
    }

    /** Keeps a read of {@code range} that started at {@code readAt} (unless the store changed since). */
    void put(CalendarRange range, List<CalendarVisit> visits, long readAt) {
        if (reading.get(range) != null && reading.get(range) == readAt) {
            reading.remove(range);
        }
        if (readAt == generation) {
            ranges.put(range, visits);
        }
    }

    /** Whether a read ahead of {@code range} should start (it is neither kept nor being read). */
    boolean startReading(CalendarRange range) {
        if (ranges.containsKey(range) || reading.containsKey(range)) {
            return false;
        }
        reading.put(range, generation);
        return true;
    }

    /** A read ahead of {@code range} that started at {@code readAt} failed. */
    void readFailed(CalendarRange range, long readAt) {
        reading.remove(range, readAt);
    }

    /** Forgets everything (a write, or the store changed beneath the calendar). */
    void clear() {
        ranges.clear();
        reading.clear();
        generation++;
    }
}
