package com.starlightdesk.data.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An allergy on a chart; inactivated (with a time and a reason), never deleted. */
public record Allergy(
        UUID id,
        UUID patientId,
        String substance,
        String reaction,
        AllergySeverity severity,
        ClinicalStatus status,
        LocalDate notedOn,
        Instant inactivatedAt,
        AllergyInactivation inactivationReason,
        String inactivationNote) {

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
        if (status == ClinicalStatus.ACTIVE && inactivationReason != null) {
            throw new ValidationException("inactivationReason", "applies to an inactive allergy only");
        }
        inactivationNote = Fields.optionalText("inactivationNote", inactivationNote, 500);
    }

    /** This allergy inactivated at {@code at} for {@code reason}, with an optional note. */
    public Allergy inactivate(Instant at, AllergyInactivation reason, String note) {
        Fields.required("inactivationReason", reason);
        return new Allergy(id, patientId, substance, reaction, severity, ClinicalStatus.INACTIVE, notedOn, at, reason, note);
    }
}
