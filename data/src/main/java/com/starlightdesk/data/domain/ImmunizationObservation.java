package com.starlightdesk.data.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What the immunization schedule must know about a patient besides the doses, as of a day: a family's refusal
 * of a vaccine group (CDSi has no refusal codes, so a refusal names the group, e.g. {@code MMR}), or one of the
 * CDC CDSi schedule's coded observations (three digits: {@code 023} evidence of varicella immunity, {@code 080}
 * an adverse reaction to a vaccine component) of immunity, a contraindication, an indication or other, with an
 * optional vaccine group it concerns. Never deleted: removed with a reason and an optional note. The rules here
 * are the table's CHECK constraints; whether a code is one of the schedule's and fits its kind is checked by the
 * immunizations repository. Immutable.
 */
public record ImmunizationObservation(
        UUID id,
        UUID patientId,
        ObservationKind kind,
        String observationCode,
        String vaccineGroup,
        LocalDate observedOn,
        String note,
        Instant removedAt,
        ObservationRemoval removalReason,
        String removalNote) {

    private static final Pattern CODE = Pattern.compile("^[0-9]{3}$");

    public ImmunizationObservation {
        Fields.id("id", id);
        Fields.id("patientId", patientId);
        Fields.required("kind", kind);
        observationCode = Fields.optionalText("observationCode", observationCode, 3);
        vaccineGroup = Fields.optionalText("vaccineGroup", vaccineGroup, 40);
        if (kind == ObservationKind.REFUSAL) {
            if (observationCode != null) {
                throw new ValidationException("observationCode", "does not apply to a refusal: name the vaccine group refused");
            }
            Fields.required("vaccineGroup", vaccineGroup);
        } else {
            Fields.required("observationCode", observationCode);
            if (!CODE.matcher(observationCode).matches()) {
                throw new ValidationException("observationCode", "is a schedule observation code: 3 digits, e.g. 023");
            }
        }
        Fields.notFuture("observedOn", observedOn);
        note = Fields.optionalText("note", note, 500);
        removedAt = Fields.optionalInstant(removedAt);
        if ((removedAt == null) != (removalReason == null)) {
            throw new ValidationException("removalReason", "is set exactly when the observation is removed");
        }
        removalNote = Fields.optionalText("removalNote", removalNote, 500);
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    /** This observation removed at {@code at} for {@code reason}, with an optional note. */
    public ImmunizationObservation removed(Instant at, ObservationRemoval reason, String why) {
        Fields.required("removalReason", reason);
        return new ImmunizationObservation(id, patientId, kind, observationCode, vaccineGroup, observedOn, note,
                Fields.required("removedAt", at), reason, why);
    }
}
