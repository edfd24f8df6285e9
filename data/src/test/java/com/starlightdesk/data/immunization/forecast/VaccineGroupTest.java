package com.starlightdesk.data.immunization.forecast;

import static com.starlightdesk.data.immunization.forecast.Child.date;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.ANY_AGE;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.age;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.ageCondition;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.dose;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.equivalentTo;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.fromPrevious;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.risk;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.series;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.set;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.skip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.immunization.forecast.ImmunizationForecast.VaccineGroupForecast;
import com.starlightdesk.data.immunization.forecast.SupportingData.Antigen;
import com.starlightdesk.data.immunization.forecast.SupportingData.AntigenSeries;
import com.starlightdesk.data.immunization.forecast.SupportingData.Contraindication;
import com.starlightdesk.data.immunization.forecast.SupportingData.Immunity;
import com.starlightdesk.data.immunization.forecast.SupportingData.SeriesType;
import com.starlightdesk.data.immunization.forecast.SupportingData.SkipContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Chapter 9, identify and evaluate vaccine group, rule by rule (tables 9-2 to 9-5), and table 8-14's equivalent
 * series groups, on small schedules. The child is born on 1 January 2024. "Combo" holds two antigens: Alpha (CVX
 * 910; dose 1 from 6 weeks, recommended at 2 months, past due from 3 months; dose 2 4 weeks later; neither needed
 * from 5 years) and Beta (CVX 920; dose 1 from 10 weeks, recommended at 4 months, past due from 6 months, maximum age 10
 * years; dose 2 8 weeks later); CVX 930 carries both.
 */
class VaccineGroupTest {
    private static TestSchedule combo(boolean administerFullGroup, boolean betaDose2IsPriority) {
        AntigenSeries alpha = series("Alpha", "Combo", SeriesType.STANDARD, "1", 1, true,
                dose(1, "910,930", age("6 weeks", "2 months", "3 months", null), List.of(),
                        List.of(skip(SkipContext.FORECAST, false, set(false, ageCondition("5 years", null))))),
                dose(2, "910,930", ANY_AGE, List.of(fromPrevious("4 weeks", "8 weeks", "12 weeks", false)),
                        List.of(skip(SkipContext.FORECAST, false, set(false, ageCondition("5 years", null))))));
        AntigenSeries beta = series("Beta", "Combo", SeriesType.STANDARD, "1", 1, true,
                dose(1, "920,930", age("10 weeks", "4 months", "6 months", "10 years"), List.of(), List.of()),
                dose(2, "920,930", ANY_AGE, List.of(fromPrevious("8 weeks", "8 weeks", "16 weeks", betaDose2IsPriority)), List.of()));
        return new TestSchedule()
                .antigen(new Antigen("Alpha", new Immunity(Set.of("001"), null, null, Set.of()),
                        List.of(new Contraindication("003", "Do not give Alpha", null, null)), List.of(), List.of(alpha)),
                        "910", "Combo", administerFullGroup)
                .antigen(new Antigen("Beta", new Immunity(Set.of("002"), null, null, Set.of()), List.of(), List.of(), List.of(beta)),
                        "920", "Combo", administerFullGroup)
                .combination("930", "Alpha", "Beta");
    }

    private static Patient child(String... observations) {
        return new Patient(LocalDate.of(2024, 1, 1), null, Set.of(observations));
    }

    private static VaccineGroupForecast group(TestSchedule s, Patient p, String assessed, String... doses) {
        return s.run(p, assessed, doses).group("Combo");
    }

    @Test
    void multiantvg1WithoutAPriorityForecastTheEarliestDateIsTheLatestEarliestDate() {
        VaccineGroupForecast g = group(combo(true, false), child(), "2024-02-01");
        assertEquals(date("2024-03-11"), g.earliest(), "Beta's 10 weeks, later than Alpha's 6 weeks");
        // FORECASTVG-2: the earliest adjusted recommended date (Alpha, 2 months), but not before the group's earliest
        assertEquals(date("2024-03-11"), g.recommended());
        // FORECASTVG-3: the earliest adjusted past due date (Alpha, 3 months - 1 day)
        assertEquals(date("2024-03-31"), g.pastDue());
        // FORECASTVG-4: the earliest latest date of those that have one (Beta, 10 years - 1 day)
        assertEquals(date("2033-12-31"), g.latest());
        // FORECASTVG-9: each series' recommended vaccines
        assertEquals(List.of("910", "930", "920"), g.vaccines());
        // FORECASTVG-5 and -6: the earliest unadjusted dates (Alpha's 2 months, and 3 months - 1 day)
        assertEquals(date("2024-03-01"), g.unadjustedRecommended());
        assertEquals(date("2024-03-31"), g.unadjustedPastDue());
        // FORECASTVG-8: the antigens whose best series is Not Complete
        assertEquals(List.of("Alpha", "Beta"), g.antigens());
    }

    @Test
    void forecastvg3ThePastDueDateIsNotBeforeTheGroupsEarliestDate() {
        // Alpha given at 6 weeks, Beta at 5 months: Alpha's dose 2 is past due 12 weeks after (5 May - 1 day), but
        // Beta's dose 2 cannot come before 8 weeks after its dose 1 (10 June 2024)
        VaccineGroupForecast g = group(combo(true, false), child(), "2024-06-01", "910@2024-02-12", "920@2024-04-15");
        assertEquals(date("2024-06-10"), g.earliest());
        assertEquals(date("2024-06-10"), g.recommended());
        assertEquals(date("2024-06-10"), g.pastDue());
    }

    @Test
    void multiantvg1AndForecastpriority1WithAPriorityForecastTheEarliestDateIsTheEarliestNotBeforeTheLastDose() {
        // Alpha at 6 weeks (dose 2 from 11 March), Beta at 1 April (dose 2 from 27 May). Without priority: 27 May.
        assertEquals(date("2024-05-27"), group(combo(true, false), child(), "2024-04-05", "910@2024-02-12", "920@2024-04-01")
                .earliest());
        // Beta's dose 2 interval has priority: the earliest of the two (11 March), but not before the last dose of
        // the group (1 April)
        assertEquals(date("2024-04-01"), group(combo(true, true), child(), "2024-04-05", "910@2024-02-12", "920@2024-04-01")
                .earliest());
        // both at 10 weeks with CVX 930: the earliest of the two, 4 weeks after (8 April)
        assertEquals(date("2024-04-08"), group(combo(true, true), child(), "2024-03-15", "930@2024-03-11").earliest());
    }

    @Test
    void forecastdn2MinimumWhenTheWholeGroupIsGivenMaximumOtherwise() {
        // Alpha complete after two doses (its forecast dose number is 3), Beta after one (2)
        String[] doses = {"930@2024-03-11", "910@2024-04-15"};
        VaccineGroupForecast whole = group(combo(true, false), child(), "2024-04-20", doses);
        assertEquals("Not Complete", whole.status().words());
        assertEquals(2, whole.forecastDose());
        assertEquals(List.of("Beta"), whole.antigens(), "Alpha is complete: not a recommended antigen");
        // the maximum counts every patient series forecast the group contains, the complete one too
        assertEquals(3, group(combo(false, false), child(), "2024-04-20", doses).forecastDose());
    }

    @Test
    void table9to4StatusOfAMultipleAntigenGroup() {
        TestSchedule s = combo(true, false);
        String[] both = {"930@2024-03-11", "930@2024-05-06"};
        assertEquals("Complete", group(s, child(), "2024-06-01", both).status().words(), "all Complete");
        assertEquals("Immune", group(s, child("001", "002"), "2024-06-01").status().words(), "all Immune");
        assertEquals("Complete", group(s, child("001"), "2024-06-01", "920@2024-03-11", "920@2024-05-06").status().words(),
                "Immune and Complete");
        // at 6 years Alpha's doses are skipped with none satisfied (Not Recommended); Beta is Not Complete
        VaccineGroupForecast notRecommended = group(s, child(), "2030-01-01");
        assertEquals("Not Recommended", notRecommended.status().words());
        // at 10 years Beta is Aged Out
        VaccineGroupForecast agedOut = group(s, child(), "2034-01-01");
        assertEquals("Aged Out", agedOut.status().words());
        // FORECASTVG-7: the reasons of all the series
        assertTrue(agedOut.reasons().containsAll(List.of("Not recommended at this time due to past immunization history",
                "Patient has exceeded the maximum age")), agedOut.reasons().toString());
        assertEquals("Contraindicated", group(s, child("003"), "2024-06-01").status().words(), "Contraindicated and Not Complete");
        assertEquals("Not Complete", group(s, child("002"), "2024-06-01").status().words(), "Immune and Not Complete");
    }

    /**
     * "Solo" holds one antigen, Delta (CVX 940): series group 1 is one dose from 6 months, group 2 two doses from 6
     * weeks, 4 weeks apart, and group 3 a risk series (observation 004) of one dose from 1 year.
     */
    private static TestSchedule solo(boolean group1NamesGroup2) {
        AntigenSeries one = series("Delta", "Solo", SeriesType.STANDARD, "1", 1, true,
                dose(1, "940", age("6 months", null, null, null), List.of(), List.of()));
        AntigenSeries two = series("Delta", "Solo", SeriesType.STANDARD, "2", 1, true,
                dose(1, "940", age("6 weeks", null, null, null), List.of(), List.of()),
                dose(2, "940", ANY_AGE, List.of(fromPrevious("4 weeks")), List.of()));
        AntigenSeries three = risk(series("Delta", "Solo", SeriesType.STANDARD, "3", 1, true,
                dose(1, "940", age("1 year", null, null, null), List.of(), List.of())), "004");
        return new TestSchedule().antigen("Delta", "940", "Solo", false, group1NamesGroup2 ? equivalentTo(one, "2") : one, two,
                three);
    }

    @Test
    void singleantvg1And2OneAntigenGroupTakesTheEarliestDateAndAnyNotCompleteStatus() {
        VaccineGroupForecast none = solo(false).run("2024-02-01").group("Solo");
        assertEquals(date("2024-02-12"), none.earliest(), "the earlier of 6 months and 6 weeks");
        // one dose at 7 months completes group 1; group 2 still needs its dose 2
        VaccineGroupForecast one = solo(false).run("2024-08-05", "940@2024-08-01").group("Solo");
        assertEquals("Not Complete", one.status().words());
        assertEquals(date("2024-08-29"), one.earliest());
    }

    @Test
    void table8to14AnEquivalentSeriesGroupIsOneThePrioritizedSeriesNames() {
        // group 1 names group 2: a complete group 2 makes group 1 unneeded, not the other way round
        VaccineGroupForecast oneComplete = solo(true).run("2024-08-05", "940@2024-08-01").group("Solo");
        assertEquals("Not Complete", oneComplete.status().words(), "group 2 names no group, so it is still needed");
        VaccineGroupForecast twoComplete = solo(true).run("2024-05-05", "940@2024-02-15", "940@2024-03-15").group("Solo");
        assertEquals("Complete", twoComplete.status().words(), "group 1's dose at 6 months is not needed after group 2");
        assertEquals("Not Complete", solo(false).run("2024-05-05", "940@2024-02-15", "940@2024-03-15").group("Solo").status()
                .words(), "without the equivalence group 1 still wants a dose");
    }

    @Test
    void section4to6RiskAndStandardSeriesAreNotBlended() {
        ImmunizationForecast r = solo(false).run(new Patient(LocalDate.of(2024, 1, 1), null, Set.of("004")), "2024-02-01");
        List<String> types = r.vaccineGroups().stream().filter(g -> g.name().equals("Solo")).map(VaccineGroupForecast::seriesType)
                .toList();
        assertEquals(List.of("Standard", "Risk"), types);
        VaccineGroupForecast riskForecast = r.vaccineGroups().get(1);
        assertEquals(date("2025-01-01"), riskForecast.earliest());
    }
}
