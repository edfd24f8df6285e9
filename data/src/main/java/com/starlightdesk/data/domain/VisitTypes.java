package com.starlightdesk.data.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The practice's kinds of visit, each with its default length and colour ({@link VisitType}), one for
 * every {@link AppointmentType}. Stored as text in type order, e.g.
 * {@code checkup 30 #4A7FB5, followup 20 #4E9A8E}. A type the text leaves out keeps its default, so a
 * kind of visit added later needs no change to stored rows. Immutable.
 */
public final class VisitTypes {
    private static final Pattern ONE = Pattern.compile("\\s*([a-z_]+)\\s+(\\d{1,4})\\s+(\\S+)\\s*");

    /** What a new practice starts with: calm colours that stay apart from each other. */
    public static final VisitTypes DEFAULTS = new VisitTypes(defaults());

    private final Map<AppointmentType, VisitType> types;

    private VisitTypes(Map<AppointmentType, VisitType> types) {
        this.types = Collections.unmodifiableMap(new EnumMap<>(types));
    }

    private static Map<AppointmentType, VisitType> defaults() {
        Map<AppointmentType, VisitType> types = new EnumMap<>(AppointmentType.class);
        for (VisitType t : new VisitType[] {
                new VisitType(AppointmentType.CHECKUP, 30, "#4A7FB5"),
                new VisitType(AppointmentType.FOLLOWUP, 20, "#4E9A8E"),
                new VisitType(AppointmentType.SICK_VISIT, 20, "#C47A5E"),
                new VisitType(AppointmentType.VACCINATION, 15, "#8A78B8"),
                new VisitType(AppointmentType.WELLNESS, 45, "#6E9A57")}) {
            types.put(t.type(), t);
        }
        return types;
    }

    /**
     * Reads the stored form. Fails, naming {@code field} and the part at fault, for a part that does not
     * read {@code checkup 30 #4A7FB5}, an unknown kind of visit, one named twice, a length out of range or
     * off the 5-minute steps, or a colour that is not {@code #RRGGBB}.
     */
    public static VisitTypes parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, "must name the kinds of visit, e.g. checkup 30 #4A7FB5");
        }
        Map<AppointmentType, VisitType> read = new EnumMap<>(AppointmentType.class);
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = ONE.matcher(part);
            if (!m.matches()) {
                throw new ValidationException(field, "each kind of visit reads like checkup 30 #4A7FB5, not '" + part.strip() + "'");
            }
            AppointmentType type = AppointmentType.of(field, m.group(1));
            if (read.containsKey(type)) {
                throw new ValidationException(field, "names " + type.code() + " twice");
            }
            int minutes = Integer.parseInt(m.group(2));
            read.put(type, new VisitType(type, VisitType.checkedMinutes(field + "." + type.code(), minutes),
                    VisitType.checkedColour(field + "." + type.code(), m.group(3))));
        }
        Map<AppointmentType, VisitType> all = defaults();
        all.putAll(read);
        return new VisitTypes(all);
    }

    /** The kind of visit {@code type} as this practice books it. */
    public VisitType of(AppointmentType type) {
        return types.get(type);
    }

    /** Every kind of visit, in {@link AppointmentType} order. */
    public Collection<VisitType> all() {
        return types.values();
    }

    /** These kinds with {@code changed} in place of its type's entry. */
    public VisitTypes with(VisitType changed) {
        Map<AppointmentType, VisitType> next = new EnumMap<>(types);
        next.put(changed.type(), changed);
        return new VisitTypes(next);
    }

    /** The stored form, in type order: {@code checkup 30 #4A7FB5, followup 20 #4E9A8E, ...}. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (VisitType t : types.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(t.type().code()).append(' ').append(t.minutes())
                    .append(' ').append(t.colour());
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VisitTypes other && types.equals(other.types);
    }

    @Override
    public int hashCode() {
        return types.hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
