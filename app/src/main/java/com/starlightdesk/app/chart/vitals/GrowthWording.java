package com.starlightdesk.app.chart.vitals;

import com.starlightdesk.data.domain.LengthUnit;
import com.starlightdesk.data.domain.TemperatureUnit;
import com.starlightdesk.data.domain.VitalSigns;
import com.starlightdesk.data.domain.WeightUnit;
import com.starlightdesk.data.growth.ChildAge;
import com.starlightdesk.data.growth.Fahrenheit;
import com.starlightdesk.data.growth.GrowthAssessment;
import com.starlightdesk.data.growth.Inches;
import com.starlightdesk.data.growth.Pounds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

/**
 * How the chart words measurements (the Vitals section, the front page, the timeline): values as they were
 * entered (lb and oz, inches, °F, or metric), percentiles as a clinic says them (48th; below the 1st, above the
 * 99th) and z-scores with their sign. Stateless.
 */
public final class GrowthWording {
    private GrowthWording() {
    }

    /** "48th (z −0.05)". */
    public static String percentileAndZ(GrowthAssessment a) {
        return percentile(a.percentile()) + " (z " + z(a.z()) + ")";
    }

    /** 48th; "<1st" below the first percentile, ">99th" above the 99th. */
    public static String percentile(double percentile) {
        if (percentile < 1) {
            return "<1st";
        }
        if (percentile > 99) {
            return ">99th";
        }
        return GrowthChart.ordinal((int) Math.max(1, Math.min(99, Math.round(percentile))));
    }

    /** A z-score with its sign and a real minus: +1.23, −0.40. */
    public static String z(double z) {
        String text = String.format(Locale.US, "%.2f", Math.abs(z));
        return (z < 0 && !text.equals("0.00") ? "−" : "+") + text;
    }

    public static String weight(VitalSigns v) {
        return v.weightUnit() == WeightUnit.LB ? Pounds.fromKilograms(v.weightKg()).toString()
                : v.weightKg().stripTrailingZeros().toPlainString() + " kg";
    }

    public static String length(BigDecimal cm, LengthUnit unit) {
        return unit == LengthUnit.IN ? Inches.fromCentimetres(cm).stripTrailingZeros().toPlainString() + " in"
                : cm.stripTrailingZeros().toPlainString() + " cm";
    }

    /** "Length" for a child measured lying, "Height" standing, "Length/height" when the position is not recorded. */
    public static String lengthName(VitalSigns v) {
        if (v.lengthPosition() == null) {
            return "Length/height";
        }
        return v.lengthPosition() == com.starlightdesk.data.domain.LengthPosition.STANDING ? "Height" : "Length";
    }

    public static String temperature(VitalSigns v) {
        return v.temperatureUnit() == TemperatureUnit.F ? Fahrenheit.fromCelsius(v.temperatureC()).toPlainString() + " °F"
                : v.temperatureC().setScale(1, RoundingMode.HALF_UP).toPlainString() + " °C";
    }

    /** An age as the clinic says it: "12 days", "5 mo 12 d", "3 y 4 mo". */
    static String age(LocalDate from, LocalDate on) {
        if (on.isBefore(from)) {
            return "before the due date";
        }
        Period p = Period.between(from, on);
        if (p.getYears() == 0 && p.getMonths() == 0) {
            return p.getDays() + (p.getDays() == 1 ? " day" : " days");
        }
        if (p.getYears() < 2) {
            return (p.getYears() * 12 + p.getMonths()) + " mo " + p.getDays() + " d";
        }
        return p.getYears() + " y " + p.getMonths() + " mo";
    }

    /** The age on {@code on}, with the corrected age beside it where that is what the charts use. */
    static String age(LocalDate birth, LocalDate on, ChildAge age) {
        String chronological = age(birth, on);
        if (!age.corrected()) {
            return chronological;
        }
        return chronological + " (corrected " + age(birth.plusDays(age.chronologicalDays() - age.chartDays()), on) + ")";
    }

    /** A gestational age in days as "31+2 weeks". */
    static String gestation(int days) {
        return days / 7 + "+" + days % 7 + " weeks";
    }
}
