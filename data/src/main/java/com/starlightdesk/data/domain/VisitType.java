package com.starlightdesk.data.domain;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One kind of visit as the practice books it: how long a new visit of this kind lasts unless the desk
 * says otherwise (5 to 240 minutes, in steps of 5) and the colour that marks it ({@code #RRGGBB}, stored
 * in upper case).
 */
public record VisitType(AppointmentType type, int minutes, String colour) {
    public static final int SHORTEST = 5;
    public static final int LONGEST = 240;
    public static final int STEP = 5;
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public VisitType {
        Fields.required("type", type);
        minutes = checkedMinutes(type.code() + ".minutes", minutes);
        colour = checkedColour(type.code() + ".colour", colour);
    }

    /** The default length of a new visit of this kind. */
    public Duration length() {
        return Duration.ofMinutes(minutes);
    }

    static int checkedMinutes(String field, int minutes) {
        if (minutes < SHORTEST || minutes > LONGEST) {
            throw new ValidationException(field, "a visit lasts " + SHORTEST + " to " + LONGEST + " minutes");
        }
        if (minutes % STEP != 0) {
            throw new ValidationException(field, "visit lengths are in steps of " + STEP + " minutes");
        }
        return minutes;
    }

    static String checkedColour(String field, String colour) {
        if (colour == null || !COLOUR.matcher(colour.strip()).matches()) {
            throw new ValidationException(field, "a colour is written #RRGGBB, e.g. #4A7FB5");
        }
        return colour.strip().toUpperCase(Locale.ROOT);
    }
}
