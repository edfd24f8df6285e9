package com.starlightdesk.data.immunization.forecast;

import static com.starlightdesk.data.immunization.forecast.TestSchedule.ANY_AGE;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.age;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.ageCondition;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.completedSeries;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.count;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.dose;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.fromPrevious;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.intervalCondition;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.series;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.set;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.skip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.starlightdesk.data.immunization.forecast.SupportingData.ConditionType;
import com.starlightdesk.data.immunization.forecast.SupportingData.ConditionalSkip;
import com.starlightdesk.data.immunization.forecast.SupportingData.CountLogic;
import com.starlightdesk.data.immunization.forecast.SupportingData.SeriesType;
import com.starlightdesk.data.immunization.forecast.SupportingData.SkipCondition;
import com.starlightdesk.data.immunization.forecast.SupportingData.SkipContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Section 6.2 (and 7.1, 7.6) conditional skip, one condition type at a time (tables 6-6 to 6-11, CONDSKIP-1 and
 * CONDSKIP-2), on small schedules (child born 1 January 2024) and on the shipped data where it uses the type.
 * The small schedule is two doses of CVX 900, 4 weeks apart; the skip is on dose 2, so with one dose given the
 * series is Complete when dose 2 is skipped and Not Complete when it is not.
 */
class ConditionalSkipTest {
    private static TestSchedule twoDoses(ConditionalSkip skipOfDose2) {
        return new TestSchedule().antigen("Testitis", "900", "Testitis", false,
                series("Testitis", "Testitis", SeriesType.STANDARD, "1", 1, true,
                        dose(1, "900", ANY_AGE, List.of(), List.of()),
                        dose(2, "900", ANY_AGE, List.of(fromPrevious("4 weeks")), List.of(skipOfDose2))))
                .cvx("901", "Testitis");
    }

    private static TestSchedule twoDoses(SkipCondition condition) {
        return twoDoses(skip(SkipContext.FORECAST, false, set(false, condition)));
    }

    private static String status(TestSchedule s, String assessed, String... doses) {
        return s.run(assessed, doses).group("Testitis").status().words();
    }

    @Test
    void table6to6AgeIsMetFromTheBeginAgeDateUpToTheEndAgeDate() {
        // begin 12 months (1 January 2025), end 24 months (1 January 2026); reference date: the assessment date
        TestSchedule s = twoDoses(ageCondition("12 months", "24 months"));
        assertEquals("Not Complete", status(s, "2024-12-31", "900@2024-03-01"));
        assertEquals("Complete", status(s, "2025-01-01", "900@2024-03-01"));
        assertEquals("Complete", status(s, "2025-12-31", "900@2024-03-01"));
        assertEquals("Not Complete", status(s, "2026-01-01", "900@2024-03-01"));
    }

    @Test
    void table6to8IntervalIsMetOnAndAfterTheIntervalDateFromTheImmediatePreviousDose() {
        // CALCDTSKIP-5: dose 1 on 1 March 2024 plus 6 months is 1 September 2024
        TestSchedule s = twoDoses(intervalCondition("6 months"));
        assertEquals("Not Complete", status(s, "2024-08-31", "900@2024-03-01"));
        assertEquals("Complete", status(s, "2024-09-01", "900@2024-03-01"));
        // "has at least one dose been administered?" No: the condition is not met, so dose 1 is forecast
        TestSchedule onDose1 = new TestSchedule().antigen("Testitis", "900", "Testitis", false,
                series("Testitis", "Testitis", SeriesType.STANDARD, "1", 1, true, dose(1, "900", ANY_AGE, List.of(),
                        List.of(skip(SkipContext.FORECAST, false, set(false, intervalCondition("0 days")))))));
        assertEquals(1, onDose1.run("2025-01-01").group("Testitis").forecastDose());
    }

    @Test
    void table6to7CompletedSeriesIsMetWhenARelevantSeriesOfTheNamedGroupIsComplete() {
        // group 1: one dose from 6 months; group 2: two doses, dose 2 not needed once a group 1 series is complete
        TestSchedule s = new TestSchedule().antigen("Testitis", "900", "Testitis", false,
                series("Testitis", "Testitis", SeriesType.STANDARD, "1", 1, true,
                        dose(1, "900", age("6 months", null, null, null), List.of(), List.of())),
                series("Testitis", "Testitis", SeriesType.STANDARD, "2", 1, true,
                        dose(1, "900", ANY_AGE, List.of(), List.of()),
                        dose(2, "900", ANY_AGE, List.of(fromPrevious("4 weeks")),
                                List.of(skip(SkipContext.BOTH, false, set(false, completedSeries("1")))))));
        // a dose at 2 months is too young for group 1: dose 2 of group 2 is still needed
        assertEquals("Not Complete", status(s, "2024-03-10", "900@2024-03-01"));
        assertEquals(2, s.run("2024-03-10", "900@2024-03-01").group("Testitis").forecastDose());
        // a dose at 7 months completes group 1, so group 2's dose 2 is skipped and both series are complete
        assertEquals("Complete", status(s, "2024-08-10", "900@2024-08-01"));
    }

    @Test
    void table6to9DoseCountLogicAgainstTheNumberOfConditionalDoses() {
        // CONDSKIP-1: doses of CVX 900 given at 12 months or older; one such dose (15 January 2025)
        String[] history = {"900@2024-03-01", "900@2025-01-15"};
        SkipCondition more = count(ConditionType.VACCINE_COUNT_BY_AGE, null, null, "12 months", null, 1, false,
                CountLogic.GREATER_THAN, "900");
        SkipCondition equal = count(ConditionType.VACCINE_COUNT_BY_AGE, null, null, "12 months", null, 1, false,
                CountLogic.EQUAL_TO, "900");
        SkipCondition fewer = count(ConditionType.VACCINE_COUNT_BY_AGE, null, null, "12 months", null, 1, false,
                CountLogic.LESS_THAN, "900");
        TestSchedule three = threeDoses(more);
        assertEquals("Not Complete", three.run("2025-02-01", history).group("Testitis").status().words());
        assertEquals("Complete", threeDoses(equal).run("2025-02-01", history).group("Testitis").status().words());
        assertEquals("Not Complete", threeDoses(fewer).run("2025-02-01", history).group("Testitis").status().words());
        assertEquals("Complete", threeDoses(fewer).run("2025-02-01", "900@2024-03-01", "900@2024-06-01").group("Testitis")
                .status().words(), "no dose at 12 months or older: fewer than 1");
    }

    /** Three doses of CVX 900 four weeks apart; dose 3 (forecast) is skipped when the condition is met. */
    private static TestSchedule threeDoses(SkipCondition condition) {
        return new TestSchedule().antigen("Testitis", "900", "Testitis", false,
                series("Testitis", "Testitis", SeriesType.STANDARD, "1", 1, true,
                        dose(1, "900", ANY_AGE, List.of(), List.of()),
                        dose(2, "900", ANY_AGE, List.of(fromPrevious("4 weeks")), List.of()),
                        dose(3, "900", ANY_AGE, List.of(fromPrevious("4 weeks")),
                                List.of(skip(SkipContext.FORECAST, false, set(false, condition))))));
    }

    @Test
    void condskip1CountsOnlyTheConditionalVaccineTypesAndValidDosesWhenTheDoseTypeIsValid() {
        // dose 2 is skipped once more than 1 dose was given; the second dose here is 2 days after the first
        SkipCondition total = count(ConditionType.VACCINE_COUNT_BY_AGE, null, null, null, null, 1, false, CountLogic.GREATER_THAN,
                "900");
        SkipCondition valid = count(ConditionType.VACCINE_COUNT_BY_AGE, null, null, null, null, 1, true, CountLogic.GREATER_THAN,
                "900");
        assertEquals("Complete", status(twoDoses(total), "2024-03-10", "900@2024-03-01", "900@2024-03-03"),
                "Total counts the not valid dose");
        assertEquals("Not Complete", status(twoDoses(valid), "2024-03-10", "900@2024-03-01", "900@2024-03-03"),
                "Valid counts only the valid dose");
        // CVX 901 carries the antigen but is not one of the condition's vaccine types
        assertEquals("Not Complete", status(twoDoses(total), "2024-03-10", "900@2024-03-01", "901@2024-03-03"));
    }

    @Test
    void condskip1VaccineCountByDateCountsFromTheStartDateToBeforeTheEndDate() {
        SkipCondition byDate = count(ConditionType.VACCINE_COUNT_BY_DATE, "2024-06-01", "2025-01-01", null, null, 0, false,
                CountLogic.GREATER_THAN, "900");
        TestSchedule s = twoDoses(byDate);
        assertEquals("Not Complete", status(s, "2025-02-01", "900@2024-05-31"));
        assertEquals("Complete", status(s, "2025-02-01", "900@2024-06-01"));
        assertEquals("Complete", status(s, "2025-02-01", "900@2024-12-31"));
        assertEquals("Not Complete", status(s, "2025-02-01", "900@2025-01-01"));
    }

    @Test
    void condskip1VaccineCountByDateAndAgeNeedsBothTheDatesAndTheAges() {
        // this season (1 July 2024 to 30 June 2025) and under 12 months (before 1 January 2025)
        SkipCondition both = count(ConditionType.VACCINE_COUNT_BY_DATE_AND_AGE, "2024-07-01", "2025-06-30", null, "12 months", 1,
                true, CountLogic.EQUAL_TO, "900");
        TestSchedule s = twoDoses(both);
        assertEquals("Complete", status(s, "2025-02-01", "900@2024-12-31"));
        assertEquals("Not Complete", status(s, "2025-02-01", "900@2025-01-01"), "in the season but 12 months old");
        assertEquals("Not Complete", status(s, "2025-02-01", "900@2024-06-30"), "under 12 months but before the season");
    }

    @Test
    void table6to10And6to11ConditionLogicAndSetLogic() {
        // at 13 months: "12 months or older" is met, "24 months or older" is not
        SkipCondition twelve = ageCondition("12 months", null);
        SkipCondition twentyFour = ageCondition("24 months", null);
        String[] dose = {"900@2024-03-01"};
        assertEquals("Not Complete", status(twoDoses(skip(SkipContext.FORECAST, false, set(true, twelve, twentyFour))),
                "2025-02-01", dose), "AND: one of two conditions met is no set met");
        assertEquals("Complete", status(twoDoses(skip(SkipContext.FORECAST, false, set(false, twelve, twentyFour))),
                "2025-02-01", dose), "OR: one condition met is the set met");
        assertEquals("Not Complete", status(twoDoses(skip(SkipContext.FORECAST, true, set(false, twelve), set(false, twentyFour))),
                "2025-02-01", dose), "AND: one of two sets met cannot skip");
        assertEquals("Complete", status(twoDoses(skip(SkipContext.FORECAST, false, set(false, twelve), set(false, twentyFour))),
                "2025-02-01", dose), "OR: one set met skips");
        assertEquals("Complete", status(twoDoses(skip(SkipContext.FORECAST, true, set(false, twelve), set(true, twelve))),
                "2025-02-01", dose), "AND: all sets met skips");
    }

    @Test
    void onlyTheSkipsOfTheStepsContextApply() {
        // 6.2: Evaluation or Both when evaluating; 7.1: Forecast or Both when forecasting
        SkipCondition twelve = ageCondition("12 months", null);
        assertEquals("Not Complete", status(twoDoses(skip(SkipContext.EVALUATION, false, set(false, twelve))), "2025-02-01",
                "900@2024-03-01"));
        assertEquals("Complete", status(twoDoses(skip(SkipContext.BOTH, false, set(false, twelve))), "2025-02-01",
                "900@2024-03-01"));
        // evaluated at the dose's date (CONDSKIP-2): a second dose at 13 months satisfies no dose 2 but is extraneous
        ImmunizationForecast r = twoDoses(skip(SkipContext.EVALUATION, false, set(false, twelve))).run("2025-02-10",
                "900@2024-03-01", "900@2025-02-01");
        assertEquals("Extraneous", r.doses().get(1).evaluation());
        assertEquals("Complete", r.group("Testitis").status().words());
    }

    @Test
    void shippedPneumococcalRiskSeriesSkipsItsPcvDosesAfterACompleteStandardSeries() {
        // Table 6-7 on the shipped data: the Pneumococcal risk 2-5 years 4-dose series (persistent complement
        // deficiency, 151) skips doses 1 and 2 when a standard series is complete AND no dose came before 12 months
        // AND 2 or more came between 12 and 24 months; dose 3 (PPSV23 or PCV20) is forecast 8 weeks after the last
        Child.Result complete = Child.born("2020-01-01").observed("151").given("215", "2021-02-01").given("215", "2021-04-01")
                .assessedOn("2023-01-01");
        assertEquals("Complete", complete.group("Pneumococcal").status().words());
        ImmunizationForecast.VaccineGroupForecast risk = complete.forecast().vaccineGroups().stream()
                .filter(g -> g.name().equals("Pneumococcal") && g.seriesType().equals("Risk")).findFirst().orElseThrow();
        assertEquals("Not Complete", risk.status().words());
        assertEquals(Child.date("2021-05-27"), risk.earliest());
        assertEquals(List.of("216"), risk.vaccines());
        // one dose at 13 months: the standard series is not complete, so the risk series starts at dose 1, at 2 years
        Child.Result one = Child.born("2020-01-01").observed("151").given("215", "2021-02-01").assessedOn("2023-01-01");
        ImmunizationForecast.VaccineGroupForecast riskFromDose1 = one.forecast().vaccineGroups().stream()
                .filter(g -> g.name().equals("Pneumococcal") && g.seriesType().equals("Risk")).findFirst().orElseThrow();
        assertEquals(Child.date("2022-01-01"), riskFromDose1.earliest());
    }

    @Test
    void shippedHpvIntervalSkipMakesTwoDosesFiveMonthsApartComplete() {
        // Table 6-8 on the shipped data: HPV 2-dose series, target dose 2 is not required when the current dose
        // comes at least 5 months - 4 days after the previous one
        assertEquals("Complete", Child.born("2013-01-01").given("165", "2024-02-01").given("165", "2024-08-01")
                .assessedOn("2024-09-01").group("HPV").status().words());
        Child.Result close = Child.born("2013-01-01").given("165", "2024-02-01").given("165", "2024-04-01").assessedOn("2024-09-01");
        assertEquals("Not Complete", close.group("HPV").status().words());
        assertEquals(3, close.group("HPV").forecastDose());
    }
}
