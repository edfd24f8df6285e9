package com.starlightdesk.data.growth;

import com.starlightdesk.data.domain.Patient;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A patient as the growth charts see them: birth date, the sex whose reference applies (none for a
 * recorded gender of other or unknown: no chart, no z-score), and the gestational age at birth in days
 * (null: term or unknown).
 */
public record Child(LocalDate birthDate, Optional<Sex> sex, Integer gestationalAgeDays) {

    public Child {
        if (birthDate == null || sex == null) {
            throw new IllegalArgumentException("a child needs a birth date and an (optional) sex");
        }
    }

    /** The chart's view of {@code patient}. */
    public static Child of(Patient patient) {
        return new Child(patient.dateOfBirth(), Sex.of(patient.gender()), patient.gestationalAgeDays());
    }
}
