package com.starlightdesk.data.immunization.forecast;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/** The patient data the forecaster reads: birth date, gender and the active observation codes (3 digits). */
public record Patient(LocalDate birthDate, Gender gender, Set<String> observations) {
    public Patient {
        if (birthDate == null) {
            throw new IllegalArgumentException("birthDate is required");
        }
        gender = gender == null ? Gender.UNKNOWN : gender;
        observations = Set.copyOf(observations);
    }

    /** The genders a series may require. */
    public enum Gender {
        FEMALE, MALE, UNKNOWN;

        /** F, M, U (or the words); blank is unknown. */
        public static Gender of(String text) {
            if (text == null || text.isBlank()) {
                return UNKNOWN;
            }
            return switch (text.trim().toUpperCase(Locale.ROOT)) {
                case "F", "FEMALE" -> FEMALE;
                case "M", "MALE" -> MALE;
                case "U", "UNKNOWN" -> UNKNOWN;
                default -> throw new IllegalArgumentException("gender must be F, M or U, not '" + text.trim() + "'");
            };
        }

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
