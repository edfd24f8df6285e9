package com.starlightdesk.app.patients;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the desk typed into a patient search that found no one, read as a new patient's fields: words
 * are the name (the last word the last name, the words before it the first name; "Kim, Uma" is last,
 * first), a date ({@code 4/2/2019} or {@code 2019-04-02}) the birth date (one that is no day is left
 * out), and digits the phone. Empty strings and a null date stand for what was not typed. Immutable.
 */
public record TypedPatient(String firstName, String lastName, String phone, LocalDate birthDate) {
    private static final Pattern PHONE_PART = Pattern.compile("^[0-9()+\\-.]+$");
    private static final Pattern DATE_LIKE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})$");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US)
            .withResolverStyle(ResolverStyle.STRICT);

    /** Nothing typed. */
    public static final TypedPatient NOTHING = new TypedPatient("", "", "", null);

    /** Reads {@code typed} (null or blank: nothing). */
    public static TypedPatient of(String typed) {
        if (typed == null || typed.isBlank()) {
            return NOTHING;
        }
        LocalDate birth = null;
        List<String> phone = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        for (String token : typed.strip().split("\\s+")) {
            if (DATE_LIKE.matcher(token).matches()) {
                birth = birth == null ? date(token) : birth;
            } else if (PHONE_PART.matcher(token).matches() && token.chars().anyMatch(Character::isDigit)) {
                phone.add(token);
            } else {
                words.append(words.isEmpty() ? "" : " ").append(token);
            }
        }
        String[] name = name(words.toString());
        return new TypedPatient(name[0], name[1], String.join(" ", phone), birth);
    }

    /** {first, last} from the words typed. */
    private static String[] name(String words) {
        int comma = words.indexOf(',');
        if (comma >= 0) {
            return new String[] {words.substring(comma + 1).replace(",", " ").strip(), words.substring(0, comma).strip()};
        }
        int lastSpace = words.lastIndexOf(' ');
        return lastSpace < 0 ? new String[] {"", words} : new String[] {words.substring(0, lastSpace).strip(), words.substring(lastSpace + 1)};
    }

    /** The day {@code token} (date-shaped) names, or null when it names none (2/30/2019). */
    private static LocalDate date(String token) {
        try {
            return token.contains("-") ? LocalDate.parse(token) : LocalDate.parse(token, US_DATE);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
