package com.starlightdesk.app.calendar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Side-by-side placement of one day's overlapping visits: each visit gets a lane and the number of
 * lanes of its cluster of overlaps. Stateless.
 */
public final class VisitLanes {
    /** A visit's lane and how many lanes share its time. */
    public record Lane(int index, int count) {
    }

    private VisitLanes() {
    }

    public static Map<UUID, Lane> of(List<CalendarVisit> day) {
        List<CalendarVisit> sorted = new ArrayList<>(day);
        sorted.sort(Comparator.comparing((CalendarVisit v) -> v.appointment().startTime())
                .thenComparing(v -> v.appointment().endTime(), Comparator.reverseOrder()));
        Map<UUID, Lane> lanes = new HashMap<>();
        List<CalendarVisit> cluster = new ArrayList<>();
        List<java.time.Instant> laneEnds = new ArrayList<>();
        java.time.Instant clusterEnd = null;
        Map<UUID, Integer> index = new HashMap<>();
        for (CalendarVisit v : sorted) {
            if (clusterEnd != null && !v.appointment().startTime().isBefore(clusterEnd)) {
                close(cluster, index, laneEnds.size(), lanes);
                cluster.clear();
                laneEnds.clear();
                clusterEnd = null;
            }
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane).isAfter(v.appointment().startTime())) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(v.appointment().endTime());
            } else {
                laneEnds.set(lane, v.appointment().endTime());
            }
            index.put(v.appointment().id(), lane);
            cluster.add(v);
            clusterEnd = clusterEnd == null || v.appointment().endTime().isAfter(clusterEnd) ? v.appointment().endTime() : clusterEnd;
        }
        close(cluster, index, laneEnds.size(), lanes);
        return lanes;
    }

    private static void close(List<CalendarVisit> cluster, Map<UUID, Integer> index, int count, Map<UUID, Lane> lanes) {
        for (CalendarVisit v : cluster) {
            lanes.put(v.appointment().id(), new Lane(index.get(v.appointment().id()), Math.max(1, count)));
        }
    }
}
