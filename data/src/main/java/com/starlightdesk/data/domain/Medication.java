package com.starlightdesk.data.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A medication on a chart; inactivated (with a time), never deleted. */
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
        Instant inactivatedAt) {

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
    }

    public Medication inactivate(Instant at) {
        return new Medication(id, patientId, prescribedBy, name, dosage, frequency, startedOn, endedOn, ClinicalStatus.INACTIVE, at);
    }
}
