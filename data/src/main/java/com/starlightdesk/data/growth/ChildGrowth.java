package com.starlightdesk.data.growth;

import com.starlightdesk.data.domain.LengthPosition;
import com.starlightdesk.data.domain.VitalSigns;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a child's vitals on the growth references: the age of each measurement (in the practice's time
 * zone, corrected for prematurity where that applies), BMI, z-scores and percentiles, and the values too
 * far out to save without a confirmation. Thread-safe.
 */
public final class ChildGrowth {
    /** The vitals fields each indicator reads. */
    private static final Map<GrowthIndicator, List<String>> FIELDS = Map.of(
            GrowthIndicator.WEIGHT_FOR_AGE, List.of("weightKg"),
            GrowthIndicator.LENGTH_FOR_AGE, List.of("heightCm"),
            GrowthIndicator.HEAD_CIRCUMFERENCE_FOR_AGE, List.of("headCircumferenceCm"),
            GrowthIndicator.WEIGHT_FOR_LENGTH, List.of("weightKg", "heightCm"),
            GrowthIndicator.BMI_FOR_AGE, List.of("weightKg", "heightCm"));

    private final GrowthReferences references;
    private final ZoneId practiceZone;

    public ChildGrowth(GrowthReferences references, ZoneId practiceZone) {
        this.references = references;
        this.practiceZone = practiceZone;
    }

    public GrowthReferences references() {
        return references;
    }

    public ZoneId practiceZone() {
        return practiceZone;
    }

    /** The vitals entry fields {@code indicator} reads (names of {@code VitalSigns} components). */
    public static List<String> fieldsOf(GrowthIndicator indicator) {
        return FIELDS.get(indicator);
    }

    /**
     * {@code vitals} of {@code child} on the references, the length taken as measured in its recorded
     * position (none recorded: the usual position at the age).
     */
    public GrowthEntry assess(Child child, VitalSigns vitals) {
        LengthPosition position = vitals.lengthPosition();
        ChildAge age = ChildAge.at(child.birthDate(), vitals.measuredAt(), practiceZone, child.gestationalAgeDays());
        BigDecimal bmi = vitals.weightKg() != null && vitals.heightCm() != null ? Bmi.of(vitals.weightKg(), vitals.heightCm()) : null;
        Map<GrowthIndicator, GrowthAssessment> found = new EnumMap<>(GrowthIndicator.class);
        if (child.sex().isPresent()) {
            Sex sex = child.sex().get();
            double days = age.chartDays();
            put(found, GrowthIndicator.WEIGHT_FOR_AGE, vitals.weightKg(),
                    v -> references.byAge(GrowthIndicator.WEIGHT_FOR_AGE, sex, days, v, null));
            put(found, GrowthIndicator.LENGTH_FOR_AGE, vitals.heightCm(),
                    v -> references.byAge(GrowthIndicator.LENGTH_FOR_AGE, sex, days, v, position));
            put(found, GrowthIndicator.HEAD_CIRCUMFERENCE_FOR_AGE, vitals.headCircumferenceCm(),
                    v -> references.byAge(GrowthIndicator.HEAD_CIRCUMFERENCE_FOR_AGE, sex, days, v, null));
            if (bmi != null) {
                double exactBmi = Bmi.exact(vitals.weightKg(), vitals.heightCm()).doubleValue();
                references.byAge(GrowthIndicator.BMI_FOR_AGE, sex, days, exactBmi, null)
                        .ifPresent(a -> found.put(GrowthIndicator.BMI_FOR_AGE, a));
                double length = vitals.heightCm().doubleValue();
                put(found, GrowthIndicator.WEIGHT_FOR_LENGTH, vitals.weightKg(),
                        v -> references.weightForLength(sex, days, length, position, v));
            }
        }
        return new GrowthEntry(vitals, age, bmi, found);
    }

    private interface Assessing {
        Optional<GrowthAssessment> at(double value);
    }

    private static void put(Map<GrowthIndicator, GrowthAssessment> found, GrowthIndicator indicator, BigDecimal value,
            Assessing assessing) {
        if (value != null) {
            assessing.at(value.doubleValue()).ifPresent(a -> found.put(indicator, a));
        }
    }

    /** Every set of vitals of {@code child} on the references, in the given order. */
    public List<GrowthEntry> history(Child child, List<VitalSigns> vitals) {
        List<GrowthEntry> entries = new ArrayList<>(vitals.size());
        for (VitalSigns v : vitals) {
            entries.add(assess(child, v));
        }
        return entries;
    }

    /** The values of {@code vitals} beyond ±{@value GrowthAssessment#IMPLAUSIBLE_Z} SD, each with the fields it comes from. */
    public List<ImplausibleValue> implausible(Child child, VitalSigns vitals) {
        List<ImplausibleValue> out = new ArrayList<>();
        for (GrowthAssessment a : assess(child, vitals).assessments().values()) {
            if (a.implausible()) {
                out.add(new ImplausibleValue(a.reference().indicator(), fieldsOf(a.reference().indicator()), a.z()));
            }
        }
        return out;
    }
}
