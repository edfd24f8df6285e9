package com.starlightdesk.data.testing;

import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.repo.PracticeData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Visits written straight into a store, for tests of what counts or shows them. Stateless. */
public final class BookedVisits {
    private BookedVisits() {
    }

    /** A new patient (a made-up child) to book visits for. */
    public static Patient patient() {
        return new Patient(Ids.next(), "Ava", "Lee", LocalDate.of(2019, 4, 2), Gender.FEMALE, "Jordan Lee", null,
                "(312) 555-0101", new Address("12 Elm St", null, "Naperville", "IL", "60540"), null, null, null, null,
                PatientStatus.ACTIVE, null, null, null, null, true, null, null, null);
    }

    /** A half-hour checkup of {@code patientId} with {@code providerId} from {@code start}. */
    public static Appointment visit(UUID patientId, UUID providerId, Instant start, AppointmentStatus status) {
        return new Appointment(Ids.next(), patientId, providerId, start, start.plus(Duration.ofMinutes(30)), status,
                AppointmentType.CHECKUP, null, null);
    }

    /** Books {@code count} visits of a new patient with {@code providerId}, an hour apart from {@code first}. */
    public static void book(PracticeData data, UUID providerId, Instant first, int count, AppointmentStatus status) {
        Patient patient = patient();
        data.writeAll(c -> {
            c.insert(patient);
            for (int i = 0; i < count; i++) {
                c.insert(visit(patient.id(), providerId, first.plus(Duration.ofHours(i)), status));
            }
        });
    }
}
