package com.starlightdesk.data.immunization.forecast;

import static com.starlightdesk.data.immunization.forecast.Child.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.immunization.forecast.Child.Result;
import com.starlightdesk.data.immunization.forecast.ImmunizationForecast.VaccineGroupForecast;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Intervals measured from an observation (section 6.5, "From Relevant Observation Code", and CALCDTINT-9: the
 * reference date is the observation date of the most recent active patient observation), on the shipped data:
 * the Pertussis risk 1-dose series (Tdap 27 to 36 weeks after the onset of pregnancy, observation 170) and the
 * Hib risk 3-dose series (6 to 12 months after a stem cell transplant, observation 171).
 */
class IntervalFromObservationTest {
    private static VaccineGroupForecast risk(Result r, String group) {
        for (VaccineGroupForecast g : r.forecast().vaccineGroups()) {
            if (g.name().equals(group) && g.seriesType().equals("Risk")) {
                return g;
            }
        }
        throw new AssertionError("no risk forecast for " + group);
    }

    @Test
    void calcdtint9TdapInPregnancyIsForecastFromTheOnsetOfPregnancy() {
        // pregnant (007) with onset on 3 March 2025: minimum and earliest recommended interval 27 weeks
        // (FORECASTDTCAN-1, FORECASTDT-2), latest recommended interval 36 weeks, minus 1 day (FORECASTDT-3)
        Result r = Child.born("2009-01-10").gender(Patient.Gender.FEMALE).observed("007").observedOn("170", "2025-03-03")
                .assessedOn("2025-04-01");
        VaccineGroupForecast tdap = risk(r, "DTaP/Tdap/Td");
        assertEquals("Not Complete", tdap.status().words());
        assertEquals(date("2025-09-08"), tdap.earliest());
        assertEquals(date("2025-09-08"), tdap.recommended());
        assertEquals(date("2025-11-09"), tdap.pastDue());
    }

    @Test
    void withoutTheObservationDateTheIntervalHasNoReferenceAndIsNotApplied() {
        Result r = Child.born("2009-01-10").gender(Patient.Gender.FEMALE).observed("007").assessedOn("2025-04-01");
        VaccineGroupForecast tdap = risk(r, "DTaP/Tdap/Td");
        assertEquals("Not Complete", tdap.status().words());
        assertEquals(date("2009-01-10"), tdap.earliest(), "no minimum age and no interval with a reference: the birth date");
        assertEquals(null, tdap.pastDue());
    }

    @Test
    void tableSixEighteenATdapBeforeTheOnsetOfPregnancyIsTooSoonForThePregnancyDose() {
        // a Tdap at 12 years does not satisfy the pregnancy dose: it was given before the reference date
        // (absolute minimum interval 0 days after the onset), so the risk series still forecasts dose 1
        Result before = Child.born("2009-01-10").gender(Patient.Gender.FEMALE).observed("007").observedOn("170", "2025-03-03")
                .given("115", "2021-02-01").assessedOn("2025-04-01");
        assertEquals(1, risk(before, "DTaP/Tdap/Td").forecastDose());
        assertEquals(date("2025-09-08"), risk(before, "DTaP/Tdap/Td").earliest());
        // a Tdap at 30 weeks of pregnancy satisfies it: the risk series is complete
        Result during = Child.born("2009-01-10").gender(Patient.Gender.FEMALE).observed("007").observedOn("170", "2025-03-03")
                .given("115", "2025-09-29").assessedOn("2025-10-01");
        assertEquals("Complete", risk(during, "DTaP/Tdap/Td").status().words());
    }

    @Test
    void calcdtint9HibAfterAStemCellTransplant() {
        // HSCT recipient (004), transplant on 1 March 2024: Hib dose 1 no sooner than 6 months after it,
        // recommended at 6 months, past due at 12 months - 1 day
        Result r = Child.born("2020-01-01").observed("004").observedOn("171", "2024-03-01").assessedOn("2024-04-01");
        VaccineGroupForecast hib = risk(r, "Hib");
        assertEquals(1, hib.forecastDose());
        assertEquals(date("2024-09-01"), hib.earliest());
        assertEquals(date("2024-09-01"), hib.recommended());
        assertEquals(date("2025-02-28"), hib.pastDue());
    }

    @Test
    void aDatedObservationIsAnActiveObservation() {
        Patient p = new Patient(LocalDate.of(2020, 1, 1), null, Set.of("004"), Map.of("171", LocalDate.of(2024, 3, 1)), null);
        assertEquals(Set.of("004", "171"), p.observations());
        assertEquals(Set.of(), new Patient(LocalDate.of(2020, 1, 1), null, Set.of()).observationDates().keySet());
    }

    @Test
    void anObservationDateOutsideTheLifeSoFarIsRefusedNamingTheObservation() {
        IllegalArgumentException after = assertThrows(IllegalArgumentException.class,
                () -> Child.born("2020-01-01").observedOn("171", "2024-05-01").assessedOn("2024-04-01"));
        assertEquals("observation 171 date is after the assessmentDate", after.getMessage());
        IllegalArgumentException before = assertThrows(IllegalArgumentException.class,
                () -> Child.born("2020-01-01").observedOn("171", "2019-05-01").assessedOn("2024-04-01"));
        assertEquals("observation 171 date is before the birthDate", before.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Patient(LocalDate.of(2020, 1, 1), null, Set.of(),
                java.util.Collections.singletonMap("171", null), null)).getMessage().contains("without a code or a date"));
    }
}
