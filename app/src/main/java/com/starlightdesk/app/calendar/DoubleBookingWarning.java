package com.starlightdesk.app.calendar;

import com.starlightdesk.data.domain.Appointment;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Words for a double booking, as shown on screen (never logged). Stateless. */
public final class DoubleBookingWarning {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.US);

    private DoubleBookingWarning() {
    }

    /** "" when {@code clashes} is empty; otherwise which kind of double booking and when. */
    public static String describe(List<Appointment> clashes, Appointment candidate, ZoneId zone) {
        if (clashes.isEmpty()) {
            return "";
        }
        boolean provider = clashes.stream().anyMatch(a -> a.providerId().equals(candidate.providerId()));
        boolean patient = clashes.stream().anyMatch(a -> a.patientId().equals(candidate.patientId()));
        String who = provider && patient ? "the provider and the patient" : provider ? "the provider" : "the patient";
        Appointment first = clashes.get(0);
        return "Double booking: overlaps " + (clashes.size() == 1 ? "another visit" : clashes.size() + " other visits")
                + " of " + who + ", at " + TIME.format(first.startTime().atZone(zone)) + "–" + TIME.format(first.endTime().atZone(zone))
                + " on " + DAY.format(first.startTime().atZone(zone)) + ".";
    }
}
