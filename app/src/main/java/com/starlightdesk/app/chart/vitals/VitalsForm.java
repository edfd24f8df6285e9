package com.starlightdesk.app.chart.vitals;

import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.LengthPosition;
import com.starlightdesk.data.domain.LengthUnit;
import com.starlightdesk.data.domain.TemperatureUnit;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.domain.VitalSigns;
import com.starlightdesk.data.domain.WeightUnit;
import com.starlightdesk.data.growth.Bmi;
import com.starlightdesk.data.growth.Fahrenheit;
import com.starlightdesk.data.growth.Inches;
import com.starlightdesk.data.growth.Pounds;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The entry form of a set of vitals, in the units the user chose: weight in lb and oz or kg, length and head
 * circumference in inches or cm, temperature in °F or °C, and the rates, blood pressure and oxygen saturation.
 * It reads itself into a {@link VitalSigns} (metric, with the units recorded so the chart shows them as typed),
 * naming each bad value at its field, and shows the BMI as the weight and length are typed. Needs no toolkit.
 * Confined to the thread that owns the form.
 */
final class VitalsForm {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/uuuu");
    /** The domain's names for the form's fields. */
    static final Map<String, String> ALIASES = Map.of("weightKg", "weight", "heightCm", "length",
            "headCircumferenceCm", "head", "temperatureC", "temperature", "systolicBp", "systolic",
            "diastolicBp", "diastolic", "oxygenSaturation", "oxygen", "measuredAt", "measuredOn");
    private static final BigDecimal LOWEST_F = new BigDecimal("77");
    private static final BigDecimal HIGHEST_F = new BigDecimal("113");

    final ObjectProperty<WeightUnit> weightUnit = new SimpleObjectProperty<>(WeightUnit.LB);
    final ObjectProperty<LengthUnit> lengthUnit = new SimpleObjectProperty<>(LengthUnit.IN);
    final ObjectProperty<TemperatureUnit> temperatureUnit = new SimpleObjectProperty<>(TemperatureUnit.F);
    final ObjectProperty<LengthPosition> lengthPosition = new SimpleObjectProperty<>(LengthPosition.RECUMBENT);
    final StringProperty measuredOn = new SimpleStringProperty("");
    final StringProperty weight = new SimpleStringProperty("");
    final StringProperty ounces = new SimpleStringProperty("");
    final StringProperty length = new SimpleStringProperty("");
    final StringProperty head = new SimpleStringProperty("");
    final StringProperty temperature = new SimpleStringProperty("");
    final StringProperty heartRate = new SimpleStringProperty("");
    final StringProperty respiratoryRate = new SimpleStringProperty("");
    final StringProperty systolic = new SimpleStringProperty("");
    final StringProperty diastolic = new SimpleStringProperty("");
    final StringProperty oxygen = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper bmi = new ReadOnlyStringWrapper("");

    VitalsForm() {
        Observable[] inputs = {weight, ounces, length, weightUnit, lengthUnit};
        for (Observable input : inputs) {
            input.addListener(o -> bmi.set(bmiText()));
        }
    }

    /** "BMI 16.3 kg/m²" while a weight and a length are typed, else "". */
    ReadOnlyStringProperty bmiProperty() {
        return bmi.getReadOnlyProperty();
    }

    private String bmiText() {
        try {
            BigDecimal kg = weightKg(new FieldErrors());
            BigDecimal cm = centimetres("length", length.get(), new FieldErrors());
            return kg == null || cm == null ? "" : "BMI " + Bmi.of(kg, cm).toPlainString() + " kg/m²";
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** Empties the values (the units and the position stay as chosen). */
    void clearValues(LocalDate today) {
        measuredOn.set(DATE.format(today));
        for (StringProperty p : new StringProperty[] {weight, ounces, length, head, temperature, heartRate, respiratoryRate,
            systolic, diastolic, oxygen}) {
            p.set("");
        }
    }

    /**
     * The form as a new set of vitals of {@code patientId}, or null with each bad value named in {@code errors}.
     * Today's measurements are taken now; an earlier day's at noon in the practice's zone.
     */
    VitalSigns read(UUID patientId, LocalDate birthDate, ZoneId zone, Clock clock, FieldErrors errors) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Instant measuredAt = measuredAt(birthDate, today, zone, clock, errors);
        BigDecimal kg = weightKg(errors);
        BigDecimal cm = centimetres("length", length.get(), errors);
        BigDecimal headCm = centimetres("head", head.get(), errors);
        BigDecimal celsius = celsius(errors);
        Integer hr = whole("heartRate", heartRate.get(), errors);
        Integer rr = whole("respiratoryRate", respiratoryRate.get(), errors);
        Integer sys = whole("systolic", systolic.get(), errors);
        Integer dia = whole("diastolic", diastolic.get(), errors);
        Integer spo2 = whole("oxygen", oxygen.get(), errors);
        if (!errors.isEmpty()) {
            return null;
        }
        if (kg == null && cm == null && headCm == null && celsius == null && hr == null && rr == null && sys == null
                && dia == null && spo2 == null) {
            errors.set("weight", "Enter at least one measurement");
            return null;
        }
        if ((sys == null) != (dia == null)) {
            errors.set(sys == null ? "systolic" : "diastolic", "Enter both pressures, e.g. 100 / 60");
            return null;
        }
        try {
            return new VitalSigns(Ids.next(), patientId, measuredAt, kg, cm, headCm, celsius, hr, rr, null,
                    kg == null ? null : weightUnit.get(), cm == null && headCm == null ? null : lengthUnit.get(),
                    celsius == null ? null : temperatureUnit.get(), cm == null ? null : lengthPosition.get(), sys, dia, spo2);
        } catch (ValidationException e) {
            errors.set(e, ALIASES);
            return null;
        }
    }

    private Instant measuredAt(LocalDate birthDate, LocalDate today, ZoneId zone, Clock clock, FieldErrors errors) {
        String text = measuredOn.get() == null ? "" : measuredOn.get().strip();
        if (text.isEmpty()) {
            return clock.instant();
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            errors.set("measuredOn", "Enter the date as M/D/YYYY");
            return null;
        }
        if (day.isAfter(today)) {
            errors.set("measuredOn", "Is in the future");
            return null;
        }
        if (birthDate != null && day.isBefore(birthDate)) {
            errors.set("measuredOn", "Is before the date of birth");
            return null;
        }
        return day.equals(today) ? clock.instant() : day.atTime(LocalTime.NOON).atZone(zone).toInstant();
    }

    private BigDecimal weightKg(FieldErrors errors) {
        if (weightUnit.get() == WeightUnit.KG) {
            return decimal("weight", weight.get(), errors);
        }
        String lb = text(weight.get());
        String oz = text(ounces.get());
        if (lb.isEmpty() && oz.isEmpty()) {
            return null;
        }
        int pounds = 0;
        if (!lb.isEmpty()) {
            try {
                pounds = Integer.parseInt(lb);
            } catch (NumberFormatException e) {
                errors.set("weight", "Whole pounds; the rest in ounces");
                return null;
            }
        }
        BigDecimal ouncesValue = oz.isEmpty() ? null : decimal("ounces", oz, errors);
        if (!oz.isEmpty() && ouncesValue == null) {
            return null;
        }
        try {
            BigDecimal kg = new Pounds(pounds, ouncesValue).toKilograms();
            if (kg.signum() <= 0) {
                errors.set("weight", "Must be greater than zero");
                return null;
            }
            return kg;
        } catch (ValidationException e) {
            errors.set(e, Map.of("pounds", "weight"));
            return null;
        }
    }

    private BigDecimal centimetres(String field, String value, FieldErrors errors) {
        BigDecimal typed = decimal(field, value, errors);
        if (typed == null || lengthUnit.get() == LengthUnit.CM) {
            return typed;
        }
        try {
            return Inches.toCentimetres(field, typed);
        } catch (ValidationException e) {
            errors.set(e, Map.of());
            return null;
        }
    }

    private BigDecimal celsius(FieldErrors errors) {
        BigDecimal typed = decimal("temperature", temperature.get(), errors);
        if (typed == null) {
            return null;
        }
        if (typed.stripTrailingZeros().scale() > 1) {
            errors.set("temperature", "Takes at most one decimal place");
            return null;
        }
        if (temperatureUnit.get() == TemperatureUnit.C) {
            return typed;
        }
        if (typed.compareTo(LOWEST_F) < 0 || typed.compareTo(HIGHEST_F) > 0) {
            errors.set("temperature", "Must be between 77 and 113 °F");
            return null;
        }
        return Fahrenheit.toCelsius(typed);
    }

    private static BigDecimal decimal(String field, String value, FieldErrors errors) {
        String t = text(value);
        if (t.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            errors.set(field, "Enter a number, e.g. 20.5");
            return null;
        }
    }

    private static Integer whole(String field, String value, FieldErrors errors) {
        String t = text(value);
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            errors.set(field, "Enter a whole number");
            return null;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
