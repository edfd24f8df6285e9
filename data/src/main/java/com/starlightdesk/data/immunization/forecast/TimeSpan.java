package com.starlightdesk.data.immunization.forecast;

import java.time.LocalDate;
import java.util.Locale;

/**
 * An age or interval of the supporting data, such as {@code 12 months - 4 days} or {@code 16 months + 4 weeks},
 * added to a date as the Logic Specification's date rules say (CALCDT-1 to CALCDT-6): years and months first,
 * holding the day of the month, a day that does not exist moving forward to the first of the next month, then
 * weeks and days as a count of days.
 */
public record TimeSpan(int years, int months, int days, String text) {

    /** Reads a span; blank text (the data's "none") gives null. */
    public static TimeSpan parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] words = words(text.trim().toLowerCase(Locale.ROOT));
        int years = 0;
        int months = 0;
        int days = 0;
        int sign = 1;
        int i = 0;
        while (i < words.length) {
            String w = words[i];
            if (w.equals("+") || w.equals("-")) {
                sign = w.equals("+") ? 1 : -1;
                i++;
                continue;
            }
            if (i + 1 >= words.length) {
                throw new IllegalArgumentException("age or interval '" + text.trim() + "' has a number without a unit");
            }
            int n;
            try {
                n = sign * Integer.parseInt(w);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("age or interval '" + text.trim() + "' is not a number and unit", e);
            }
            String unit = words[i + 1];
            if (unit.startsWith("year")) {
                years += n;
            } else if (unit.startsWith("month")) {
                months += n;
            } else if (unit.startsWith("week")) {
                days += 7 * n;
            } else if (unit.startsWith("day")) {
                days += n;
            } else {
                throw new IllegalArgumentException("age or interval '" + text.trim() + "' has an unknown unit '" + unit + "'");
            }
            sign = 1;
            i += 2;
        }
        return new TimeSpan(years, months, days, text.trim());
    }

    private static String[] words(String text) {
        java.util.List<String> out = new java.util.ArrayList<>(6);
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(text.substring(start, i));
            }
        }
        return out.toArray(new String[0]);
    }

    /** {@code date} plus this span (CALCDT-1 to CALCDT-6). */
    public LocalDate addTo(LocalDate date) {
        return plusDays(plusYearsAndMonths(date, years, months), days);
    }

    /**
     * CALCDT-1, -2 and -5: change the year and month holding the day of the month; a day that does not exist in
     * the new month moves to the first day of the following month (03/31 + 6 months = 10/01).
     */
    public static LocalDate plusYearsAndMonths(LocalDate date, int years, int months) {
        long monthIndex = date.getYear() * 12L + (date.getMonthValue() - 1) + years * 12L + months;
        int year = (int) Math.floorDiv(monthIndex, 12L);
        int month = (int) Math.floorMod(monthIndex, 12L) + 1;
        LocalDate first = LocalDate.of(year, month, 1);
        if (date.getDayOfMonth() > first.lengthOfMonth()) {
            return first.plusMonths(1);
        }
        return first.withDayOfMonth(date.getDayOfMonth());
    }

    /** CALCDT-3 and -4: weeks and days are a count of days. */
    public static LocalDate plusDays(LocalDate date, int days) {
        return days == 0 ? date : date.plusDays(days);
    }

    @Override
    public String toString() {
        return text;
    }
}
