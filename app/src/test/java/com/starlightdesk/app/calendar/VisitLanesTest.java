package com.starlightdesk.app.calendar;

import static com.starlightdesk.app.calendar.Visits.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.calendar.VisitLanes.Lane;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

final class VisitLanesTest {

    @Test
    void aDayWithoutVisitsHasNoLanes() {
        assertTrue(VisitLanes.of(List.of()).isEmpty());
    }

    @Test
    void aVisitAloneTakesTheWholeColumn() {
        CalendarVisit alone = visit("09:00", "09:30");
        assertEquals(Map.of(id(alone), new Lane(0, 1)), VisitLanes.of(List.of(alone)));
    }

    @Test
    void visitsThatOnlyTouchDoNotShareTheColumn() {
        CalendarVisit first = visit("09:00", "09:30");
        CalendarVisit next = visit("09:30", "10:00");
        Map<UUID, Lane> lanes = VisitLanes.of(List.of(first, next));
        assertEquals(new Lane(0, 1), lanes.get(id(first)));
        assertEquals(new Lane(0, 1), lanes.get(id(next)), "an end and a start at the same minute are no overlap");
    }

    @Test
    void overlappingVisitsStandSideBySide() {
        CalendarVisit first = visit("09:00", "10:00");
        CalendarVisit second = visit("09:30", "10:30");
        Map<UUID, Lane> lanes = VisitLanes.of(List.of(first, second));
        assertEquals(new Lane(0, 2), lanes.get(id(first)));
        assertEquals(new Lane(1, 2), lanes.get(id(second)));
    }

    @Test
    void ofTwoStartingTogetherTheLongerTakesTheFirstLane() {
        CalendarVisit shorter = visit("09:00", "09:15");
        CalendarVisit longer = visit("09:00", "10:00");
        Map<UUID, Lane> lanes = VisitLanes.of(List.of(shorter, longer));
        assertEquals(new Lane(0, 2), lanes.get(id(longer)));
        assertEquals(new Lane(1, 2), lanes.get(id(shorter)));
    }

    @Test
    void aLaneFreedWithinAClusterIsTakenAgainAndTheClusterKeepsItsWidth() {
        // 9:00-10:00 overlaps both others; 9:15-9:30 ends before 9:45 starts, so 9:45 reuses its lane.
        CalendarVisit longOne = visit("09:00", "10:00");
        CalendarVisit early = visit("09:15", "09:30");
        CalendarVisit late = visit("09:45", "10:15");
        Map<UUID, Lane> lanes = VisitLanes.of(List.of(late, longOne, early));
        assertEquals(new Lane(0, 2), lanes.get(id(longOne)));
        assertEquals(new Lane(1, 2), lanes.get(id(early)));
        assertEquals(new Lane(1, 2), lanes.get(id(late)));
    }

    @Test
    void aChainOfOverlapsIsOneClusterEvenWhereItsEndsDoNotMeet() {
        CalendarVisit a = visit("09:00", "09:40");
        CalendarVisit b = visit("09:30", "10:10");
        CalendarVisit c = visit("10:00", "10:30");
        Map<UUID, Lane> lanes = VisitLanes.of(List.of(a, b, c));
        assertEquals(new Lane(0, 2), lanes.get(id(a)));
        assertEquals(new Lane(1, 2), lanes.get(id(b)));
        assertEquals(new Lane(0, 2), lanes.get(id(c)), "a and c never meet but share b's cluster");
    }

    @Test
    void eachClusterHasItsOwnWidth() {
        CalendarVisit a = visit("09:00", "10:00");
        CalendarVisit b = visit("09:00", "10:00");
        CalendarVisit c = visit("09:00", "10:00");
        CalendarVisit afternoon = visit("14:00", "14:30");
        Map<UUID, Lane> lanes = VisitLanes.of(List.of(a, b, c, afternoon));
        assertEquals(List.of(0, 1, 2), List.of(a, b, c).stream().map(v -> lanes.get(id(v)).index()).sorted().toList());
        assertTrue(List.of(a, b, c).stream().allMatch(v -> lanes.get(id(v)).count() == 3));
        assertEquals(new Lane(0, 1), lanes.get(id(afternoon)), "the morning's three lanes do not narrow the afternoon");
    }

    @Test
    void theOrderOfTheInputDoesNotMatter() {
        List<CalendarVisit> day = new ArrayList<>(List.of(visit("08:00", "09:00"), visit("08:30", "09:30"), visit("08:45", "09:15"),
                visit("09:00", "10:00"), visit("11:00", "11:30"), visit("11:15", "12:00")));
        Map<UUID, Lane> sorted = VisitLanes.of(day);
        Collections.reverse(day);
        assertEquals(sorted, VisitLanes.of(day));
        Collections.shuffle(day, new java.util.Random(7));
        assertEquals(sorted, VisitLanes.of(day));
        assertEquals(day.size(), sorted.size(), "every visit has a lane");
        assertTrue(sorted.values().stream().allMatch(l -> l.index() >= 0 && l.index() < l.count()));
    }

    private static UUID id(CalendarVisit v) {
        return v.appointment().id();
    }
}
