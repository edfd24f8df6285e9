package com.starlightdesk.data.immunization.forecast;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The patient data the forecaster reads: birth date, gender, the active observation codes (3 digits), the dates
 * of those observations that have one, and the country of birth.
 *
 * <p>{@code observationDates} holds the most recent date of an observation by its code (the date of a stem cell
 * transplant, the onset of a pregnancy): intervals measured from an observation count from it (CALCDTINT-9). A
 * dated observation is an active observation too. {@code birthCountry} (optional, free text) meets an immunity
 * rule by birth country (table 7-3); see {@link #bornIn}.
 */
public record Patient(LocalDate birthDate, Gender gender, Set<String> observations, Map<String, LocalDate> observationDates,
        String birthCountry) {
    public Patient {
        if (birthDate == null) {
            throw new IllegalArgumentException("birthDate is required");
        }
        gender = gender == null ? Gender.UNKNOWN : gender;
        if (observationDates == null) {
            observationDates = Map.of();
        }
        for (Map.Entry<String, LocalDate> e : observationDates.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new IllegalArgumentException("observationDates holds an observation without a code or a date");
            }
        }
        observationDates = Map.copyOf(observationDates);
        if (!observationDates.isEmpty() && !observations.containsAll(observationDates.keySet())) {
            Set<String> all = new HashSet<>(observations);
            all.addAll(observationDates.keySet());
            observations = all;
        }
        observations = Set.copyOf(observations);
        birthCountry = birthCountry == null || birthCountry.isBlank() ? null : birthCountry.trim();
    }

    /** A patient whose observations carry no dates and whose country of birth is not known. */
    public Patient(LocalDate birthDate, Gender gender, Set<String> observations) {
        this(birthDate, gender, observations, Map.of(), null);
    }

    /**
     * Whether the patient was born in the supporting data's country (for example {@code U.S.}): compared without
     * regard to case, spaces or full stops, and "USA", "United States" and "United States of America" are the U.S.
     * An unknown country of birth is no country.
     */
    public boolean bornIn(String country) {
        return birthCountry != null && country != null && countryKey(birthCountry).equals(countryKey(country));
    }

    private static String countryKey(String country) {
        StringBuilder letters = new StringBuilder(country.length());
        for (int i = 0; i < country.length(); i++) {
            char c = country.charAt(i);
            if (Character.isLetter(c)) {
                letters.append(Character.toUpperCase(c));
            }
        }
        String key = letters.toString();
        return switch (key) {
            case "USA", "UNITEDSTATES", "UNITEDSTATESOFAMERICA" -> "US";
            default -> key;
        };
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
