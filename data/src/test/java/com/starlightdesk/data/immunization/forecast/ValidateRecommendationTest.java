package com.starlightdesk.data.immunization.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.starlightdesk.data.immunization.forecast.ImmunizationForecast.VaccineGroupForecast;
import com.starlightdesk.data.immunization.forecast.SupportingData.AgeRule;
import com.starlightdesk.data.immunization.forecast.SupportingData.Antigen;
import com.starlightdesk.data.immunization.forecast.SupportingData.AntigenSeries;
import com.starlightdesk.data.immunization.forecast.SupportingData.ConditionType;
import com.starlightdesk.data.immunization.forecast.SupportingData.ConditionalSkip;
import com.starlightdesk.data.immunization.forecast.SupportingData.CvxAssociation;
import com.starlightdesk.data.immunization.forecast.SupportingData.Immunity;
import com.starlightdesk.data.immunization.forecast.SupportingData.IntervalRule;
import com.starlightdesk.data.immunization.forecast.SupportingData.SeriesDose;
import com.starlightdesk.data.immunization.forecast.SupportingData.SeriesType;
import com.starlightdesk.data.immunization.forecast.SupportingData.SeriesVaccine;
import com.starlightdesk.data.immunization.forecast.SupportingData.SkipCondition;
import com.starlightdesk.data.immunization.forecast.SupportingData.SkipContext;
import com.starlightdesk.data.immunization.forecast.SupportingData.SkipSet;
import com.starlightdesk.data.immunization.forecast.SupportingData.VaccineGroup;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 7.6 Validate Recommendation, on a small schedule built for the purpose (the logic reads any supporting data):
 * dose 2 follows dose 1 by 8 weeks and is not needed from 15 months of age; dose 3 follows by 4 weeks.
 */
class ValidateRecommendationTest {
    private static final SeriesVaccine VACCINE = new SeriesVaccine("900", "Test vaccine", null, null, null, true);

    private static TimeSpan span(String text) {
        return TimeSpan.parse(text);
    }

    private static IntervalRule fromPrevious(String min) {
        return new IntervalRule(true, null, Set.of(), null, span(min + " - 4 days"), span(min), null, null, false, null, null);
    }

    private static SeriesDose dose(int number, AgeRule age, List<IntervalRule> intervals, List<ConditionalSkip> skips) {
        return new SeriesDose(number, List.of(age), intervals, List.of(), List.of(VACCINE), List.of(), Set.of(), skips, false,
                null, null);
    }

    private static Forecaster forecaster() {
        AgeRule any = new AgeRule(null, span("0 days"), null, null, span("5 years"), null, null);
        ConditionalSkip notFrom15Months = new ConditionalSkip(SkipContext.FORECAST, false, List.of(new SkipSet(
                "Dose is not required for those 15 months or older", false, null, null, List.of(new SkipCondition(
                        ConditionType.AGE, null, null, span("15 months"), null, null, 0, false, null, Set.of(), Set.of())))));
        AntigenSeries series = new AntigenSeries("Test 3-dose series", "Testitis", "Testitis", SeriesType.STANDARD, Set.of(),
                Set.of(), true, false, "1", "A", 1, null, null, List.of(),
                List.of(dose(1, any, List.of(), List.of()),
                        dose(2, any, List.of(fromPrevious("8 weeks")), List.of(notFrom15Months)),
                        dose(3, new AgeRule(null, span("12 months"), null, null, span("5 years"), null, null),
                                List.of(fromPrevious("4 weeks")), List.of())));
        Antigen antigen = new Antigen("Testitis", new Immunity(Set.of(), null, null, Set.of()), List.of(), List.of(), List.of(series));
        return new Forecaster(new SupportingData(Map.of("Testitis", antigen),
                Map.of("Testitis", new VaccineGroup("Testitis", false, List.of("Testitis"))),
                Map.of("900", List.of(new CvxAssociation("Testitis", null, null))), Map.of("900", "test"), List.of(), Map.of()));
    }

    private static VaccineGroupForecast forecast(String dose1, String assessed) {
        Patient child = new Patient(LocalDate.of(2024, 1, 1), Patient.Gender.UNKNOWN, Set.of());
        return forecaster().forecast(child, List.of(new AdministeredDose("900", LocalDate.parse(dose1))), LocalDate.parse(assessed))
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
