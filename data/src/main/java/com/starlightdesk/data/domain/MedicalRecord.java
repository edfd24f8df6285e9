package com.starlightdesk.data.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A clinical record in a chart: a SOAP note, lab result, prescription or vaccination. Once signed
 * ({@code signedAt} set) a record is never overwritten; corrections are addenda: SOAP notes whose
 * {@code amendsRecordId} names the signed note they correct.
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
        UUID signedBy,
        UUID amendsRecordId) {

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
        if (amendsRecordId != null && (recordType != RecordType.SOAP_NOTE || amendsRecordId.equals(id))) {
            throw new ValidationException("amendsRecordId", "must name another note, from a note");
        }
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    /** Whether this is an addendum to a signed note. */
    public boolean isAddendum() {
        return amendsRecordId != null;
    }

    /** This record with other content (a draft saved again). */
    public MedicalRecord withContent(String newContent) {
        return new MedicalRecord(id, patientId, providerId, appointmentId, recordType, newContent, recordedAt, signedAt, signedBy,
                amendsRecordId);
    }

    /** This record signed at {@code at} by the user {@code userId}. */
    public MedicalRecord signed(Instant at, UUID userId) {
        return new MedicalRecord(id, patientId, providerId, appointmentId, recordType, content, recordedAt, at, userId,
                amendsRecordId);
    }
}
