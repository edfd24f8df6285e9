package com.starlightdesk.app.print;

import com.starlightdesk.data.domain.Letterhead;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientAge;
import com.starlightdesk.data.domain.VitalSigns;
import com.starlightdesk.data.growth.AxisRange;
import com.starlightdesk.data.growth.Child;
import com.starlightdesk.data.growth.ChildAge;
import com.starlightdesk.data.growth.ChildGrowth;
import com.starlightdesk.data.growth.GrowthAssessment;
import com.starlightdesk.data.growth.GrowthEntry;
import com.starlightdesk.data.growth.GrowthIndicator;
import com.starlightdesk.data.growth.GrowthReference;
import com.starlightdesk.data.growth.GrowthReferences;
import com.starlightdesk.data.growth.GrowthStandard;
import com.starlightdesk.data.growth.GrowthTable;
import com.starlightdesk.data.growth.PercentileCurve;
import com.starlightdesk.data.growth.Sex;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A printable growth chart: one reference (WHO under 24 months, CDC from 2 to 20 years) of one indicator
 * for the child's sex, its nine percentile curves (3rd to 97th) over the chart's range, and the child's
 * measurements on it, each with its date, age and percentile. Ages are corrected for prematurity where
 * that applies, as the references are read. Immutable.
 *
 * @param xRange the chart's x axis: age in days, or length in cm for weight-for-length
 * @param note   what a reader should know about the plotted ages ("" or the corrected-age sentence)
 */
public record GrowthChart(
        Letterhead letterhead,
        String childName,
        LocalDate birthDate,
        Sex sex,
        GrowthTable table,
        AxisRange xRange,
        List<PercentileCurve> curves,
        List<Point> points,
        String note) {

    /** The number of points each percentile curve is drawn through. */
    static final int CURVE_POINTS = 160;

    /** One measurement on the chart: where it is plotted, when it was taken, and what it reads as. */
    public record Point(double x, double measurement, LocalDate measuredOn, String age, double percentile, VitalSigns vitals) {
    }

    /** A chart that can be printed for a child: the indicator, the reference table, and how it is offered. */
    public record Choice(GrowthIndicator indicator, GrowthTable table, String label) {
    }

    public GrowthChart {
        curves = List.copyOf(curves);
        points = List.copyOf(points);
    }

    /**
     * The charts that can be printed for {@code patient}: per indicator, the reference for the child's age
     * today and every reference some of the child's measurements are plotted on. None when the child's sex
     * is not recorded as female or male (the references are by sex).
     */
    public static List<Choice> choices(Patient patient, List<VitalSigns> vitals, ChildGrowth growth, LocalDate today) {
        Child child = Child.of(patient);
        if (child.sex().isEmpty()) {
            return List.of();
        }
        GrowthReferences references = growth.references();
        List<GrowthEntry> entries = growth.history(child, vitals);
        double ageToday = ChildAge.on(patient.dateOfBirth(), today.isBefore(patient.dateOfBirth()) ? patient.dateOfBirth() : today,
                patient.gestationalAgeDays()).chartDays();
        List<Choice> choices = new ArrayList<>();
        for (GrowthIndicator indicator : GrowthIndicator.values()) {
            Set<GrowthTable> tables = new LinkedHashSet<>();
            for (GrowthEntry entry : entries) {
                entry.assessment(indicator).ifPresent(a -> tables.add(a.reference().table()));
            }
            references.tableFor(indicator, Math.max(0, ageToday)).ifPresent(tables::add);
            tables.stream().sorted(Comparator.comparing(GrowthTable::ordinal))
                    .forEach(t -> choices.add(new Choice(indicator, t, label(references, t))));
        }
        return choices;
    }

    /** "Weight-for-age · WHO, birth to 24 months", "Weight-for-length · CDC, 77 to 121.5 cm". */
    static String label(GrowthReferences references, GrowthTable table) {
        return title(table) + " · " + (table.standard() == GrowthStandard.WHO_2006 ? "WHO" : "CDC") + ", "
                + range(table, references.chartRange(table));
    }

    /** The chart's name: the indicator, with CDC's word "stature" where its table measures standing height. */
    static String title(GrowthTable table) {
        return switch (table) {
            case CDC_STATURE_FOR_AGE -> "Stature-for-age";
            case CDC_WEIGHT_FOR_STATURE -> "Weight-for-stature";
            case WHO_LENGTH_FOR_AGE -> "Length-for-age";
            default -> table.indicator().label();
        };
    }

    /** The chart's range in words: "birth to 24 months", "2 to 20 years", "45 to 110 cm". */
    static String range(GrowthTable table, AxisRange range) {
        if (table.indicator().byLength()) {
            return number(range.from()) + " to " + number(range.to()) + " cm";
        }
        double fromMonths = range.from() / GrowthReference.DAYS_PER_MONTH;
        double toMonths = range.to() / GrowthReference.DAYS_PER_MONTH;
        if (toMonths <= 36) {
            return (fromMonths < 0.5 ? "birth" : number(fromMonths)) + " to " + number(toMonths) + " months";
        }
        return number(fromMonths / 12) + " to " + number(toMonths / 12) + " years";
    }

    private static String number(double value) {
        return Math.abs(value - Math.rint(value)) < 0.01 ? String.valueOf((long) Math.rint(value))
                : String.format(Locale.US, "%.1f", value);
    }

    /**
     * The chart of {@code table} for {@code patient}, with every one of {@code vitals} that the convention
     * plots on it. Fails when the child's sex is not recorded as female or male.
     */
    public static GrowthChart of(Letterhead letterhead, Patient patient, List<VitalSigns> vitals, GrowthTable table,
            ChildGrowth growth) {
        Child child = Child.of(patient);
        Sex sex = child.sex().orElseThrow(() -> new IllegalArgumentException("growth charts are drawn for girls and boys"));
        GrowthReferences references = growth.references();
        GrowthReference reference = references.reference(table);
        AxisRange range = references.chartRange(table);
        List<PercentileCurve> curves = reference.percentileCurves(sex, range.from(), range.to(), CURVE_POINTS);
        ZoneId zone = growth.practiceZone();
        List<Point> points = new ArrayList<>();
        boolean corrected = false;
        List<VitalSigns> sorted = vitals.stream().sorted(Comparator.comparing(VitalSigns::measuredAt)).toList();
        for (VitalSigns v : sorted) {
            GrowthEntry entry = growth.assess(child, v);
            Optional<GrowthAssessment> on = entry.assessment(table.indicator()).filter(a -> a.reference().table() == table);
            if (on.isEmpty()) {
                continue;
            }
            GrowthAssessment a = on.get();
            LocalDate day = LocalDate.ofInstant(v.measuredAt(), zone);
            String age = PatientAge.of(patient.dateOfBirth(), day);
            if (entry.age().corrected()) {
                corrected = true;
                age += entry.age().chartDays() < 0 ? " (before the due date)"
                        : " (corrected " + PatientAge.of(patient.dateOfBirth(), patient.dateOfBirth().plusDays(entry.age().chartDays())) + ")";
            }
            points.add(new Point(a.x(), a.measurement(), day, age, a.percentile(), v));
        }
        String note = corrected
                ? "Born at " + patient.gestationalAgeDays() / 7 + " weeks: ages are corrected for prematurity until 24 months, "
                        + "and the points are plotted at the corrected age."
                : "";
        return new GrowthChart(letterhead, patient.firstName() + " " + patient.lastName(), patient.dateOfBirth(), sex, table, range,
                curves, points, note);
    }
}
