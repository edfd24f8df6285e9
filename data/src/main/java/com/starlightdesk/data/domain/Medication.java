package com.starlightdesk.data.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A medication on a chart; inactivated (with a time and a reason), never deleted. {@code prescribedBy} is one
 * of the practice's providers; {@code prescriber} names one from outside the practice.
 */
public record Medication(
        UUID id,
        UUID patientId,
        UUID prescribedBy,
        String name,
        String dosage,
        String frequency,
        LocalDate startedOn,
        LocalDate endedOn,
        ClinicalStatus status,
        Instant inactivatedAt,
        String route,
        String prescriber,
        MedicationInactivation inactivationReason,
        String inactivationNote) {

    public Medication {
        Fields.id("id", id);
        Fields.id("patientId", patientId);
        name = Fields.text("name", name, 200);
        dosage = Fields.optionalText("dosage", dosage, 100);
        frequency = Fields.optionalText("frequency", frequency, 100);
        Fields.required("startedOn", startedOn);
        Fields.notBefore("endedOn", endedOn, "startedOn", startedOn);
        Fields.required("status", status);
        inactivatedAt = Fields.optionalInstant(inactivatedAt);
        if ((status == ClinicalStatus.INACTIVE) != (inactivatedAt != null)) {
            throw new ValidationException("inactivatedAt", "is set exactly when the medication is inactive");
        }
        route = Fields.optionalText("route", route, 50);
        prescriber = Fields.optionalText("prescriber", prescriber, 200);
        if (status == ClinicalStatus.ACTIVE && inactivationReason != null) {
            throw new ValidationException("inactivationReason", "applies to an inactive medication only");
        }
        inactivationNote = Fields.optionalText("inactivationNote", inactivationNote, 500);
    }

    /** This medication inactivated at {@code at} for {@code reason}, with an optional note. */
    public Medication inactivate(Instant at, MedicationInactivation reason, String note) {
        Fields.required("inactivationReason", reason);
        return new Medication(id, patientId, prescribedBy, name, dosage, frequency, startedOn, endedOn, ClinicalStatus.INACTIVE, at,
                route, prescriber, reason, note);
    }
}
