package com.starlightdesk.data.growth;

import com.starlightdesk.data.domain.LengthPosition;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The shipped growth references and the US clinical convention for choosing among them: WHO 2006
 * standards under 24 months, CDC 2000 references from 24 months to 20 years.
 *
 * <p>The switch is at exactly 24 months, {@value #SWITCH_AGE_DAYS} days (24 months of 30.4375 days):
 * an age below it uses WHO, from it on CDC. Per indicator:
 * <ul>
 *   <li>weight-for-age: WHO, then CDC weight-for-age (24–240 months);</li>
 *   <li>length/height-for-age: WHO length-for-age (recumbent), then CDC stature-for-age (standing height,
 *   24–240 months);</li>
 *   <li>head circumference-for-age: WHO, then CDC's infant head circumference table, the only CDC one
 *   (to 36 months); none after 36 months;</li>
 *   <li>BMI-for-age: WHO, then CDC BMI-for-age (24–240.5 months);</li>
 *   <li>weight-for-length: WHO weight-for-length (recumbent, 45–110 cm) under 24 months, then CDC
 *   weight-for-stature (standing, 77–121.5 cm); a length outside the table has no z-score (older or
 *   taller children are followed by BMI-for-age).</li>
 * </ul>
 * A length measured in the other position than the chosen table expects is converted as WHO does:
 * recumbent length is standing height + 0.7 cm ({@link #RECUMBENT_EXCESS_CM}). So a
 * 2-year-old measured lying down is plotted on CDC stature 0.7 cm shorter, and a 20-month-old measured
 * standing on WHO length 0.7 cm longer; both tables then see the length they were built from.
 *
 * <p>Tables are read from the resources on first use (a few ms each) and kept. Thread-safe.
 */
public final class GrowthReferences {
    /** Where WHO gives way to CDC: 24 months, in days. */
    public static final double SWITCH_AGE_DAYS = 24 * GrowthReference.DAYS_PER_MONTH;
    /** The end of the CDC age references on a chart: 20 years, in days. */
    public static final double LAST_AGE_DAYS = 240 * GrowthReference.DAYS_PER_MONTH;
    /** What recumbent length exceeds standing height by, in cm (WHO 2006). */
    public static final double RECUMBENT_EXCESS_CM = 0.7;

    private final Map<GrowthTable, GrowthReference> read = new EnumMap<>(GrowthTable.class);

    /** The references, read from the resources as they are first needed. */
    public GrowthReferences() {
    }

    /** The reference read from {@code table}'s resource (once). */
    public synchronized GrowthReference reference(GrowthTable table) {
        return read.computeIfAbsent(table, t -> new GrowthReference(t, LmsTable.read(t)));
    }

    /**
     * The table the convention uses for {@code indicator} at {@code ageDays} (corrected age where it
     * applies); none before birth or after the CDC tables end.
     */
    public Optional<GrowthTable> tableFor(GrowthIndicator indicator, double ageDays) {
        if (!(ageDays >= 0)) {
            return Optional.empty();
        }
        boolean who = ageDays < SWITCH_AGE_DAYS;
        GrowthTable table = switch (indicator) {
            case WEIGHT_FOR_AGE -> who ? GrowthTable.WHO_WEIGHT_FOR_AGE : GrowthTable.CDC_WEIGHT_FOR_AGE;
            case LENGTH_FOR_AGE -> who ? GrowthTable.WHO_LENGTH_FOR_AGE : GrowthTable.CDC_STATURE_FOR_AGE;
            case HEAD_CIRCUMFERENCE_FOR_AGE -> who ? GrowthTable.WHO_HEAD_CIRCUMFERENCE_FOR_AGE
                    : GrowthTable.CDC_INFANT_HEAD_CIRCUMFERENCE_FOR_AGE;
            case BMI_FOR_AGE -> who ? GrowthTable.WHO_BMI_FOR_AGE : GrowthTable.CDC_BMI_FOR_AGE;
            case WEIGHT_FOR_LENGTH -> who ? GrowthTable.WHO_WEIGHT_FOR_LENGTH : GrowthTable.CDC_WEIGHT_FOR_STATURE;
        };
        if (!indicator.byLength() && !chartRange(table).contains(ageDays)) {
            return Optional.empty();
        }
        return Optional.of(table);
    }

    /**
     * The x range a chart of {@code table} shows under the convention: WHO's age charts birth to 24 months,
     * CDC's 24 months to 20 years (head circumference to 36 months), and the whole table for the
     * weight-for-length ones (cm). The infant CDC tables other than head circumference are not part of
     * the convention; their range is their whole table.
     */
    public AxisRange chartRange(GrowthTable table) {
        return switch (table) {
            case WHO_WEIGHT_FOR_AGE, WHO_LENGTH_FOR_AGE, WHO_HEAD_CIRCUMFERENCE_FOR_AGE, WHO_BMI_FOR_AGE ->
                    new AxisRange(0, SWITCH_AGE_DAYS);
            case CDC_WEIGHT_FOR_AGE, CDC_STATURE_FOR_AGE, CDC_BMI_FOR_AGE -> new AxisRange(SWITCH_AGE_DAYS, LAST_AGE_DAYS);
            case CDC_INFANT_HEAD_CIRCUMFERENCE_FOR_AGE -> new AxisRange(SWITCH_AGE_DAYS, 36 * GrowthReference.DAYS_PER_MONTH);
            default -> {
                GrowthReference reference = reference(table);
                yield new AxisRange(reference.firstX(Sex.MALE), reference.lastX(Sex.MALE));
            }
        };
    }

    /**
     * Where a measurement against age falls at {@code ageDays}: weight (kg), BMI (kg/m²), head circumference
     * (cm) or length (cm, measured in {@code position}, null for the usual one at that age). None when no
     * table covers the age or the value is not positive.
     */
    public Optional<GrowthAssessment> byAge(GrowthIndicator indicator, Sex sex, double ageDays, double measurement,
            LengthPosition position) {
        if (indicator.byLength()) {
            throw new IllegalArgumentException("weight-for-length is assessed by weightForLength");
        }
        Optional<GrowthTable> table = tableFor(indicator, ageDays);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        GrowthReference reference = reference(table.get());
        double value = indicator == GrowthIndicator.LENGTH_FOR_AGE
                ? asMeasuredFor(table.get(), measurement, position, ageDays) : measurement;
        return assess(reference, sex, ageDays, value);
    }

    /**
     * Where a weight (kg) falls against length (cm, measured in {@code position}, null for the usual one at
     * that age) at {@code ageDays}: WHO weight-for-length under 24 months, CDC weight-for-stature after. None
     * when the length lies outside the table.
     */
    public Optional<GrowthAssessment> weightForLength(Sex sex, double ageDays, double lengthCm, LengthPosition position,
            double weightKg) {
        Optional<GrowthTable> table = tableFor(GrowthIndicator.WEIGHT_FOR_LENGTH, ageDays);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        double length = asMeasuredFor(table.get(), lengthCm, position, ageDays);
        return assess(reference(table.get()), sex, length, weightKg);
    }

    private static Optional<GrowthAssessment> assess(GrowthReference reference, Sex sex, double x, double value) {
        OptionalDouble z = reference.zScore(sex, x, value);
        if (z.isEmpty()) {
            return Optional.empty();
        }
        double zz = z.getAsDouble();
        return Optional.of(new GrowthAssessment(reference, x, value, zz, 100 * StandardNormal.cdf(zz)));
    }

    /** {@code lengthCm} measured in {@code position} (null: the usual one at the age) as {@code table} expects it. */
    static double asMeasuredFor(GrowthTable table, double lengthCm, LengthPosition position, double ageDays) {
        LengthPosition measured = position == null ? usualPositionAt(ageDays) : position;
        LengthPosition expected = table.lengthPosition();
        if (expected == null || expected == measured) {
            return lengthCm;
        }
        return expected == LengthPosition.RECUMBENT ? lengthCm + RECUMBENT_EXCESS_CM : lengthCm - RECUMBENT_EXCESS_CM;
    }

    /** The usual position at an age: lying down under 24 months, standing from then on. */
    public static LengthPosition usualPositionAt(double ageDays) {
        return ageDays < SWITCH_AGE_DAYS ? LengthPosition.RECUMBENT : LengthPosition.STANDING;
    }
}
