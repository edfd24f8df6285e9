package com.starlightdesk.app.calendar;

import static com.starlightdesk.app.calendar.WeekGeometry.GUTTER;
import static com.starlightdesk.app.calendar.WeekGeometry.HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.starlightdesk.app.calendar.VisitLanes.Lane;
import com.starlightdesk.app.calendar.WeekGeometry.Box;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

final class WeekGeometryTest {
    private static final double EPSILON = 1e-9;
    /** 8 AM to 6 PM: ten hours of 50 px below the header (and the 8 px margin at the bottom). */
    private static final ShownHours EIGHT_TO_SIX = new ShownHours(8, 18);
    private static final double HEIGHT = HEADER + 8 + 10 * 50;
    /** Seven columns of 100 px after the gutter. */
    private static final double WIDTH = GUTTER + 700;

    private final WeekGeometry week = new WeekGeometry(WIDTH, HEIGHT, EIGHT_TO_SIX, 7, new boolean[7]);

    @Test
    void theShownHoursShareTheHeightBelowTheHeader() {
        assertEquals(50, week.hourHeight(), EPSILON);
        assertEquals(HEADER, week.y(8 * 60), EPSILON, "the first shown hour starts under the header");
        assertEquals(HEADER + 50 * 1.5, week.y(9 * 60 + 30), EPSILON);
        assertEquals(HEADER + 500, week.y(18 * 60), EPSILON);
    }

    @Test
    void hoursNeverGetShorterThanTwentyPixels() {
        WeekGeometry small = new WeekGeometry(WIDTH, 100, new ShownHours(0, 24), 7, new boolean[7]);
        assertEquals(20, small.hourHeight(), EPSILON, "the grid scrolls instead");
    }

    @Test
    void openDaysShareTheWidthAfterTheGutter() {
        for (int i = 0; i < 7; i++) {
            assertEquals(GUTTER + 100 * i, week.columnX(i), EPSILON);
            assertEquals(100, week.columnWidth(i), EPSILON);
        }
    }

    @Test
    void closedDaysWithoutVisitsAreNarrow() {
        boolean[] weekend = {false, false, false, false, false, true, true};
        WeekGeometry geometry = new WeekGeometry(GUTTER + 5.9 * 100, HEIGHT, EIGHT_TO_SIX, 7, weekend);
        assertEquals(100, geometry.columnWidth(0), EPSILON);
        assertEquals(45, geometry.columnWidth(5), EPSILON, "a closed day gets 0.45 of an open one");
        assertEquals(GUTTER + 545, geometry.columnX(6), EPSILON);
        assertEquals(GUTTER + 590, geometry.columnX(6) + geometry.columnWidth(6), EPSILON, "the columns fill the width");
    }

    @Test
    void marksOfAnotherCountOfColumnsAreIgnored() {
        WeekGeometry geometry = new WeekGeometry(WIDTH, HEIGHT, EIGHT_TO_SIX, 7, new boolean[] {true});
        assertEquals(100, geometry.columnWidth(0), EPSILON);
    }

    @Test
    void noColumnsNoneFound() {
        WeekGeometry empty = new WeekGeometry(WIDTH, HEIGHT, EIGHT_TO_SIX, 0, new boolean[0]);
        assertEquals(0, empty.columnCount());
        assertEquals(-1, empty.columnAt(GUTTER + 10));
    }

    @Test
    void findsTheColumnUnderAPoint() {
        assertEquals(-1, week.columnAt(GUTTER - 1), "the hour gutter");
        assertEquals(0, week.columnAt(GUTTER));
        assertEquals(0, week.columnAt(GUTTER + 99.9));
        assertEquals(1, week.columnAt(GUTTER + 100), "a column's right edge belongs to the next");
        assertEquals(6, week.columnAt(WIDTH - 0.1));
        assertEquals(-1, week.columnAt(WIDTH), "past the last column");
    }

    @Test
    void aPointFallsInTheSlotAboveIt() {
        assertEquals(9 * 60, week.slotAt(week.y(9 * 60)));
        assertEquals(9 * 60, week.slotAt(week.y(9 * 60 + 14)), "snapped down to the quarter hour");
        assertEquals(9 * 60 + 15, week.slotAt(week.y(9 * 60 + 15)));
        assertEquals(8 * 60, week.slotAt(0), "in the header: the first slot");
        assertEquals(18 * 60 - 15, week.slotAt(week.y(18 * 60)), "at the bottom: the last slot that fits");
        assertEquals(18 * 60 - 15, week.slotAt(10_000));
    }

    @Test
    void aResizedLowerEdgeSnapsToTheNearestSlot() {
        assertEquals(10 * 60, week.nearestSlotEdge(week.y(10 * 60 + 7)));
        assertEquals(10 * 60 + 15, week.nearestSlotEdge(week.y(10 * 60 + 8)));
    }

    @Test
    void aDragMovesByWholeSlots() {
        assertEquals(0, week.minutesMoved(50.0 * 7 / 60), "seven minutes' worth stays put");
        assertEquals(15, week.minutesMoved(50.0 * 8 / 60));
        assertEquals(60, week.minutesMoved(50));
        assertEquals(-30, week.minutesMoved(-25));
    }

    @Test
    void aVisitAloneFillsItsColumnBetweenItsTimes() {
        Box box = week.visit(2, at(10, 0), at(11, 0), new Lane(0, 1));
        assertEquals(GUTTER + 200 + 2, box.x(), EPSILON);
        assertEquals(100 - 6 - 2, box.width(), EPSILON);
        assertEquals(week.y(10 * 60), box.y(), EPSILON);
        assertEquals(50 - 1, box.height(), EPSILON);
    }

    @Test
    void overlappingVisitsShareTheColumnByLane() {
        Box first = week.visit(0, at(10, 0), at(11, 0), new Lane(0, 2));
        Box second = week.visit(0, at(10, 30), at(11, 30), new Lane(1, 2));
        assertEquals(47 - 2, first.width(), EPSILON);
        assertEquals(first.width(), second.width(), EPSILON);
        assertEquals(first.x() + 47, second.x(), EPSILON);
    }

    @Test
    void visitsAreKeptOnTheGridAndLegible() {
        Box early = week.visit(0, at(7, 0), at(8, 30), new Lane(0, 1));
        assertEquals(HEADER, early.y(), EPSILON, "a visit before the shown hours starts at the top");
        assertEquals(week.y(8 * 60 + 30) - HEADER - 1, early.height(), EPSILON);
        Box short5 = week.visit(0, at(9, 0), at(9, 5), new Lane(0, 1));
        assertEquals(16, short5.height(), EPSILON, "a five-minute visit is still tall enough to read");
        Box overnight = week.visit(0, at(17, 0), at(17, 0).plusHours(8), new Lane(0, 1));
        assertEquals(week.y(24 * 60) - week.y(17 * 60) - 1, overnight.height(), EPSILON, "a visit past midnight ends at midnight");
    }

    @Test
    void theSelectionSpansItsSlots() {
        Box selection = week.selection(1, 9 * 60, 9 * 60 + 30);
        assertEquals(new Box(GUTTER + 102, week.y(9 * 60), 96, 25), selection);
    }

    @Test
    void minutesOfTheDayAndBack() {
        assertEquals(9 * 60 + 45, WeekGeometry.minuteOfDay(at(9, 45)));
        assertEquals(LocalTime.of(9, 45), WeekGeometry.time(9 * 60 + 45));
        assertEquals(LocalTime.MIDNIGHT, WeekGeometry.time(24 * 60), "the end of the day");
    }

    private static ZonedDateTime at(int hour, int minute) {
        return ZonedDateTime.of(LocalDate.of(2026, 11, 23), LocalTime.of(hour, minute), ZoneOffset.UTC);
    }
}
