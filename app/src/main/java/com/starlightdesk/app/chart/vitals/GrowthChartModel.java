package com.starlightdesk.app.chart.vitals;

import com.starlightdesk.data.domain.LengthPosition;
import com.starlightdesk.data.growth.AxisRange;
import com.starlightdesk.data.growth.CurvePoint;
import com.starlightdesk.data.growth.GrowthReference;
import com.starlightdesk.data.growth.GrowthReferences;
import com.starlightdesk.data.growth.GrowthStandard;
import com.starlightdesk.data.growth.GrowthTable;
import com.starlightdesk.data.growth.PercentileCurve;
import com.starlightdesk.data.growth.Sex;
import java.util.ArrayList;
import java.util.List;

/**
 * What one growth chart shows, in the chart's own units (age in months or years, length in cm): its
 * title, both axes, the nine percentile curves and the child's points with what hovering over each says.
 * Computed off the FX thread; immutable.
 */
public record GrowthChartModel(GrowthTable table, String title, Axis x, Axis y, List<Curve> curves, List<Point> points) {
    /** Samples per percentile curve: a point every week or so of age, every half cm of length. */
    static final int CURVE_SAMPLES = 121;
    private static final double DAYS_PER_YEAR = 365.25;

    public GrowthChartModel {
        curves = List.copyOf(curves);
        points = List.copyOf(points);
    }

    /** An axis: its title (with unit), its range and the step between its labelled ticks. */
    public record Axis(String title, double from, double to, double step) {
    }

    /** A percentile curve in chart units. */
    public record Curve(int percentile, double[] xs, double[] ys) {
    }

    /** One of the child's measurements on the chart, and what hovering over it says. */
    public record Point(double x, double y, String description) {
    }

    /** A measurement to plot: x on the reference's axis (age in days or length in cm), the value, its description. */
    public record Plotted(double referenceX, double value, String description) {
    }

    /**
     * The chart of {@code table} for {@code sex} over the range the US convention gives it, with those of
     * {@code plotted} that fall in that range, in order (joined by a line).
     */
    public static GrowthChartModel of(GrowthReferences references, GrowthTable table, Sex sex, List<Plotted> plotted) {
        return of(references, table, sex, plotted, references.chartRange(table));
    }

    /**
     * The chart of a child {@code ageDays} old: as {@link #of(GrowthReferences, GrowthTable, Sex, List)}, except
     * that a CDC chart by age for a young child runs from 2 years to two whole years past the child's age (5 at
     * least), so that the few points since the second birthday are not lost in the corner of a 2-to-20 chart.
     */
    public static GrowthChartModel forChild(GrowthReferences references, GrowthTable table, Sex sex, List<Plotted> plotted,
            double ageDays) {
        AxisRange full = references.chartRange(table);
        if (table.standard() == GrowthStandard.WHO_2006 || table.indicator().byLength()
                || full.to() - full.from() < 6 * DAYS_PER_YEAR) {
            return of(references, table, sex, plotted, full);
        }
        double toYears = Math.max(5, Math.ceil(ageDays / DAYS_PER_YEAR) + 2);
        double to = Math.min(full.to(), toYears * DAYS_PER_YEAR);
        return of(references, table, sex, plotted, new AxisRange(full.from(), Math.max(to, full.from() + DAYS_PER_YEAR)));
    }

    private static GrowthChartModel of(GrowthReferences references, GrowthTable table, Sex sex, List<Plotted> plotted,
            AxisRange range) {
        GrowthReference reference = references.reference(table);
        XUnit unit = XUnit.of(table, range);
        List<Curve> curves = new ArrayList<>();
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (PercentileCurve curve : reference.percentileCurves(sex, range.from(), range.to(), CURVE_SAMPLES)) {
            double[] xs = new double[curve.points().size()];
            double[] ys = new double[xs.length];
            for (int i = 0; i < xs.length; i++) {
                CurvePoint p = curve.points().get(i);
                xs[i] = unit.shown(p.x());
                ys[i] = p.measurement();
                low = Math.min(low, ys[i]);
                high = Math.max(high, ys[i]);
            }
            curves.add(new Curve(curve.percentile(), xs, ys));
        }
        List<Point> points = new ArrayList<>();
        for (Plotted p : plotted) {
            if (range.contains(p.referenceX())) {
                points.add(new Point(unit.shown(p.referenceX()), p.value(), p.description()));
                low = Math.min(low, p.value());
                high = Math.max(high, p.value());
            }
        }
        double yStep = niceStep((high - low) / 8);
        Axis y = new Axis(yTitle(table), Math.floor(low / yStep) * yStep, Math.ceil(high / yStep) * yStep, yStep);
        Axis x = new Axis(unit.title(table), unit.shown(range.from()), unit.shown(range.to()), unit.step(range));
        String title = table.indicator().label() + " · " + table.standard().label() + " · "
                + (sex == Sex.FEMALE ? "girls" : "boys") + ", " + span(table, range);
        return new GrowthChartModel(table, title, x, y, curves, points);
    }

    private static String yTitle(GrowthTable table) {
        return switch (table.indicator()) {
            case WEIGHT_FOR_AGE, WEIGHT_FOR_LENGTH -> "Weight (kg)";
            case LENGTH_FOR_AGE -> table.lengthPosition() == LengthPosition.STANDING ? "Height (cm)" : "Length (cm)";
            case HEAD_CIRCUMFERENCE_FOR_AGE -> "Head circumference (cm)";
            case BMI_FOR_AGE -> "BMI (kg/m²)";
        };
    }

    private static String span(GrowthTable table, AxisRange range) {
        if (table.indicator().byLength()) {
            return String.format(java.util.Locale.US, "%.0f to %.0f cm", range.from(), range.to());
        }
        if (table.standard() == GrowthStandard.WHO_2006) {
            return "birth to 24 months";
        }
        if (range.to() <= 37 * GrowthReference.DAYS_PER_MONTH) {
            return "24 to 36 months";
        }
        return String.format(java.util.Locale.US, "2 to %.0f years", range.to() / DAYS_PER_YEAR);
    }

    /** A step of 1, 2, 2.5 or 5 times a power of ten, at least {@code rough}. */
    static double niceStep(double rough) {
        if (!(rough > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= rough) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** How the chart counts its x: months, years or cm. */
    private enum XUnit {
        MONTHS, YEARS, CENTIMETRES;

        static XUnit of(GrowthTable table, AxisRange range) {
            if (table.indicator().byLength()) {
                return CENTIMETRES;
            }
            return range.to() - range.from() > 5 * DAYS_PER_YEAR ? YEARS : MONTHS;
        }

        double shown(double referenceX) {
            return switch (this) {
                case MONTHS -> referenceX / GrowthReference.DAYS_PER_MONTH;
                case YEARS -> referenceX / DAYS_PER_YEAR;
                case CENTIMETRES -> referenceX;
            };
        }

        String title(GrowthTable table) {
            return switch (this) {
                case MONTHS -> "Age (months)";
                case YEARS -> "Age (years)";
                case CENTIMETRES -> table.lengthPosition() == LengthPosition.STANDING
                        ? "Height (cm)" : "Length (cm)";
            };
        }

        double step(AxisRange range) {
            return switch (this) {
                case MONTHS -> 2;
                case YEARS -> 1;
                case CENTIMETRES -> 5;
            };
        }
    }
}
