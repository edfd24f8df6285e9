package com.starlightdesk.data.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A clinical record in a chart: a SOAP note, lab result, prescription or vaccination. Once signed
 * ({@code signedAt} set) a note is never overwritten; corrections are addenda.
 */
public record MedicalRecord(
        UUID id,
        UUID patientId,
        UUID providerId,
        UUID appointmentId,
        RecordType recordType,
        String content,
        Instant recordedAt,
        Instant signedAt,
        UUID signedBy) {

    public MedicalRecord {
        Fields.id("id", id);
        Fields.id("patientId", patientId);
        Fields.required("recordType", recordType);
        content = ClinicalContent.canonical("content", content);
        recordedAt = Fields.instant("recordedAt", recordedAt);
        signedAt = Fields.optionalInstant(signedAt);
        if ((signedAt == null) != (signedBy == null)) {
            throw new ValidationException("signedBy", "must be given together with signedAt");
        }
    }

    public boolean isSigned() {
        return signedAt != null;
    }
}
