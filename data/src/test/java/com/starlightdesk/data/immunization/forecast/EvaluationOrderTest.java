package com.starlightdesk.data.immunization.forecast;

import static com.starlightdesk.data.immunization.forecast.TestSchedule.ANY_AGE;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.ageCondition;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.dose;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.fromPrevious;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.series;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.set;
import static com.starlightdesk.data.immunization.forecast.TestSchedule.skip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.starlightdesk.data.immunization.forecast.ImmunizationForecast.VaccineGroupForecast;
import com.starlightdesk.data.immunization.forecast.SupportingData.Antigen;
import com.starlightdesk.data.immunization.forecast.SupportingData.AntigenSeries;
import com.starlightdesk.data.immunization.forecast.SupportingData.ContraindicatedVaccine;
import com.starlightdesk.data.immunization.forecast.SupportingData.Immunity;
import com.starlightdesk.data.immunization.forecast.SupportingData.SeriesType;
import com.starlightdesk.data.immunization.forecast.SupportingData.SkipContext;
import com.starlightdesk.data.immunization.forecast.SupportingData.VaccineContraindication;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The order and the scope of steps the specification fixes, on small schedules (child born 1 January 2024):
 * 6.1 before 6.2 (table 6-1), table 7-7's "all preferable vaccines for the relevant patient series", and
 * CALCDTINT-8's "not an inadvertent administration".
 */
class EvaluationOrderTest {
    @Test
    void table6to1ADoseThatCannotBeEvaluatedIsSubStandardBeforeAnyConditionalSkip() {
        // dose 2 is not needed from 12 months (evaluation only); the second dose, at 13 months, is from an expired lot:
        // 6.1 makes it Sub-standard and target dose 2 stays Not Satisfied, so the forecast still asks for dose 2
        TestSchedule s = new TestSchedule().antigen("Testitis", "900", "Testitis", false,
                series("Testitis", "Testitis", SeriesType.STANDARD, "1", 1, true,
                        dose(1, "900", ANY_AGE, List.of(), List.of()),
                        dose(2, "900", ANY_AGE, List.of(fromPrevious("4 weeks")),
                                List.of(skip(SkipContext.EVALUATION, false, set(false, ageCondition("12 months", null)))))));
        ImmunizationForecast r = s.forecaster().forecast(TestSchedule.CHILD, List.of(
                new AdministeredDose("900", LocalDate.parse("2024-03-01")),
                new AdministeredDose("900", null, LocalDate.parse("2025-02-01"), LocalDate.parse("2025-01-31"), false)),
                LocalDate.parse("2025-02-10"));
        assertEquals("Sub-standard", r.doses().get(1).evaluation());
        assertEquals("Expired", r.doses().get(1).reason());
        assertEquals("Not Complete", r.group("Testitis").status().words());
        assertEquals(2, r.group("Testitis").forecastDose());
    }

    @Test
    void calcdtint8AnInadvertentAdministrationIsNoReferenceForAnIntervalFromTheMostRecentVaccine() {
        // dose 2 of CVX 900: 8 weeks after the most recent 900 or 901; CVX 901 is inadvertent for dose 2
        SupportingData.IntervalRule fromMostRecent = new SupportingData.IntervalRule(false, null, Set.of("900", "901"), null,
                TestSchedule.span("8 weeks - 4 days"), TestSchedule.span("8 weeks"), null, null, false, null, null);
        SupportingData.SeriesDose dose2 = new SupportingData.SeriesDose(2, List.of(ANY_AGE), List.of(fromMostRecent), List.of(),
                List.of(new SupportingData.SeriesVaccine("900", "Test vaccine", null, null, null, true)), List.of(), Set.of("901"),
                List.of(), false, null, null);
        TestSchedule s = new TestSchedule().antigen("Testitis", "900", "Testitis", false,
                series("Testitis", "Testitis", SeriesType.STANDARD, "1", 1, true, dose(1, "900", ANY_AGE, List.of(), List.of()),
                        dose2)).cvx("901", "Testitis");
        ImmunizationForecast r = s.run("2024-04-05", "900@2024-03-01", "901@2024-04-01");
        assertEquals("Inadvertent Administration", r.doses().get(1).reason());
        // 8 weeks from 1 March (the 901 of 1 April does not count); FORECASTDTCAN-1 keeps it on or after 1 April
        assertEquals(LocalDate.parse("2024-04-26"), r.group("Testitis").earliest());
    }

    private static VaccineGroupForecast withContraindicationOf900(String dose2Vaccine) {
        AntigenSeries twoDoses = series("Testitis", "Testitis", SeriesType.STANDARD, "1", 1, true,
                dose(1, "900", ANY_AGE, List.of(), List.of()),
                dose(2, dose2Vaccine, ANY_AGE, List.of(fromPrevious("4 weeks")), List.of()));
        Antigen antigen = new Antigen("Testitis", new Immunity(Set.of(), null, null, Set.of()), List.of(),
                List.of(new VaccineContraindication("005", "Do not give 900",
                        List.of(new ContraindicatedVaccine("900", null, null)))), List.of(twoDoses));
        TestSchedule s = new TestSchedule().antigen(antigen, "900", "Testitis", false).cvx("901", "Testitis");
        return s.run(new Patient(LocalDate.of(2024, 1, 1), null, Set.of("005")), "2024-03-01").group("Testitis");
    }

    @Test
    void table7to7ASeriesIsContraindicatedWhenAllItsPreferableVaccinesAre() {
        assertEquals("Contraindicated", withContraindicationOf900("900").status().words());
        // dose 2's preferable vaccine (901) has no contraindication: the series is not contraindicated, and
        // FORECASTRECVAC-1 recommends no vaccine for dose 1
        VaccineGroupForecast notAll = withContraindicationOf900("901");
        assertEquals("Not Complete", notAll.status().words());
        assertEquals(List.of(), notAll.vaccines());
    }
}
