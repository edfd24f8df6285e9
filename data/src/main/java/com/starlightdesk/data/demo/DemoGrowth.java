package com.starlightdesk.data.demo;

import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.LengthPosition;
import com.starlightdesk.data.domain.LengthUnit;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.TemperatureUnit;
import com.starlightdesk.data.domain.VitalSigns;
import com.starlightdesk.data.domain.WeightUnit;
import com.starlightdesk.data.growth.ChildAge;
import com.starlightdesk.data.growth.GrowthIndicator;
import com.starlightdesk.data.growth.GrowthReferences;
import com.starlightdesk.data.growth.Inches;
import com.starlightdesk.data.growth.Pounds;
import com.starlightdesk.data.growth.Sex;
import com.starlightdesk.data.repo.Changes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The demo's growth histories: well-child visits from birth to now, each with the vitals taken, for a few
 * children, with measurements placed on the WHO/CDC references at a z-score that drifts from one value to
 * another over the years (steady, catching up after a preterm birth, or crossing percentile lines). Values
 * are rounded as a clinic's scale and board read them (grams or tenths of an ounce, millimetres or
 * quarter inches). Deterministic.
 */
final class DemoGrowth {
    /** The well-child schedule, in months of age. */
    private static final double[] VISIT_MONTHS = {0.1, 0.5, 1, 2, 4, 6, 9, 12, 15, 18, 24, 30, 36, 48, 60, 72, 84, 96, 108, 120};

    /** One child's course: the z-scores at the first and the last visit, and the units the family's visits use. */
    record Course(double weightZFrom, double weightZTo, double lengthZFrom, double lengthZTo, double headZ, boolean usUnits) {
    }

    private final GrowthReferences references = new GrowthReferences();
    private final Changes changes;
    private final ZoneId zone;
    private final LocalDate today;

    DemoGrowth(Changes changes, ZoneId zone, LocalDate today) {
        this.changes = changes;
        this.zone = zone;
        this.today = today;
    }

    /** Books the past well-child visits of {@code child} (completed, with {@code provider}) and records their vitals; returns how many. */
    int history(Patient child, Provider provider, Course course) {
        Sex sex = Sex.of(child.gender()).orElseThrow();
        List<LocalDate> days = new java.util.ArrayList<>();
        for (double months : VISIT_MONTHS) {
            LocalDate day = child.dateOfBirth().plusDays(Math.round(months * 30.4375));
            ChildAge age = ChildAge.on(child.dateOfBirth(), day, child.gestationalAgeDays());
            if (day.isAfter(today.minusDays(10)) || age.chartDays() < 0) {
                continue;
            }
            days.add(day);
        }
        for (int i = 0; i < days.size(); i++) {
            double share = days.size() == 1 ? 1 : (double) i / (days.size() - 1);
            LocalDate day = days.get(i);
            ChildAge age = ChildAge.on(child.dateOfBirth(), day, child.gestationalAgeDays());
            double chartDays = age.chartDays();
            Instant start = day.atTime(9, 30).atZone(zone).toInstant();
            Appointment visit = changes.insert(new Appointment(Ids.next(), child.id(), provider.id(), start, start.plus(30, ChronoUnit.MINUTES),
                    AppointmentStatus.COMPLETED, AppointmentType.CHECKUP, "Well-child visit", null));
            double weight = at(GrowthIndicator.WEIGHT_FOR_AGE, sex, chartDays, lerp(course.weightZFrom(), course.weightZTo(), share));
            double length = at(GrowthIndicator.LENGTH_FOR_AGE, sex, chartDays, lerp(course.lengthZFrom(), course.lengthZTo(), share));
            boolean lying = age.chronologicalDays() < GrowthReferences.SWITCH_AGE_DAYS;
            BigDecimal head = age.chronologicalDays() < 36 * 30.4375
                    ? centimetres(at(GrowthIndicator.HEAD_CIRCUMFERENCE_FOR_AGE, sex, chartDays, course.headZ()), course.usUnits()) : null;
            changes.insert(new VitalSigns(Ids.next(), child.id(), start.plus(5, ChronoUnit.MINUTES),
                    course.usUnits() ? Pounds.fromKilograms(new BigDecimal(weight)).toKilograms()
                            : new BigDecimal(weight).setScale(lying ? 2 : 1, RoundingMode.HALF_UP),
                    centimetres(length, course.usUnits()), head,
                    course.usUnits() ? new BigDecimal("36.9") : new BigDecimal("36.8"), lying ? 130 - i * 3 : 95 - i, lying ? 36 - i : 22,
                    visit.id(), course.usUnits() ? WeightUnit.LB : WeightUnit.KG, course.usUnits() ? LengthUnit.IN : LengthUnit.CM,
                    course.usUnits() ? TemperatureUnit.F : TemperatureUnit.C, lying ? LengthPosition.RECUMBENT : LengthPosition.STANDING,
                    null, null, null));
        }
        return days.size();
    }

    /**
     * The vitals taken at a sick or other visit of {@code child} (kg and cm), weight and length at the given
     * z-scores for the age, with the temperature and rates given. Weights as a scale reads them: to 10 g for a
     * baby weighed lying, to 100 g after.
     */
    VitalSigns atVisit(Patient child, Appointment visit, double weightZ, double lengthZ, BigDecimal temperatureC, int heartRate,
            int respiratoryRate) {
        Sex sex = Sex.of(child.gender()).orElseThrow();
        LocalDate day = LocalDate.ofInstant(visit.startTime(), zone);
        ChildAge age = ChildAge.on(child.dateOfBirth(), day, child.gestationalAgeDays());
        double chartDays = Math.max(0, age.chartDays());
        boolean lying = age.chronologicalDays() < GrowthReferences.SWITCH_AGE_DAYS;
        BigDecimal head = age.chronologicalDays() < 36 * 30.4375
                ? centimetres(at(GrowthIndicator.HEAD_CIRCUMFERENCE_FOR_AGE, sex, chartDays, (weightZ + lengthZ) / 2), false) : null;
        return new VitalSigns(Ids.next(), child.id(), visit.startTime().plus(5, ChronoUnit.MINUTES),
                new BigDecimal(at(GrowthIndicator.WEIGHT_FOR_AGE, sex, chartDays, weightZ)).setScale(lying ? 2 : 1, RoundingMode.HALF_UP),
                centimetres(at(GrowthIndicator.LENGTH_FOR_AGE, sex, chartDays, lengthZ), false), head, temperatureC, heartRate,
                respiratoryRate, visit.id(), WeightUnit.KG, LengthUnit.CM, TemperatureUnit.C,
                lying ? LengthPosition.RECUMBENT : LengthPosition.STANDING, null, null, null);
    }

    private static double lerp(double from, double to, double share) {
        return from + (to - from) * share;
    }

    /** A length as a board reads it: to the millimetre, or to the quarter inch. */
    private static BigDecimal centimetres(double cm, boolean inches) {
        if (!inches) {
            return new BigDecimal(cm).setScale(1, RoundingMode.HALF_UP);
        }
        BigDecimal quarters = new BigDecimal(cm / 2.54 * 4).setScale(0, RoundingMode.HALF_UP);
        return Inches.toCentimetres("length", quarters.divide(new BigDecimal(4), 2, RoundingMode.UNNECESSARY));
    }

    /** The measurement at z-score {@code z} for the age (found by bisection: z rises with the measurement). */
    private double at(GrowthIndicator indicator, Sex sex, double ageDays, double z) {
        double low = 0.5;
        double high = 250;
        for (int i = 0; i < 60; i++) {
            double mid = (low + high) / 2;
            Optional<Double> found = references.byAge(indicator, sex, ageDays, mid, null).map(a -> a.z());
            if (found.isEmpty()) {
                throw new IllegalStateException("no reference for " + indicator + " at " + ageDays + " days");
            }
            if (found.get() < z) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }
}
