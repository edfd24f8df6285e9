package com.starlightdesk.app.parts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Dates typed the way the desk writes them (4/2/2019) in a date picker; text that cannot be read leaves
 * the value empty, so the form says at the field what it needs. Stateless; call it on the FX thread.
 */
public final class UsDates {
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US);

    private UsDates() {
    }

    /** Makes {@code picker} read and show M/D/YYYY. */
    public static DatePicker use(DatePicker picker) {
        picker.setPromptText("M/D/YYYY");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : US.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return read(text).orElse(null);
            }
        });
        return picker;
    }

    /** The date {@code text} writes as M/D/YYYY; empty when it is blank or no such date. */
    public static Optional<LocalDate> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip(), US));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@code date} as the desk writes it (12/4/2026), "" for none. */
    public static String write(LocalDate date) {
        return date == null ? "" : US.format(date);
    }
}
