package com.starlightdesk.app.chart.notes;

import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.data.domain.LabFlag;
import com.starlightdesk.data.domain.LabResult;
import com.starlightdesk.data.domain.Prescription;
import com.starlightdesk.data.domain.ValidationException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The structured forms of a lab result and a prescription, as typed: each reads its fields into the domain
 * record or names every bad field in {@link FieldErrors} (the field names are the record's components).
 * Confined to the screen's thread; needs no toolkit.
 */
final class RecordForms {
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US)
            .withResolverStyle(ResolverStyle.STRICT);

    private RecordForms() {
    }

    /** The lab result form. */
    static final class Lab {
        final StringProperty testName = new SimpleStringProperty("");
        final StringProperty result = new SimpleStringProperty("");
        final StringProperty units = new SimpleStringProperty("");
        final StringProperty referenceRange = new SimpleStringProperty("");
        final ObjectProperty<LabFlag> flag = new SimpleObjectProperty<>(LabFlag.NORMAL);
        final StringProperty collectedOn = new SimpleStringProperty("");

        void fill(LabResult lab, LocalDate today) {
            testName.set(lab == null ? "" : lab.testName());
            result.set(lab == null ? "" : lab.result());
            units.set(lab == null || lab.units() == null ? "" : lab.units());
            referenceRange.set(lab == null || lab.referenceRange() == null ? "" : lab.referenceRange());
            flag.set(lab == null ? LabFlag.NORMAL : lab.flag());
            collectedOn.set(US_DATE.format(lab == null ? today : lab.collectedOn()));
        }

        /** The typed lab result, or null with each bad field named. */
        LabResult read(FieldErrors errors, LocalDate today) {
            required(errors, "testName", testName.get(), "Name the test, e.g. Hemoglobin");
            required(errors, "result", result.get(), "Type the result");
            LocalDate collected = date(errors, "collectedOn", collectedOn.get());
            if (collected != null && collected.isAfter(today)) {
                errors.set("collectedOn", "Cannot be after today");
            }
            if (!errors.isEmpty()) {
                return null;
            }
            try {
                return new LabResult(testName.get(), result.get(), units.get(), referenceRange.get(), flag.get(), collected);
            } catch (ValidationException e) {
                errors.set(e, Map.of());
                return null;
            }
        }
    }

    /** The prescription form. */
    static final class Rx {
        final StringProperty drug = new SimpleStringProperty("");
        final StringProperty dose = new SimpleStringProperty("");
        final StringProperty route = new SimpleStringProperty("by mouth");
        final StringProperty frequency = new SimpleStringProperty("");
        final StringProperty quantity = new SimpleStringProperty("");
        final StringProperty refills = new SimpleStringProperty("0");
        final StringProperty instructions = new SimpleStringProperty("");

        void fill(Prescription rx) {
            drug.set(rx == null ? "" : rx.drug());
            dose.set(rx == null ? "" : rx.dose());
            route.set(rx == null ? "by mouth" : rx.route());
            frequency.set(rx == null ? "" : rx.frequency());
            quantity.set(rx == null || rx.quantity() == null ? "" : rx.quantity().toString());
            refills.set(rx == null ? "0" : rx.refills().toString());
            instructions.set(rx == null || rx.instructions() == null ? "" : rx.instructions());
        }

        /** The typed prescription, or null with each bad field named. */
        Prescription read(FieldErrors errors) {
            required(errors, "drug", drug.get(), "Name the drug and strength, e.g. Amoxicillin 400 mg/5 mL");
            required(errors, "dose", dose.get(), "Type the dose, e.g. 5 mL");
            required(errors, "route", route.get(), "Type the route, e.g. by mouth");
            required(errors, "frequency", frequency.get(), "Type how often, e.g. twice daily");
            Integer count = number(errors, "quantity", quantity.get(), 1, 9999, false);
            Integer repeats = number(errors, "refills", refills.get(), 0, 12, true);
            if (!errors.isEmpty()) {
                return null;
            }
            try {
                return new Prescription(drug.get(), dose.get(), route.get(), frequency.get(), count, repeats, instructions.get());
            } catch (ValidationException e) {
                errors.set(e, Map.of());
                return null;
            }
        }
    }

    private static void required(FieldErrors errors, String field, String typed, String message) {
        if (typed == null || typed.isBlank()) {
            errors.set(field, message);
        }
    }

    private static LocalDate date(FieldErrors errors, String field, String typed) {
        String text = typed == null ? "" : typed.strip();
        try {
            return LocalDate.parse(text, US_DATE);
        } catch (DateTimeParseException e) {
            errors.set(field, "Type the date as M/D/YYYY");
            return null;
        }
    }

    private static Integer number(FieldErrors errors, String field, String typed, int min, int max, boolean required) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            if (required) {
                errors.set(field, "Type a whole number from " + min + " to " + max);
            }
            return null;
        }
        if (!text.matches("\\d{1,5}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
            errors.set(field, "Must be a whole number from " + min + " to " + max);
            return null;
        }
        return Integer.parseInt(text);
    }

    static String usDate(LocalDate date) {
        return US_DATE.format(date);
    }
}
