package com.starlightdesk.app.patients;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javafx.util.StringConverter;

/**
 * Birth dates as the desk types and reads them ({@code 4/2/2019}) in a date picker; what cannot be read
 * leaves the field empty (the form then asks for M/D/YYYY at the field). Stateless.
 */
public final class BirthDates extends StringConverter<LocalDate> {
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US);

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : BIRTH.format(date);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), BIRTH);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
