package com.starlightdesk.data.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An allergy on a chart; inactivated (with a time), never deleted. */
public record Allergy(
        UUID id,
        UUID patientId,
        String substance,
        String reaction,
        AllergySeverity severity,
        ClinicalStatus status,
        LocalDate notedOn,
        Instant inactivatedAt) {

    public Allergy {
        Fields.id("id", id);
        Fields.id("patientId", patientId);
        substance = Fields.text("substance", substance, 200);
        reaction = Fields.optionalText("reaction", reaction, 500);
        Fields.required("severity", severity);
        Fields.required("status", status);
        Fields.notFuture("notedOn", notedOn);
        inactivatedAt = Fields.optionalInstant(inactivatedAt);
        if ((status == ClinicalStatus.INACTIVE) != (inactivatedAt != null)) {
            throw new ValidationException("inactivatedAt", "is set exactly when the allergy is inactive");
        }
    }

    public Allergy inactivate(Instant at) {
        return new Allergy(id, patientId, substance, reaction, severity, ClinicalStatus.INACTIVE, notedOn, at);
    }
}
