package com.starlightdesk.app.calendar;

import com.starlightdesk.data.domain.Appointment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Finds, among loaded visits, the live ones that share time with another live visit of the same
 * provider or the same patient (those already in the database count too). Stateless.
 */
public final class DoubleBookings {
    private static final Comparator<Appointment> BY_START = Comparator.comparing(Appointment::startTime);

    private DoubleBookings() {
    }

    /** Ids of the visits in {@code visits} that double-book a provider or a patient. */
    public static Set<UUID> among(List<Appointment> visits) {
        List<Appointment> live = new ArrayList<>(visits.size());
        for (Appointment a : visits) {
            if (CalendarVisit.isLive(a.status())) {
                live.add(a);
            }
        }
        // The range reads come sorted by start time already: then this sort only checks the order.
        live.sort(BY_START);
        Set<UUID> clashing = new HashSet<>();
        for (int i = 0; i < live.size(); i++) {
            Appointment a = live.get(i);
            for (int j = i + 1; j < live.size() && live.get(j).startTime().isBefore(a.endTime()); j++) {
                Appointment b = live.get(j);
                if (a.providerId().equals(b.providerId()) || a.patientId().equals(b.patientId())) {
                    clashing.add(a.id());
                    clashing.add(b.id());
                }
            }
        }
        return clashing;
    }
}
