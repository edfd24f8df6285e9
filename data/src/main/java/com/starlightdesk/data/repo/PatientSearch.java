package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.Patient;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The front desk's type-ahead: one box that finds a patient by name ("lee", "lee av", "ava lee"),
 * birth date ({@code 2019-04-02} or {@code 04/02/2019}) or phone digits ({@code 312555}, listed in number
 * order). Every branch reads its first patients in order from an index (V3 of the local schema) and
 * stops at the limit, however many names or numbers share the typed start. Thread-safe.
 */
public final class PatientSearch {
    private static final Pattern PHONE_LIKE = Pattern.compile("^[0-9()+\\-. ]+$");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");

    private final PatientQueries patients;

    public PatientSearch(PatientQueries patients) {
        this.patients = patients;
    }

    /** Up to {@code limit} patients matching {@code query}, by last then first name. */
    public List<Patient> find(String query, int limit) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        LocalDate date = parseDate(q);
        if (date != null) {
            return patients.byBirthDate(date, limit);
        }
        if (PHONE_LIKE.matcher(q).matches()) {
            String digits = q.replaceAll("[^0-9]", "");
            return digits.length() < 3 ? List.of() : patients.byPhoneDigitsRange(digits, successor(digits), limit);
        }
        String[] words = q.split("[\\s,]+");
        if (words.length == 1) {
            Map<UUID, Patient> found = new LinkedHashMap<>();
            patients.byLastNameKeyRange(words[0], successor(words[0]), limit).forEach(p -> found.put(p.id(), p));
            if (found.size() < limit) {
                patients.byFirstNameKeyRange(words[0], successor(words[0]), limit).forEach(p -> found.putIfAbsent(p.id(), p));
            }
            return sorted(found, limit);
        }
        // Two or more words: "last first" or "first last" (the last word may be partial).
        String first = words[0];
        String second = words[words.length - 1];
        Map<UUID, Patient> found = new LinkedHashMap<>();
        patients.byLastAndFirstNameKeyRange(first, successor(first), second, successor(second), limit)
                .forEach(p -> found.put(p.id(), p));
        patients.byLastAndFirstNameKeyRange(second, successor(second), first, successor(first), limit)
                .forEach(p -> found.putIfAbsent(p.id(), p));
        return sorted(found, limit);
    }

    private static List<Patient> sorted(Map<UUID, Patient> found, int limit) {
        List<Patient> list = new ArrayList<>(found.values());
        list.sort(java.util.Comparator.comparing((Patient p) -> p.lastName().toLowerCase(Locale.ROOT))
                .thenComparing(p -> p.firstName().toLowerCase(Locale.ROOT)).thenComparing(Patient::id));
        return list.size() > limit ? list.subList(0, limit) : list;
    }

    /** The smallest string greater than every string starting with {@code prefix}. */
    static String successor(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }

    private static LocalDate parseDate(String q) {
        try {
            if (q.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(q);
            }
            if (q.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                return LocalDate.parse(q, US_DATE);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }
}
