package com.starlightdesk.data.growth;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One growth reference (a {@link GrowthTable} read into memory) on the app's axes: age in days for the
 * age-based indicators (the CDC tables count months of 30.4375 days; the conversion happens here), length
 * in cm for weight-for-length. It gives z-scores, the measurement at a z-score and the percentile curves
 * a chart or a printed page draws. Immutable; thread-safe.
 */
public final class GrowthReference {
    /** Days in the CDC tables' month: a year of 365.25 days over 12. */
    public static final double DAYS_PER_MONTH = 30.4375;

    private final GrowthTable table;
    private final LmsTable lms;

    GrowthReference(GrowthTable table, LmsTable lms) {
        this.table = table;
        this.lms = lms;
    }

    public GrowthTable table() {
        return table;
    }

    public GrowthStandard standard() {
        return table.standard();
    }

    public GrowthIndicator indicator() {
        return table.indicator();
    }

    /** The first tabulated x (days or cm) for {@code sex}. */
    public double firstX(Sex sex) {
        return fromTable(lms.firstX(sex));
    }

    /** The last tabulated x (days or cm) for {@code sex}. */
    public double lastX(Sex sex) {
        return fromTable(lms.lastX(sex));
    }

    /** Whether {@code x} (days or cm) lies within the table for {@code sex}. */
    public boolean covers(Sex sex, double x) {
        double t = toTable(x);
        return t >= lms.firstX(sex) && t <= lms.lastX(sex);
    }

    /** L, M and S at {@code x} (days or cm), interpolated linearly between tabulated x; none outside the table. */
    public Optional<Lms> lms(Sex sex, double x) {
        return lms.at(sex, toTable(x));
    }

    /**
     * The z-score of {@code measurement} at {@code x} (days or cm), none outside the table. The plain LMS
     * z-score, except for WHO's weight-based indicators beyond ±3, where WHO restricts the distribution's
     * tail (WHO Child Growth Standards, 2006, "restricted application of the LMS method"): above +3,
     * z = 3 + (X − SD3) / SD23 with SD3 the measurement at +3 and SD23 = SD3 − SD2; below −3,
     * z = −3 + (X − SD3neg) / SD23neg with SD23neg = SD2neg − SD3neg. The CDC references use plain LMS.
     */
    public OptionalDouble zScore(Sex sex, double x, double measurement) {
        Optional<Lms> at = lms(sex, x);
        if (at.isEmpty() || !(measurement > 0)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(zScore(at.get(), measurement));
    }

    private double zScore(Lms at, double measurement) {
        double z = at.z(measurement);
        if (!restrictedBeyondThree()) {
            return z;
        }
        if (z > 3) {
            double sd3 = at.measurementAt(3);
            double sd23 = sd3 - at.measurementAt(2);
            return 3 + (measurement - sd3) / sd23;
        }
        if (z < -3) {
            double sd3neg = at.measurementAt(-3);
            double sd23neg = at.measurementAt(-2) - sd3neg;
            return -3 + (measurement - sd3neg) / sd23neg;
        }
        return z;
    }

    /** The measurement at {@code x} whose z-score is {@code z} (the inverse of {@link #zScore}); none outside the table. */
    public OptionalDouble measurementAt(Sex sex, double x, double z) {
        Optional<Lms> at = lms(sex, x);
        if (at.isEmpty()) {
            return OptionalDouble.empty();
        }
        return measurementAt(at.get(), z);
    }

    private OptionalDouble measurementAt(Lms at, double z) {
        double value;
        if (restrictedBeyondThree() && z > 3) {
            double sd3 = at.measurementAt(3);
            value = sd3 + (z - 3) * (sd3 - at.measurementAt(2));
        } else if (restrictedBeyondThree() && z < -3) {
            double sd3neg = at.measurementAt(-3);
            value = sd3neg + (z + 3) * (at.measurementAt(-2) - sd3neg);
        } else {
            value = at.measurementAt(z);
        }
        return Double.isFinite(value) && value > 0 ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** Whether WHO's restriction beyond ±3 applies: a WHO table of a weight-based indicator. */
    public boolean restrictedBeyondThree() {
        return table.standard() == GrowthStandard.WHO_2006 && table.indicator().weightBased();
    }

    /**
     * The line of z-score {@code z} from {@code fromX} to {@code toX} (days or cm, clipped to the table),
     * at {@code points} evenly spaced x (at least 2). Empty when the range misses the table.
     */
    public List<CurvePoint> curve(Sex sex, double z, double fromX, double toX, int points) {
        if (points < 2) {
            throw new IllegalArgumentException("a curve needs at least 2 points");
        }
        double from = Math.max(fromX, firstX(sex));
        double to = Math.min(toX, lastX(sex));
        List<CurvePoint> curve = new ArrayList<>(points);
        if (!(to > from)) {
            return curve;
        }
        for (int i = 0; i < points; i++) {
            double x = i == points - 1 ? to : from + (to - from) * i / (points - 1);
            Optional<Lms> at = lms(sex, x);
            if (at.isPresent()) {
                OptionalDouble value = measurementAt(at.get(), z);
                if (value.isPresent()) {
                    curve.add(new CurvePoint(x, value.getAsDouble()));
                }
            }
        }
        return curve;
    }

    /** The nine chart percentiles' curves ({@link PercentileCurve#CHART_PERCENTILES}), lowest first. */
    public List<PercentileCurve> percentileCurves(Sex sex, double fromX, double toX, int points) {
        List<PercentileCurve> curves = new ArrayList<>();
        for (int percentile : PercentileCurve.CHART_PERCENTILES) {
            double z = StandardNormal.quantile(percentile / 100.0);
            curves.add(new PercentileCurve(percentile, z, curve(sex, z, fromX, toX, points)));
        }
        return curves;
    }

    private double toTable(double x) {
        return table.x() == GrowthTable.TableX.MONTHS ? x / DAYS_PER_MONTH : x;
    }

    private double fromTable(double x) {
        return table.x() == GrowthTable.TableX.MONTHS ? x * DAYS_PER_MONTH : x;
    }

    @Override
    public String toString() {
        return table.standard().label() + " " + table.indicator().label();
    }
}
