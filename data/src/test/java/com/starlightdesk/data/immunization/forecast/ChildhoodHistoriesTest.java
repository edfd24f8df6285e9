package com.starlightdesk.data.immunization.forecast;

import static com.starlightdesk.data.immunization.forecast.Child.date;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.starlightdesk.data.immunization.forecast.Child.Result;
import com.starlightdesk.data.immunization.forecast.ImmunizationForecast.DoseEvaluation;
import com.starlightdesk.data.immunization.forecast.ImmunizationForecast.VaccineGroupForecast;
import org.junit.jupiter.api.Test;

/**
 * Whole childhood histories, each checked against the supporting data's ages and intervals by the Logic
 * Specification's rules (the comments give the arithmetic).
 */
class ChildhoodHistoriesTest {

    private static void assertGroup(Result r, String group, String status, Integer dose, String earliest, String recommended,
            String pastDue) {
        VaccineGroupForecast g = r.group(group);
        assertEquals(status, g.status().words(), group);
        assertEquals(dose, g.forecastDose(), group + " forecast dose");
        assertEquals(date(earliest), g.earliest(), group + " earliest");
        assertEquals(date(recommended), g.recommended(), group + " recommended");
        assertEquals(date(pastDue), g.pastDue(), group + " past due");
    }

    private static void assertAllValid(Result r) {
        for (DoseEvaluation d : r.forecast().doses()) {
            assertEquals("Valid", d.evaluation(), d.toString());
        }
    }

    @Test
    void onTimeInfantSeenAtThirteenMonths() {
        Result r = Child.born("2024-01-01")
                .given("08", "2024-01-01").given("08", "2024-03-01").given("08", "2024-07-01")
                .given("20", "2024-03-01").given("20", "2024-05-01").given("20", "2024-07-01")
                .given("48", "2024-03-01").given("48", "2024-05-01").given("48", "2024-07-01").given("48", "2025-01-01")
                .given("215", "2024-03-01").given("215", "2024-05-01").given("215", "2024-07-01").given("215", "2025-01-01")
                .given("10", "2024-03-01").given("10", "2024-05-01").given("10", "2024-07-01")
                .given("116", "2024-03-01").given("116", "2024-05-01").given("116", "2024-07-01")
                .given("03", "2025-01-01").given("21", "2025-01-01").given("83", "2025-01-01")
                .assessedOn("2025-02-05");
        assertAllValid(r);
        for (String done : new String[] {"HepB", "Hib", "Pneumococcal", "Rotavirus"}) {
            assertGroup(r, done, "Complete", null, null, null, null);
        }
        // DTaP dose 4: minimum age 15 months; 6 months after dose 3 (1 January) comes first
        assertGroup(r, "DTaP/Tdap/Td", "Not Complete", 4, "2025-04-01", "2025-04-01", "2025-08-28");
        // IPV dose 4: 4 years
        assertGroup(r, "Polio", "Not Complete", 4, "2028-01-01", "2028-01-01", "2031-01-28");
        // MMR dose 2: minimum age 13 months (4 weeks after dose 1 comes sooner), recommended at 4 years
        assertGroup(r, "MMR", "Not Complete", 2, "2025-02-01", "2028-01-01", "2031-01-28");
        // varicella dose 2: 3 months after dose 1
        assertGroup(r, "Varicella", "Not Complete", 2, "2025-04-01", "2028-01-01", "2031-01-28");
        // HepA dose 2: 6 months after dose 1
        assertGroup(r, "HepA", "Not Complete", 2, "2025-07-01", "2025-07-01", "2026-08-28");
    }

    @Test
    void fourYearOldWithNoRecord() {
        Result r = Child.born("2020-06-15").assessedOn("2024-07-01");
        assertGroup(r, "Rotavirus", "Aged Out", null, null, null, null);
        // every other childhood dose 1 is due and past due: the dates come from the ages of the schedule
        assertGroup(r, "DTaP/Tdap/Td", "Not Complete", 1, "2020-07-27", "2020-08-15", "2020-10-12");
        assertGroup(r, "MMR", "Not Complete", 1, "2021-06-15", "2021-06-15", "2021-11-11");
        assertEquals(date("2025-06-14"), r.group("Hib").latest(), "Hib until the day before 5 years");
    }

    @Test
    void dtapCompleteAtFourThenTdapAtEleven() {
        Result r = Child.born("2018-01-10").given("20", "2018-03-10").given("20", "2018-05-10").given("20", "2018-07-10")
                .given("20", "2019-04-10").given("130", "2022-01-15").assessedOn("2024-03-01");
        assertAllValid(r);
        assertGroup(r, "DTaP/Tdap/Td", "Not Complete", 6, "2029-01-10", "2029-01-10", "2031-02-06");
        // Kinrix (DTaP-IPV) was the child's only polio dose: polio dose 2 is due 4 weeks after it
        assertGroup(r, "Polio", "Not Complete", 2, "2022-02-12", "2022-02-12", "2022-02-12");
    }

    @Test
    void newbornWithTheBirthDoseOfHepB() {
        Result r = Child.born("2024-01-31").given("08", "2024-01-31").assessedOn("2024-02-15");
        // dose 2: 4 weeks after the birth dose; recommended at 1 month, 31 February being 1 March
        assertGroup(r, "HepB", "Not Complete", 2, "2024-02-28", "2024-03-01", "2024-05-28");
        assertGroup(r, "Hib", "Not Complete", 1, "2024-03-13", "2024-03-31", "2024-05-28");
    }

    @Test
    void mmrvBornOnTheLastDayOfFebruary() {
        // 12 months after 28 February 2019 is 28 February 2020; the dose on 29 February is valid
        Result r = Child.born("2019-02-28").given("94", "2020-02-29").given("94", "2023-03-01").assessedOn("2023-03-15");
        assertAllValid(r);
        assertGroup(r, "MMR", "Complete", null, null, null, null);
        assertGroup(r, "Varicella", "Complete", null, null, null, null);
    }

    @Test
    void elevenYearOldAtTheAdolescentVisit() {
        Result r = Child.born("2013-05-31").given("115", "2024-06-03").given("114", "2024-06-03").given("165", "2024-06-03")
                .assessedOn("2024-06-15");
        assertAllValid(r);
        // HPV started before 15 years: the 2-dose series, dose 2 from 5 months, recommended at 6 months
        assertGroup(r, "HPV", "Not Complete", 2, "2024-11-03", "2024-12-03", "2025-07-30");
        // MenACWY dose 2 at 16 years
        assertGroup(r, "Meningococcal", "Not Complete", 2, "2029-05-31", "2029-05-31", "2030-06-27");
        assertGroup(r, "Hib", "Aged Out", null, null, null, null);
    }

    @Test
    void prpOmpPrimarySeriesAndBooster() {
        Result r = Child.born("2023-08-31").given("49", "2023-10-31").given("49", "2023-12-31").given("49", "2024-08-31")
                .assessedOn("2024-09-10");
        assertAllValid(r);
        assertGroup(r, "Hib", "Complete", null, null, null, null);
    }

    @Test
    void pneumococcalStartedAtThirteenMonths() {
        // PCV started at 12-23 months: 2 doses 8 weeks apart
        Result r = Child.born("2023-01-15").given("215", "2024-02-20").assessedOn("2024-03-01");
        assertGroup(r, "Pneumococcal", "Not Complete", 2, "2024-04-16", "2024-04-16", "2024-04-16");
    }

    @Test
    void rotavirusTooLateToFinish() {
        Result r = Child.born("2024-01-01").given("116", "2024-04-05").given("116", "2024-08-15").assessedOn("2024-08-20");
        assertAllValid(r);
        assertGroup(r, "Rotavirus", "Aged Out", null, null, null, null);
    }

    @Test
    void hibCatchUpAtSixteenMonths() {
        Result r = Child.born("2024-01-01").given("48", "2024-03-01").given("48", "2025-05-01").assessedOn("2025-06-01");
        assertAllValid(r);
        assertGroup(r, "Hib", "Complete", null, null, null, null);
        assertGroup(r, "Rotavirus", "Aged Out", null, null, null, null);
    }

    @Test
    void varicellaTooSoonAfterMmr() {
        Result r = Child.born("2024-01-15").given("08", "2024-01-15").given("110", "2024-03-15").given("110", "2024-05-15")
                .given("110", "2024-07-15").given("49", "2024-03-15").given("49", "2024-05-15").given("133", "2024-03-15")
                .given("133", "2024-05-15").given("133", "2024-07-15").given("116", "2024-03-15").given("116", "2024-05-15")
                .given("03", "2025-01-20").given("21", "2025-01-30").assessedOn("2025-02-01");
        assertEquals("Not Valid", r.dose(13, "Varicella").evaluation());
        assertEquals("Live virus conflict", r.dose(13, "Varicella").reason());
        assertGroup(r, "HepB", "Complete", null, null, null, null);
        // the repeat varicella waits 28 days after the not valid dose (its conflict end interval)
        assertGroup(r, "Varicella", "Not Complete", 1, "2025-02-27", "2025-02-27", "2025-06-11");
        // PRP-OMP booster from 12 months; PCV13 dose 4 from 12 months
        assertGroup(r, "Hib", "Not Complete", 3, "2025-01-15", "2025-01-15", "2025-06-11");
        assertGroup(r, "Pneumococcal", "Not Complete", 4, "2025-01-15", "2025-01-15", "2025-06-11");
        assertGroup(r, "DTaP/Tdap/Td", "Not Complete", 4, "2025-04-15", "2025-04-15", "2025-09-11");
    }

    @Test
    void childWithAContraindicationToEveryVaccine() {
        Result r = Child.born("2025-09-06").given("107", "2025-10-15").observed("080").assessedOn("2025-11-10");
        assertEquals("Valid", r.dose(1, "Diphtheria").evaluation(), "evaluation is not affected");
        assertGroup(r, "DTaP/Tdap/Td", "Contraindicated", null, null, null, null);
        assertGroup(r, "MMR", "Contraindicated", null, null, null, null);
    }
}
