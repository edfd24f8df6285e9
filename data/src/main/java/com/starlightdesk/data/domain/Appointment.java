package com.starlightdesk.data.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A booked visit of a patient with a provider; times are instants, shown in the practice's zone. */
public record Appointment(
        UUID id,
        UUID patientId,
        UUID providerId,
        Instant startTime,
        Instant endTime,
        AppointmentStatus status,
        AppointmentType appointmentType,
        String chiefComplaint,
        String notes) {

    public Appointment {
        Fields.id("id", id);
        Fields.id("patientId", patientId);
        Fields.id("providerId", providerId);
        startTime = Fields.instant("startTime", startTime);
        endTime = Fields.instant("endTime", endTime);
        if (!endTime.isAfter(startTime)) {
            throw new ValidationException("endTime", "must be after startTime");
        }
        if (Duration.between(startTime, endTime).compareTo(Duration.ofHours(12)) > 0) {
            throw new ValidationException("endTime", "makes the visit longer than 12 hours");
        }
        Fields.required("status", status);
        Fields.required("appointmentType", appointmentType);
        chiefComplaint = Fields.optionalText("chiefComplaint", chiefComplaint, 500);
        notes = Fields.optionalText("notes", notes, 4000);
    }

    /** Whether this visit and [{@code start}, {@code end}) share any time. */
    public boolean overlaps(Instant start, Instant end) {
        return startTime.isBefore(end) && start.isBefore(endTime);
    }
}
