package com.starlightdesk.app.print;

import com.starlightdesk.data.domain.Allergy;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.LengthPosition;
import com.starlightdesk.data.domain.LengthUnit;
import com.starlightdesk.data.domain.Medication;
import com.starlightdesk.data.domain.TemperatureUnit;
import com.starlightdesk.data.domain.VitalSigns;
import com.starlightdesk.data.domain.WeightUnit;
import com.starlightdesk.data.growth.Bmi;
import com.starlightdesk.data.growth.Fahrenheit;
import com.starlightdesk.data.growth.GrowthEntry;
import com.starlightdesk.data.growth.GrowthIndicator;
import com.starlightdesk.data.growth.GrowthReferences;
import com.starlightdesk.data.growth.Inches;
import com.starlightdesk.data.growth.Pounds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the printouts word what the chart holds, for a family: dates, measurements in the unit they were
 * entered in with the other unit beside, percentiles as ordinals, medicines and allergies as sentences.
 * Stateless.
 */
final class Wording {
    /** "Dec 3, 2026". */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);
    /** "Thursday, December 3, 2026 at 10:30 AM". */
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu 'at' h:mm a", Locale.US);

    private Wording() {
    }

    static String sex(Gender gender) {
        if (gender == null) {
            return "Sex not recorded";
        }
        return switch (gender) {
            case FEMALE -> "Female";
            case MALE -> "Male";
            case OTHER -> "Other";
            case UNKNOWN -> "Sex unknown";
        };
    }

    /** A percentile (0–100) as a family reads it: "62nd percentile", "below the 1st percentile". */
    static String percentile(double percentile) {
        if (percentile < 1) {
            return "below the 1st percentile";
        }
        if (percentile > 99) {
            return "above the 99th percentile";
        }
        int p = (int) Math.max(1, Math.min(99, Math.round(percentile)));
        return ordinal(p) + " percentile";
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** The rows of a visit's measurements, with the percentiles of {@code entry}. */
    static List<VisitSummary.Measurement> measurements(VitalSigns v, GrowthEntry entry) {
        List<VisitSummary.Measurement> rows = new ArrayList<>();
        if (v.weightKg() != null) {
            rows.add(new VisitSummary.Measurement("Weight", weight(v.weightKg(), v.weightUnit()),
                    VisitSummary.percentileOf(entry, GrowthIndicator.WEIGHT_FOR_AGE)));
        }
        if (v.heightCm() != null) {
            LengthPosition position = v.lengthPosition() != null ? v.lengthPosition()
                    : GrowthReferences.usualPositionAt(entry.age().chronologicalDays());
            rows.add(new VisitSummary.Measurement(position == LengthPosition.RECUMBENT ? "Length" : "Height",
                    length(v.heightCm(), v.lengthUnit()), VisitSummary.percentileOf(entry, GrowthIndicator.LENGTH_FOR_AGE)));
        }
        if (v.headCircumferenceCm() != null) {
            rows.add(new VisitSummary.Measurement("Head circumference", length(v.headCircumferenceCm(), v.lengthUnit()),
                    VisitSummary.percentileOf(entry, GrowthIndicator.HEAD_CIRCUMFERENCE_FOR_AGE)));
        }
        if (entry.bmi() != null) {
            boolean infant = entry.age().chartDays() < GrowthReferences.SWITCH_AGE_DAYS;
            if (infant && entry.assessment(GrowthIndicator.WEIGHT_FOR_LENGTH).isPresent()) {
                rows.add(new VisitSummary.Measurement("Weight for length",
                        plain(v.weightKg()) + " kg at " + plain(v.heightCm()) + " cm",
                        VisitSummary.percentileOf(entry, GrowthIndicator.WEIGHT_FOR_LENGTH)));
            } else {
                rows.add(new VisitSummary.Measurement("Body mass index (BMI)", plain(Bmi.of(v.weightKg(), v.heightCm())) + " kg/m²",
                        VisitSummary.percentileOf(entry, GrowthIndicator.BMI_FOR_AGE)));
            }
        }
        if (v.temperatureC() != null) {
            String c = v.temperatureC().setScale(1, RoundingMode.HALF_UP).toPlainString() + " °C";
            String f = Fahrenheit.fromCelsius(v.temperatureC()).toPlainString() + " °F";
            rows.add(new VisitSummary.Measurement("Temperature", v.temperatureUnit() == TemperatureUnit.F ? f + " (" + c + ")" : c + " (" + f + ")", ""));
        }
        if (v.heartRate() != null) {
            rows.add(new VisitSummary.Measurement("Heart rate", v.heartRate() + " beats a minute", ""));
        }
        if (v.respiratoryRate() != null) {
            rows.add(new VisitSummary.Measurement("Breathing rate", v.respiratoryRate() + " breaths a minute", ""));
        }
        if (v.systolicBp() != null && v.diastolicBp() != null) {
            rows.add(new VisitSummary.Measurement("Blood pressure", v.systolicBp() + "/" + v.diastolicBp() + " mmHg", ""));
        }
        if (v.oxygenSaturation() != null) {
            rows.add(new VisitSummary.Measurement("Oxygen level", v.oxygenSaturation() + "%", ""));
        }
        return rows;
    }

    /** "14.25 kg (31 lb 6.7 oz)", or pounds first when the weight was entered in pounds. */
    static String weight(BigDecimal kg, WeightUnit unit) {
        String metric = plain(kg) + " kg";
        String us = Pounds.fromKilograms(kg).toString();
        return unit == WeightUnit.LB ? us + " (" + metric + ")" : metric + " (" + us + ")";
    }

    /** "95.3 cm (37.5 in)", or inches first when the length was entered in inches. */
    static String length(BigDecimal cm, LengthUnit unit) {
        String metric = plain(cm) + " cm";
        String us = plain(Inches.fromCentimetres(cm)) + " in";
        return unit == LengthUnit.IN ? us + " (" + metric + ")" : metric + " (" + us + ")";
    }

    /** A decimal without trailing zeros ("14.25", "3.5", "15"). */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped).toPlainString();
    }

    /** "Albuterol HFA 90 mcg: 2 puffs, inhaled, every 4 hours as needed". */
    static String medication(Medication m) {
        List<String> how = new ArrayList<>();
        if (m.dosage() != null && !m.dosage().isBlank()) {
            how.add(m.dosage().strip());
        }
        if (m.route() != null && !m.route().isBlank()) {
            how.add(lowerFirst(m.route().strip()));
        }
        if (m.frequency() != null && !m.frequency().isBlank()) {
            how.add(lowerFirst(m.frequency().strip()));
        }
        return how.isEmpty() ? m.name() : m.name() + ": " + String.join(", ", how);
    }

    /** "Peanuts: hives, lip swelling (severe)". */
    static String allergy(Allergy a) {
        String reaction = a.reaction() == null || a.reaction().isBlank() ? "" : ": " + lowerFirst(a.reaction().strip());
        return a.substance() + reaction + " (" + a.severity().code() + ")";
    }

    /**
     * A vaccine group as a school nurse reads it: the schedule's name with what it protects against where the name
     * is an abbreviation ("HepB" as "Hepatitis B", "MMR" as "MMR (measles, mumps, rubella)").
     */
    static String vaccineGroup(String name) {
        return switch (name) {
            case "DTaP/Tdap/Td" -> "DTaP/Tdap/Td (diphtheria, tetanus, pertussis)";
            case "HepA" -> "Hepatitis A";
            case "HepB" -> "Hepatitis B";
            case "Hib" -> "Hib (Haemophilus influenzae type b)";
            case "HPV" -> "HPV (human papillomavirus)";
            case "MMR" -> "MMR (measles, mumps, rubella)";
            case "Meningococcal" -> "Meningococcal ACWY";
            case "Polio" -> "Polio (IPV)";
            case "RSV" -> "RSV (respiratory syncytial virus)";
            case "Varicella" -> "Varicella (chickenpox)";
            default -> name;
        };
    }

    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }
}
