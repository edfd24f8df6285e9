package com.starlightdesk.data.immunization.forecast;

import static com.starlightdesk.data.immunization.forecast.Child.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.immunization.forecast.Child.Result;
import com.starlightdesk.data.immunization.forecast.ImmunizationForecast.VaccineGroupForecast;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chapters 7 (forecast), 8 (best patient series) and 9 (vaccine groups) on the shipped supporting data. */
class ForecastTest {
    private static final String BORN = "2024-01-01";

    private static void assertDates(VaccineGroupForecast g, String earliest, String recommended, String pastDue, String latest) {
        assertEquals(date(earliest), g.earliest(), g.name() + " earliest");
        assertEquals(date(recommended), g.recommended(), g.name() + " recommended");
        assertEquals(date(pastDue), g.pastDue(), g.name() + " past due");
        assertEquals(date(latest), g.latest(), g.name() + " latest");
    }

    @Test
    void conditionalSkipAtTheAssessmentDate() {
        // Hib at 2 and 4 months, assessed at 16 months: dose 3 is not needed at 12 months or older, so the
        // booster is forecast (past due at 16 months + 4 weeks - 1 day)
        Result r = Child.born(BORN).given("48", "2024-03-01").given("48", "2024-05-01").assessedOn("2025-05-15");
        VaccineGroupForecast hib = r.group("Hib");
        assertEquals("Not Complete", hib.status().words());
        assertEquals(3, hib.forecastDose());
        assertDates(hib, "2025-01-01", "2025-01-01", "2025-05-28", "2028-12-31");
    }

    @Test
    void evidenceOfImmunity() {
        Result varicella = Child.born("2020-01-01").observed("024").assessedOn("2024-02-01");
        assertEquals("Immune", varicella.group("Varicella").status().words());
        assertEquals(List.of("Patient has evidence of immunity"), varicella.group("Varicella").reasons());
        assertNull(varicella.group("Varicella").earliest());
        // born before 1957: measles, mumps and rubella immunity by birth date
        assertEquals("Immune", Child.born("1950-01-01").assessedOn("2024-02-01").group("MMR").status().words());
        // measles laboratory evidence alone: the MMR group still needs mumps and rubella
        assertEquals("Not Complete", Child.born("2020-01-01").observed("020").assessedOn("2024-02-01").group("MMR").status().words());
    }

    @Test
    void contraindications() {
        // 080, adverse reaction to a vaccine component, contraindicates every antigen
        Result r = Child.born("2025-09-06").given("107", "2025-10-15").observed("080").assessedOn("2025-11-10");
        for (VaccineGroupForecast g : r.forecast().vaccineGroups()) {
            assertEquals("Contraindicated", g.status().words(), g.name());
            assertEquals(List.of("Patient has a contraindication"), g.reasons());
        }
        // Table 7-7: 117 contraindicates every preferable pneumococcal conjugate vaccine (215, 216, 327), so the
        // series is contraindicated; 076 contraindicates only the Hib combinations 120 and 146, so Hib is not
        Result pcv = Child.born(BORN).observed("117").assessedOn("2024-03-01");
        assertEquals("Contraindicated", pcv.group("Pneumococcal").status().words());
        assertEquals(List.of("215", "216"), Child.born(BORN).assessedOn("2024-03-01").group("Pneumococcal").vaccines());
        assertEquals("Not Complete", Child.born(BORN).observed("076").assessedOn("2024-03-01").group("Hib").status().words());
    }

    @Test
    void forecastNeed() {
        Result complete = Child.born("2023-08-31").given("49", "2023-10-31").given("49", "2023-12-31").given("49", "2024-08-31")
                .assessedOn("2024-09-10");
        assertEquals("Complete", complete.group("Hib").status().words());
        Result agedOut = Child.born(BORN).assessedOn("2024-10-01");
        assertEquals("Aged Out", agedOut.group("Rotavirus").status().words());
        assertEquals(List.of("Patient has exceeded the maximum age"), agedOut.group("Rotavirus").reasons());
        // rotavirus doses 1 and 2 valid; dose 3 could come no sooner than 4 weeks later, after 8 months + 1 day
        Result unable = Child.born(BORN).given("116", "2024-04-05").given("116", "2024-08-15").assessedOn("2024-08-20");
        assertEquals("Aged Out", unable.group("Rotavirus").status().words());
        assertEquals(List.of("Patient is unable to finish the series prior to the maximum age"), unable.group("Rotavirus").reasons());
        // the 2025-26 influenza season ends on 30 June 2026
        Result pastSeason = Child.born("2020-01-01").assessedOn("2026-07-15");
        assertEquals("Not Recommended", pastSeason.group("Influenza").status().words());
        assertEquals(List.of("Past seasonal recommendation end date"), pastSeason.group("Influenza").reasons());
        Result inSeason = Child.born("2020-01-01").assessedOn("2025-10-15");
        assertEquals("Not Complete", inSeason.group("Influenza").status().words());
        assertEquals(date("2025-07-01"), inSeason.group("Influenza").earliest(), "the season start date");
    }

    @Test
    void forecastDatesAndRecommendedVaccines() {
        // DTaP dose 1 at 6 weeks: dose 2 no sooner than 10 weeks of age (minimum age) and 4 weeks after dose 1,
        // recommended at 4 months, past due at 6 months - 1 day; no maximum age, so no latest date
        Result r = Child.born("2025-09-06").given("107", "2025-10-18").assessedOn("2025-11-10");
        VaccineGroupForecast dtap = r.group("DTaP/Tdap/Td");
        assertEquals(2, dtap.forecastDose());
        assertDates(dtap, "2025-11-15", "2026-01-06", "2026-03-05", null);
        // FORECASTRECVAC-1: no DTaP product is flagged as a forecast vaccine type in the supporting data
        assertEquals(List.of(), dtap.vaccines());
        // Hib dose 1: latest date is the maximum age (5 years) minus 1 day
        assertDates(r.group("Hib"), "2025-10-18", "2025-11-06", "2026-01-02", "2030-09-05");
        // end of month: born 31 January, HepB dose 2 is recommended at 1 month, and 31 February is 1 March
        Result h = Child.born("2024-01-31").given("08", "2024-01-31").assessedOn("2024-02-15");
        assertDates(h.group("HepB"), "2024-02-28", "2024-03-01", "2024-05-28", null);
    }

    @Test
    void bestSeriesFollowsTheAgeTheSeriesStarted() {
        // first Hib dose at 11 months + 1 week: the 7-month series (maximum age to start 12 months - 4 days) is the
        // best series, and its dose 2 follows 4 weeks later
        Result r = Child.born(BORN).given("48", "2024-12-09").assessedOn("2024-12-10");
        assertEquals(2, r.group("Hib").forecastDose());
        assertDates(r.group("Hib"), "2025-01-06", "2025-01-06", "2025-01-06", "2028-12-31");
        // a first dose at 2 months follows the default 4-dose series: dose 2 at 4 months
        Result infant = Child.born(BORN).given("48", "2024-03-01").assessedOn("2024-03-05");
        assertDates(infant.group("Hib"), "2024-03-29", "2024-05-01", "2024-06-28", "2028-12-31");
    }

    @Test
    void riskSeriesByObservation() {
        // 151, persistent complement deficiency, from 2 months: the MenACWY risk series is relevant (table 5-4),
        // and as its series group is equivalent to the standard one it is the only best series (table 8-14)
        Result r = Child.born(BORN).observed("151").assessedOn("2024-03-01");
        VaccineGroupForecast men = r.group("Meningococcal");
        assertEquals("Risk", men.seriesType());
        assertEquals("Not Complete", men.status().words());
        assertEquals(date("2024-03-01"), men.earliest());
        assertEquals(1, r.forecast().vaccineGroups().stream().filter(g -> g.name().equals("Meningococcal")).count());
        // without the observation the standard series waits for 11 years
        VaccineGroupForecast standard = Child.born(BORN).assessedOn("2024-03-01").group("Meningococcal");
        assertEquals("Standard", standard.seriesType());
        assertEquals(date("2035-01-01"), standard.earliest());
    }

    @Test
    void vaccineGroupsCombineTheirAntigens() {
        // measles alone (CVX 05): MMR gives the whole group, so the group forecasts the lowest dose number
        Result measles = Child.born("2023-01-01").given("05", "2024-01-05").assessedOn("2024-02-01");
        VaccineGroupForecast mmr = measles.group("MMR");
        assertEquals(1, mmr.forecastDose());
        assertEquals("Not Complete", mmr.status().words());
        // Tdap at 11 years: pertussis is complete, diphtheria and tetanus need more doses; DTaP/Tdap/Td is not
        // given as a whole group, so the group forecasts the highest dose number
        Result tdap = Child.born("2013-05-31").given("115", "2024-06-03").assessedOn("2024-06-15");
        VaccineGroupForecast dtap = tdap.group("DTaP/Tdap/Td");
        assertEquals("Not Complete", dtap.status().words());
        assertEquals(2, dtap.forecastDose());
        assertTrue(dtap.reasons().contains("Patient series is complete"));
        // one entry per vaccine group the child's age makes relevant: no zoster for an infant
        Result infant = Child.born(BORN).assessedOn("2024-02-01");
        assertFalse(infant.lists("Zoster"));
        assertFalse(infant.lists("Yellow Fever"));
        assertTrue(infant.lists("DTaP/Tdap/Td"));
        assertEquals(List.of("Standard"), infant.forecast().vaccineGroups().stream().map(VaccineGroupForecast::seriesType).distinct().toList());
    }
}
