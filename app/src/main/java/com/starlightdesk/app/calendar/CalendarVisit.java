package com.starlightdesk.app.calendar;

import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One appointment as the calendar draws it: with the patient's and provider's names, the style class
 * of the provider's colour, whether it double-books someone, and whether its provider has been
 * deactivated (the visit stays on the calendar, marked). Immutable.
 */
public record CalendarVisit(Appointment appointment, String patientName, String providerName, String providerStyleClass,
        boolean doubleBooked, boolean providerInactive) {

    public ZonedDateTime start(ZoneId zone) {
        return appointment.startTime().atZone(zone);
    }

    public ZonedDateTime end(ZoneId zone) {
        return appointment.endTime().atZone(zone);
    }

    /** Cancelled and no-show visits keep their place on the calendar but hold no time. */
    public boolean isLive() {
        return isLive(appointment.status());
    }

    static boolean isLive(AppointmentStatus status) {
        return status != AppointmentStatus.CANCELLED && status != AppointmentStatus.NO_SHOW;
    }
}
