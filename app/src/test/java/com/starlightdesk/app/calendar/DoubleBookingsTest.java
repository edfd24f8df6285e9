package com.starlightdesk.app.calendar;

import static com.starlightdesk.app.calendar.Visits.DR_A;
import static com.starlightdesk.app.calendar.Visits.DR_B;
import static com.starlightdesk.app.calendar.Visits.KIM;
import static com.starlightdesk.app.calendar.Visits.LEE;
import static com.starlightdesk.app.calendar.Visits.ROY;
import static com.starlightdesk.app.calendar.Visits.appointment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class DoubleBookingsTest {

    @Test
    void nothingLoadedNothingDoubleBooked() {
        assertTrue(DoubleBookings.among(List.of()).isEmpty());
    }

    @Test
    void aProviderWithTwoPatientsAtOnceIsDoubleBooked() {
        Appointment kim = appointment(DR_A, KIM, "09:00", "09:30");
        Appointment lee = appointment(DR_A, LEE, "09:15", "09:45");
        assertEquals(Set.of(kim.id(), lee.id()), DoubleBookings.among(List.of(kim, lee)));
    }

    @Test
    void aPatientWithTwoProvidersAtOnceIsDoubleBooked() {
        Appointment withA = appointment(DR_A, KIM, "09:00", "09:30");
        Appointment withB = appointment(DR_B, KIM, "09:00", "09:30");
        assertEquals(Set.of(withA.id(), withB.id()), DoubleBookings.among(List.of(withA, withB)));
    }

    @Test
    void differentProvidersWithDifferentPatientsMayShareTime() {
        Appointment kim = appointment(DR_A, KIM, "09:00", "10:00");
        Appointment lee = appointment(DR_B, LEE, "09:00", "10:00");
        assertTrue(DoubleBookings.among(List.of(kim, lee)).isEmpty());
    }

    @Test
    void visitsThatOnlyTouchAreNoDoubleBooking() {
        Appointment first = appointment(DR_A, KIM, "09:00", "09:30");
        Appointment next = appointment(DR_A, KIM, "09:30", "10:00");
        assertTrue(DoubleBookings.among(List.of(first, next)).isEmpty());
    }

    @Test
    void cancelledAndNoShowVisitsHoldNoTime() {
        Appointment live = appointment(DR_A, KIM, "09:00", "09:30");
        Appointment cancelled = appointment(DR_A, LEE, "09:00", "09:30", AppointmentStatus.CANCELLED);
        Appointment noShow = appointment(DR_A, ROY, "09:00", "09:30", AppointmentStatus.NO_SHOW);
        assertTrue(DoubleBookings.among(List.of(live, cancelled, noShow)).isEmpty());
    }

    @Test
    void everyLiveStatusHoldsTime() {
        for (AppointmentStatus status : AppointmentStatus.values()) {
            Appointment booked = appointment(DR_A, KIM, "09:00", "09:30");
            Appointment other = appointment(DR_A, LEE, "09:10", "09:20", status);
            boolean live = status != AppointmentStatus.CANCELLED && status != AppointmentStatus.NO_SHOW;
            assertEquals(live ? Set.of(booked.id(), other.id()) : Set.of(), DoubleBookings.among(List.of(booked, other)),
                    status.code());
        }
    }

    @Test
    void aLongVisitClashesWithALaterOneBeyondTheVisitsBetween() {
        Appointment morning = appointment(DR_A, KIM, "09:00", "12:00");
        Appointment elsewhere = appointment(DR_B, LEE, "09:30", "10:00");
        Appointment late = appointment(DR_A, ROY, "11:30", "12:30");
        assertEquals(Set.of(morning.id(), late.id()), DoubleBookings.among(List.of(morning, elsewhere, late)));
    }

    @Test
    void theOrderOfTheInputDoesNotMatter() {
        Appointment a = appointment(DR_A, KIM, "09:00", "09:30");
        Appointment b = appointment(DR_B, LEE, "09:00", "09:30");
        Appointment c = appointment(DR_B, ROY, "09:20", "09:40");
        Appointment d = appointment(DR_A, ROY, "10:00", "10:30");
        Set<java.util.UUID> expected = Set.of(b.id(), c.id());
        assertEquals(expected, DoubleBookings.among(List.of(a, b, c, d)));
        assertEquals(expected, DoubleBookings.among(List.of(d, c, b, a)));
        assertEquals(expected, DoubleBookings.among(List.of(c, a, d, b)));
    }

    @Test
    void theInputIsLeftAsItWas() {
        Appointment later = appointment(DR_A, KIM, "10:00", "10:30");
        Appointment earlier = appointment(DR_A, LEE, "09:00", "10:15");
        List<Appointment> visits = new java.util.ArrayList<>(List.of(later, earlier));
        DoubleBookings.among(visits);
        assertEquals(List.of(later, earlier), visits);
    }
}
