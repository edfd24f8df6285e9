package com.starlightdesk.app.calendar;

import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.AppointmentType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Visits on one day for the calendar's unit tests, named by their times ("09:00"–"09:30"). */
final class Visits {
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static final UUID DR_A = UUID.fromString("00000000-0000-7000-8000-00000000000a");
    static final UUID DR_B = UUID.fromString("00000000-0000-7000-8000-00000000000b");
    static final UUID KIM = UUID.fromString("00000000-0000-7000-8000-0000000000c1");
    static final UUID LEE = UUID.fromString("00000000-0000-7000-8000-0000000000c2");
    static final UUID ROY = UUID.fromString("00000000-0000-7000-8000-0000000000c3");

    private Visits() {
    }

    static Appointment appointment(UUID provider, UUID patient, String from, String to, AppointmentStatus status) {
        return new Appointment(UUID.randomUUID(), patient, provider, at(from), at(to), status, AppointmentType.CHECKUP, null, null);
    }

    static Appointment appointment(UUID provider, UUID patient, String from, String to) {
        return appointment(provider, patient, from, to, AppointmentStatus.SCHEDULED);
    }

    static CalendarVisit visit(String from, String to) {
        return new CalendarVisit(appointment(DR_A, KIM, from, to), "Kim", "Dr. A", "provider-0", false, false);
    }

    static Instant at(String time) {
        return DAY.atTime(LocalTime.parse(time)).toInstant(ZoneOffset.UTC);
    }
}
