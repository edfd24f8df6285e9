package com.starlightdesk.data.immunization.forecast;

import static com.starlightdesk.data.immunization.forecast.TestSchedule.ANY_AGE;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.CHILD;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.ageCondition;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.fromPrevious;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.series;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.starlightdesk.data.immunization.forecast.ImmunizationForecast.VaccineGroupForecast;
import com.starlightdesk.data.immunization.forecast.SupportingData.AgeRule;
import com.starlightdesk.data.immunization.forecast.SupportingData.ConditionType;
import com.starlightdesk.data.immunization.forecast.SupportingData.ConditionalSkip;
import com.starlightdesk.data.immunization.forecast.SupportingData.IntervalRule;
import com.starlightdesk.data.immunization.forecast.SupportingData.SeriesDose;
import com.starlightdesk.data.immunization.forecast.SupportingData.SeriesType;
import com.starlightdesk.data.immunization.forecast.SupportingData.SeriesVaccine;
import com.starlightdesk.data.immunization.forecast.SupportingData.SkipCondition;
import com.starlightdesk.data.immunization.forecast.SupportingData.SkipContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rules the shipped schedule exercises only in rare histories, on small schedules built for the purpose (the
 * logic reads any supporting data): 7.6 validate recommendation, 7.4's "not recommended due to past history",
 * a vaccine-count conditional skip, a recurring dose (4.4 step 5) and a seasonal dose (FORECASTDN-1).
 */
class SmallScheduleTest {
    private static final SeriesVaccine VACCINE = new SeriesVaccine("900", "Test vaccine", null, null, null, true);

    private static SeriesDose dose(int number, AgeRule age, List<IntervalRule> intervals, List<ConditionalSkip> skips) {
        return TestSchedule.dose(number, "900", age, intervals, skips);
    }

    private static ConditionalSkip skip(SkipContext context, SkipCondition condition) {
        return TestSchedule.skip(context, false, TestSchedule.set(false, condition));
    }

    /** A schedule of one antigen, Testitis (CVX 900), with one series of the given doses. */
    private static Forecaster schedule(SeriesDose... doses) {
        return new TestSchedule().antigen("Testitis", "900", "Testitis", false,
                series("Testitis", "Testitis", SeriesType.STANDARD, "1", 1, true, doses)).forecaster();
    }

    private static ImmunizationForecast run(Forecaster f, String assessed, String... doses) {
        List<AdministeredDose> list = new ArrayList<>();
        for (String d : doses) {
            list.add(new AdministeredDose("900", LocalDate.parse(d)));
        }
        return f.forecast(CHILD, list, LocalDate.parse(assessed));
    }

    @Test
    void allTargetDosesSkippedWithNoneSatisfiedIsNotRecommended() {
        Forecaster f = schedule(dose(1, ANY_AGE, List.of(), List.of(skip(SkipContext.FORECAST, ageCondition("2 years", null)))));
        VaccineGroupForecast g = run(f, "2027-01-01").group("Testitis");
        assertEquals("Not Recommended", g.status().words());
        assertEquals(List.of("Not recommended at this time due to past immunization history"), g.reasons());
        assertEquals("Not Complete", run(f, "2025-01-01").group("Testitis").status().words());
    }

    @Test
    void vaccineCountConditionSkipsATargetDoseInEvaluation() {
        // dose 2 is not needed when a valid dose was given at 12 months or older
        SkipCondition oneAfterTwelveMonths = new SkipCondition(ConditionType.VACCINE_COUNT_BY_AGE, null, null, span("12 months"),
                null, null, 0, true, SupportingData.CountLogic.GREATER_THAN, Set.of("900"), Set.of());
        Forecaster f = schedule(dose(1, ANY_AGE, List.of(), List.of()),
                dose(2, ANY_AGE, List.of(fromPrevious("4 weeks")), List.of(skip(SkipContext.EVALUATION, oneAfterTwelveMonths))),
                dose(3, ANY_AGE, List.of(fromPrevious("8 weeks")), List.of()));
        // dose 1 at 13 months: the dose at 16 months satisfies target dose 3 (8 weeks after), completing the series
        ImmunizationForecast late = run(f, "2025-06-01", "2025-02-01", "2025-05-01");
        assertEquals("Complete", late.group("Testitis").status().words());
        // dose 1 at 6 months: no skip, the second dose satisfies target dose 2
        ImmunizationForecast early = run(f, "2024-09-01", "2024-07-01", "2024-08-01");
        assertEquals(3, early.group("Testitis").forecastDose());
        assertEquals(LocalDate.parse("2024-09-26"), early.group("Testitis").earliest());
    }

    @Test
    void aRecurringDoseIsTargetedAgainAfterEachValidDose() {
        SeriesDose booster = new SeriesDose(1, List.of(ANY_AGE), List.of(fromPrevious("10 years")), List.of(), List.of(VACCINE),
                List.of(), Set.of(), List.of(), true, null, null);
        ImmunizationForecast r = run(schedule(booster), "2045-01-01", "2024-06-01", "2034-06-01");
        assertEquals("Valid", r.doses().get(1).evaluation());
        assertEquals(3, r.group("Testitis").forecastDose());
        assertEquals(LocalDate.parse("2044-06-01"), r.group("Testitis").earliest());
    }

    @Test
    void aSeasonalDoseGivenBeforeTheSeasonDoesNotCountTowardTheForecastDoseNumber() {
        SeriesDose yearly = new SeriesDose(1, List.of(ANY_AGE), List.of(), List.of(), List.of(VACCINE), List.of(), Set.of(),
                List.of(), true, LocalDate.parse("2025-07-01"), LocalDate.parse("2026-06-30"));
        ImmunizationForecast r = run(schedule(yearly), "2025-08-01", "2025-03-01");
        assertEquals(1, r.group("Testitis").forecastDose());
        assertEquals(LocalDate.parse("2025-07-01"), r.group("Testitis").earliest());
        assertEquals("Not Recommended", run(schedule(yearly), "2026-07-01").group("Testitis").status().words());
    }

    private static Forecaster forecaster() {
        AgeRule any = new AgeRule(null, span("0 days"), null, null, span("5 years"), null, null);
        ConditionalSkip notFrom15Months = skip(SkipContext.FORECAST, ageCondition("15 months", null));
        return schedule(dose(1, any, List.of(), List.of()),
                dose(2, any, List.of(fromPrevious("8 weeks")), List.of(notFrom15Months)),
                dose(3, new AgeRule(null, span("12 months"), null, null, span("5 years"), null, null),
                        List.of(fromPrevious("4 weeks")), List.of()));
    }

    private static VaccineGroupForecast forecast(String dose1, String assessed) {
        return forecaster().forecast(CHILD, List.of(new AdministeredDose("900", LocalDate.parse(dose1))), LocalDate.parse(assessed))
                .group("Testitis");
    }

    @Test
    void aDoseWhoseEarliestDateFallsInItsSkipIsSkippedAndTheNextTargetDoseIsForecast() {
        // dose 1 at 13 months + 19 days: dose 2's earliest date (8 weeks later, 17 April) is past 15 months
        // (1 April), so dose 2 is skipped and dose 3 is forecast 4 weeks after dose 1
        VaccineGroupForecast f = forecast("2025-02-20", "2025-02-21");
        assertEquals(2, f.forecastDose());
        assertEquals(LocalDate.parse("2025-03-20"), f.earliest());
    }

    @Test
    void aDoseWhoseEarliestDateIsBeforeItsSkipIsForecast() {
        // dose 1 at 12 months: dose 2's earliest date (26 February) is before 15 months
        VaccineGroupForecast f = forecast("2025-01-01", "2025-01-02");
        assertEquals(2, f.forecastDose());
        assertEquals(LocalDate.parse("2025-02-26"), f.earliest());
    }
}
