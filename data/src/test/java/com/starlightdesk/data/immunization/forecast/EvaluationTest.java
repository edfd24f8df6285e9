package com.starlightdesk.data.immunization.forecast;

import static com.starlightdesk.data.immunization.forecast.Child.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.starlightdesk.data.immunization.forecast.Child.Result;
import com.starlightdesk.data.immunization.forecast.ImmunizationForecast.DoseEvaluation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chapter 4.2 and chapter 6 of the Logic Specification, one step at a time, on the shipped supporting data.
 * The children are born on 1 January 2024 unless said otherwise: 6 weeks old on 12 February, 2 months on 1 March.
 */
class EvaluationTest {
    private static final String BORN = "2024-01-01";

    private static void assertEvaluation(String status, String reason, DoseEvaluation d) {
        assertEquals(status, d.evaluation(), d.toString());
        assertEquals(reason, d.reason(), d.toString());
    }

    @Test
    void organizeSplitsEachDoseIntoItsAntigens() {
        Result r = Child.born("2019-02-28").given("94", "2020-02-29").assessedOn("2020-03-10");
        List<String> antigens = r.forecast().doses().stream().map(DoseEvaluation::antigen).toList();
        assertEquals(List.of("Measles", "Mumps", "Rubella", "Varicella"), antigens);
        assertEquals("MMR", r.dose(1, "Mumps").vaccineGroup());
        assertEquals("Varicella", r.dose(1, "Varicella").vaccineGroup());
    }

    @Test
    void doseAdministeredConditionMakesTheDoseSubStandard() {
        Result expired = Child.born(BORN)
                .given(new AdministeredDose("20", null, date("2024-03-01"), date("2024-02-29"), false)).assessedOn("2024-03-05");
        assertEvaluation("Sub-standard", "Expired", expired.dose(1, "Diphtheria"));
        assertEquals(1, expired.group("DTaP/Tdap/Td").forecastDose(), "the target dose is not satisfied");
        Result recalled = Child.born(BORN)
                .given(new AdministeredDose("20", null, date("2024-03-01"), null, true)).assessedOn("2024-03-05");
        assertEvaluation("Sub-standard", "Dose condition", recalled.dose(1, "Pertussis"));
        Result inDate = Child.born(BORN)
                .given(new AdministeredDose("20", null, date("2024-03-01"), date("2024-03-01"), false)).assessedOn("2024-03-05");
        assertEvaluation("Valid", null, inDate.dose(1, "Pertussis"));
    }

    @Test
    void conditionalSkipSkipsTheTargetDoseAndTheDoseSatisfiesTheNext() {
        // Hib at 2 months, then at 16 months: doses 2 and 3 of the 4-dose series are skipped (given on or after
        // 15 months), so the second dose satisfies the booster and the series is complete.
        Result r = Child.born(BORN).given("48", "2024-03-01").given("48", "2025-05-01").assessedOn("2025-06-01");
        assertEvaluation("Valid", null, r.dose(2, "Hib"));
        assertEquals("Complete", r.group("Hib").status().words());
    }

    @Test
    void inadvertentVaccineIsNotValid() {
        Result td = Child.born(BORN).given("113", "2024-03-01").assessedOn("2024-04-01");
        assertEvaluation("Not Valid", "Inadvertent Administration", td.dose(1, "Diphtheria"));
        assertEvaluation("Not Valid", "Inadvertent Administration", td.dose(1, "Tetanus"));
        Result opv = Child.born(BORN).given("182", "2024-03-01").assessedOn("2024-04-01");
        assertEvaluation("Not Valid", "Inadvertent Administration", opv.dose(1, "Polio"));
        // CALCDTINT-1: an inadvertent dose is no reference for the next interval, but FORECASTDTCAN-1 keeps
        // the earliest date on or after it
        assertEquals(LocalDate.parse("2024-03-01"), opv.group("Polio").earliest());
    }

    @Test
    void ageTooYoungGracePeriodAndTooOld() {
        // DTaP dose 1: absolute minimum age 6 weeks - 4 days (8 Feb), minimum age 6 weeks (12 Feb)
        assertEvaluation("Not Valid", "Too young",
                Child.born(BORN).given("20", "2024-02-07").assessedOn("2024-03-01").dose(1, "Diphtheria"));
        assertEvaluation("Valid", "Grace period",
                Child.born(BORN).given("20", "2024-02-08").assessedOn("2024-03-01").dose(1, "Diphtheria"));
        assertEvaluation("Valid", "Grace period",
                Child.born(BORN).given("20", "2024-02-11").assessedOn("2024-03-01").dose(1, "Tetanus"));
        assertEvaluation("Valid", null,
                Child.born(BORN).given("20", "2024-02-12").assessedOn("2024-03-01").dose(1, "Pertussis"));
        // Rotavirus dose 1: maximum age 15 weeks
        Result late = Child.born(BORN).given("116", "2024-09-15").assessedOn("2024-10-01");
        assertEvaluation("Extraneous", "Too old", late.dose(1, "Rotavirus"));
    }

    @Test
    void calcdt5AChildBornOnALeapDayTurnsOneOnTheFirstOfMarch() {
        // MMR dose 1: minimum age 12 months (29 February 2021 does not exist: 1 March 2021), absolute minimum
        // age 12 months - 4 days (25 February 2021)
        assertEvaluation("Not Valid", "Too young",
                Child.born("2020-02-29").given("03", "2021-02-24").assessedOn("2021-03-10").dose(1, "Measles"));
        assertEvaluation("Valid", "Grace period",
                Child.born("2020-02-29").given("03", "2021-02-25").assessedOn("2021-03-10").dose(1, "Measles"));
        assertEvaluation("Valid", null,
                Child.born("2020-02-29").given("03", "2021-03-01").assessedOn("2021-03-10").dose(1, "Measles"));
        // and the forecast: MMR dose 1 no sooner than 1 March 2021
        assertEquals(LocalDate.parse("2021-03-01"), Child.born("2020-02-29").assessedOn("2021-01-10").group("MMR").earliest());
    }

    @Test
    void preferableIntervalTooSoonAndGracePeriod() {
        // DTaP dose 2: 4 weeks after dose 1, absolute minimum 4 weeks - 4 days
        Result soon = Child.born(BORN).given("20", "2024-03-01").given("20", "2024-03-24").assessedOn("2024-04-01");
        assertEvaluation("Not Valid", "Too soon", soon.dose(2, "Diphtheria"));
        assertEquals(2, soon.group("DTaP/Tdap/Td").forecastDose());
        // CALCDTINT-1: the next interval counts from the not valid dose too
        assertEquals(LocalDate.parse("2024-04-21"), soon.group("DTaP/Tdap/Td").earliest());
        Result grace = Child.born(BORN).given("20", "2024-03-01").given("20", "2024-03-25").assessedOn("2024-04-01");
        assertEvaluation("Valid", "Grace period", grace.dose(2, "Diphtheria"));
        assertEquals(3, grace.group("DTaP/Tdap/Td").forecastDose());
    }

    @Test
    void allowableIntervalValidatesWhatThePreferableIntervalDoesNot() {
        // DTaP dose 4: preferable 6 months (absolute 6 months - 4 days) after dose 3; allowable 4 months - 4 days
        Result allowed = Child.born(BORN).given("20", "2024-03-01").given("20", "2024-05-01").given("20", "2024-09-01")
                .given("20", "2025-01-15").assessedOn("2025-01-20");
        assertEvaluation("Valid", "Grace period", allowed.dose(4, "Diphtheria"));
        assertEquals(5, allowed.group("DTaP/Tdap/Td").forecastDose());
        Result tooSoon = Child.born(BORN).given("20", "2024-03-01").given("20", "2024-05-01").given("20", "2024-09-15")
                .given("20", "2025-01-01").assessedOn("2025-01-20");
        assertEvaluation("Not Valid", "Too soon", tooSoon.dose(4, "Diphtheria"));
    }

    @Test
    void liveVirusConflict() {
        // MMR then varicella: the conflict begins 1 day after the MMR and ends 28 days after it
        Result conflict = Child.born(BORN).given("03", "2025-01-05").given("21", "2025-01-15").assessedOn("2025-01-20");
        assertEvaluation("Not Valid", "Live virus conflict", conflict.dose(2, "Varicella"));
        assertEvaluation("Valid", null, conflict.dose(1, "Measles"));
        // CALCDTCONFLICT-3: the next varicella waits for the conflict end after the not valid dose
        assertEquals(LocalDate.parse("2025-02-12"), conflict.group("Varicella").earliest());
        Result sameDay = Child.born(BORN).given("03", "2025-01-05").given("21", "2025-01-05").assessedOn("2025-01-20");
        assertEvaluation("Valid", null, sameDay.dose(2, "Varicella"));
        Result after = Child.born(BORN).given("03", "2025-01-05").given("21", "2025-02-02").assessedOn("2025-02-10");
        assertEvaluation("Valid", null, after.dose(2, "Varicella"));
        Result day27 = Child.born(BORN).given("03", "2025-01-05").given("21", "2025-02-01").assessedOn("2025-02-10");
        assertEvaluation("Not Valid", "Live virus conflict", day27.dose(2, "Varicella"));
    }

    @Test
    void liveVirusConflictEndsLaterAfterANotValidDose() {
        // CALCDTCONFLICT-2: varicella after varicella conflicts until 24 days after a valid dose (minimum conflict
        // end interval) but 28 days after a not valid one (conflict end interval)
        Result r = Child.born(BORN).given("03", "2025-01-05").given("21", "2025-01-15").given("21", "2025-02-10")
                .assessedOn("2025-03-01");
        assertEvaluation("Not Valid", "Live virus conflict", r.dose(2, "Varicella"));
        assertEvaluation("Not Valid", "Live virus conflict", r.dose(3, "Varicella"));
        Result later = Child.born(BORN).given("03", "2025-01-05").given("21", "2025-01-15").given("21", "2025-02-12")
                .assessedOn("2025-03-01");
        assertEvaluation("Valid", null, later.dose(3, "Varicella"));
    }

    @Test
    void preferableAndAllowableVaccines() {
        // CVX 17 (Hib, unspecified formulation) is an allowable vaccine for Hib dose 1
        assertEvaluation("Valid", null, Child.born(BORN).given("17", "2024-03-01").assessedOn("2024-04-01").dose(1, "Hib"));
        // CVX 148 (Hib-MenCY) counts for Hib only before 19 months
        Result old = Child.born("2022-01-01").given("148", "2024-01-15").assessedOn("2024-02-01");
        assertEvaluation("Not Valid", "Administered out of the recommended age range for the vaccine", old.dose(1, "Hib"));
    }

    @Test
    void satisfiedTargetDosesThenExtraneousDoses() {
        // PRP-OMP at 2 and 4 months and a booster at 12 months complete Hib; a fourth dose is extraneous
        Result r = Child.born("2023-08-31").given("49", "2023-10-31").given("49", "2023-12-31").given("49", "2024-08-31")
                .given("49", "2024-10-01").assessedOn("2024-10-10");
        assertEvaluation("Valid", null, r.dose(3, "Hib"));
        assertEvaluation("Extraneous", null, r.dose(4, "Hib"));
        assertEquals("Complete", r.group("Hib").status().words());
        assertEquals(List.of("Patient series is complete"), r.group("Hib").reasons());
    }

    @Test
    void unusableInputIsRefusedNamingTheField() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Child.born(BORN).given("9999", "2024-03-01").assessedOn("2024-04-01"));
        assertEquals("doses[0].cvx 9999 is not a CVX code of the supporting data", unknown.getMessage());
        IllegalArgumentException early = assertThrows(IllegalArgumentException.class,
                () -> Child.born(BORN).given("20", "2023-12-01").assessedOn("2024-04-01"));
        assertEquals("doses[0].date is before the birthDate", early.getMessage());
        IllegalArgumentException later = assertThrows(IllegalArgumentException.class,
                () -> Child.born(BORN).given("20", "2024-05-01").assessedOn("2024-04-01"));
        assertEquals("doses[0].date is after the assessmentDate", later.getMessage());
        assertNull(Cvx.normalize(" "));
        assertEquals("3", Cvx.normalize("003"));
    }
}
