package com.starlightdesk.data.immunization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.DoseErrorReason;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.ImmunizationObservation;
import com.starlightdesk.data.domain.ImmunizationRecord;
import com.starlightdesk.data.domain.ImmunizationSource;
import com.starlightdesk.data.domain.ObservationKind;
import com.starlightdesk.data.domain.ObservationRemoval;
import com.starlightdesk.data.immunization.ImmunizationStatus.DoseCheck;
import com.starlightdesk.data.immunization.ImmunizationStatus.GroupDose;
import com.starlightdesk.data.immunization.ImmunizationStatus.Standing;
import com.starlightdesk.data.immunization.forecast.Forecaster;
import com.starlightdesk.data.immunization.forecast.ImmunizationForecast.VaccineGroupForecast;
import com.starlightdesk.data.immunization.forecast.Statuses.SeriesStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ImmunizationStatusTest {
    private static final Forecaster FORECASTER = Forecaster.shipped();
    private static final UUID CHILD = UUID.randomUUID();
    private static final LocalDate BORN = LocalDate.of(2025, 1, 10);

    private static Immunization dose(String cvx, LocalDate on) {
        return new Immunization(UUID.randomUUID(), CHILD, cvx, on, ImmunizationSource.HISTORICAL, "State registry", null, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    private static ImmunizationStatus assess(List<Immunization> doses, List<ImmunizationObservation> observations, LocalDate today) {
        return ImmunizationStatus.assess(FORECASTER, BORN, Gender.FEMALE, new ImmunizationRecord(doses, observations), today);
    }

    @Test
    void aDoseTooSoonAfterTheLastIsNotValidOnTheGroupsRowWithTheSpecificationsReason() {
        Immunization first = dose("20", BORN.plusMonths(2));
        Immunization tooSoon = dose("20", BORN.plusMonths(2).plusDays(14));
        ImmunizationStatus status = assess(List.of(tooSoon, first), List.of(), LocalDate.of(2025, 6, 1));

        List<GroupDose> row = status.dosesOf("DTaP/Tdap/Td");
        assertEquals(List.of(first, tooSoon), row.stream().map(GroupDose::dose).toList(), "oldest first");
        assertTrue(row.get(0).isValid());
        assertFalse(row.get(1).isValid());
        assertEquals("Not Valid", row.get(1).evaluation());
        assertFalse(row.get(1).reasons().isEmpty());
        assertTrue(row.get(1).reasons().stream().allMatch(r -> r.matches("(Diphtheria|Tetanus|Pertussis): .+")),
                "three antigens: each reason names its antigen, " + row.get(1).reasons());
        assertEquals(3, status.evaluations(tooSoon.id()).size(), "one evaluation per antigen of DTaP");
    }

    @Test
    void aDoseEnteredInErrorCountsForNothing() {
        Immunization wrong = dose("20", BORN.plusMonths(2)).enteredInError(Instant.now(), DoseErrorReason.WRONG_PATIENT, null);
        ImmunizationStatus status = assess(List.of(wrong), List.of(), LocalDate.of(2025, 6, 1));

        assertTrue(status.dosesOf("DTaP/Tdap/Td").isEmpty());
        assertTrue(status.evaluations(wrong.id()).isEmpty());
        assertEquals(1, status.group("DTaP/Tdap/Td").orElseThrow().forecast().forecastDose());
    }

    @Test
    void standingFollowsTheForecastDatesOnTheAssessmentDay() {
        // No doses at all at five months: hepatitis B's first dose (due at birth) is long past due.
        ImmunizationStatus none = assess(List.of(), List.of(), BORN.plusMonths(5));
        assertEquals(Standing.OVERDUE, none.group("HepB").orElseThrow().standing());
        // MMR is not given before 12 months: at five months it is not yet.
        assertEquals(Standing.NOT_YET, none.group("MMR").orElseThrow().standing());

        var next = new VaccineGroupForecast("Polio", "Standard", SeriesStatus.NOT_COMPLETE, List.of(), 2,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1), null, List.of("10"));
        assertEquals(Standing.NOT_YET, ImmunizationStatus.standing(next, LocalDate.of(2026, 2, 28)));
        assertEquals(Standing.CAN_BE_GIVEN, ImmunizationStatus.standing(next, LocalDate.of(2026, 3, 1)));
        assertEquals(Standing.CAN_BE_GIVEN, ImmunizationStatus.standing(next, LocalDate.of(2026, 3, 31)));
        assertEquals(Standing.DUE, ImmunizationStatus.standing(next, LocalDate.of(2026, 4, 1)));
        assertEquals(Standing.DUE, ImmunizationStatus.standing(next, LocalDate.of(2026, 4, 30)));
        assertEquals(Standing.OVERDUE, ImmunizationStatus.standing(next, LocalDate.of(2026, 5, 1)));
        var done = new VaccineGroupForecast("Polio", "Standard", SeriesStatus.COMPLETE, List.of(), null, null, null, null, null, List.of());
        assertEquals(Standing.COMPLETE, ImmunizationStatus.standing(done, LocalDate.of(2026, 5, 1)));
        var agedOut = new VaccineGroupForecast("Rotavirus", "Standard", SeriesStatus.AGED_OUT, List.of(), null, null, null, null, null,
                List.of());
        assertEquals(Standing.NO_MORE_DOSES, ImmunizationStatus.standing(agedOut, LocalDate.of(2026, 5, 1)));
        var notRecommended = new VaccineGroupForecast("Influenza", "Standard", SeriesStatus.NOT_RECOMMENDED,
                List.of("Not recommended at this time due to past immunization history"), null, null, null, null, null, List.of());
        assertEquals(Standing.NO_MORE_DOSES, ImmunizationStatus.standing(notRecommended, LocalDate.of(2026, 5, 1)));
        var pastSeason = new VaccineGroupForecast("Influenza", "Standard", SeriesStatus.NOT_RECOMMENDED,
                List.of(VaccineGroupForecast.PAST_SEASON_END), 3, null, null, null, null, List.of());
        assertEquals(Standing.NOT_FORECAST, ImmunizationStatus.standing(pastSeason, LocalDate.of(2026, 12, 1)),
                "after the data's last season the forecaster cannot tell, which is not 'no more doses'");
        // The supporting data's last influenza season ended on June 30, 2026: in December the real forecast says so.
        assertEquals(Standing.NOT_FORECAST, assess(List.of(), List.of(), LocalDate.of(2026, 12, 1)).group("Influenza")
                .orElseThrow().standing());
        assertTrue(none.dueOrOverdue().stream().anyMatch(g -> g.name().equals("HepB")));
    }

    @Test
    void aRefusalMarksItsGroupAndARemovedOneDoesNot() {
        ImmunizationObservation refused = new ImmunizationObservation(UUID.randomUUID(), CHILD, ObservationKind.REFUSAL, null,
                "MMR", LocalDate.of(2026, 2, 1), null, null, null, null);
        ImmunizationStatus status = assess(List.of(), List.of(refused), LocalDate.of(2026, 3, 1));
        assertTrue(status.group("MMR").orElseThrow().isRefused());
        assertFalse(status.group("HepB").orElseThrow().isRefused());

        ImmunizationObservation removed = refused.removed(Instant.now(), ObservationRemoval.values()[0], null);
        assertFalse(assess(List.of(), List.of(removed), LocalDate.of(2026, 3, 1)).group("MMR").orElseThrow().isRefused());
    }

    @Test
    void theCheckBeforeSavingWarnsOfATooYoungChildAndOfALiveVirusConflict() {
        ImmunizationRecord empty = new ImmunizationRecord(List.of(), List.of());
        DoseCheck tooYoung = ImmunizationStatus.check(FORECASTER, BORN, Gender.FEMALE, empty, "03", BORN.plusMonths(6), null,
                BORN.plusMonths(6));
        assertFalse(tooYoung.isValid());
        assertTrue(tooYoung.problems().stream().anyMatch(p -> p.startsWith("Measles: Not Valid")), tooYoung.problems().toString());

        Immunization mmr = dose("03", BORN.plusMonths(12));
        ImmunizationRecord afterMmr = new ImmunizationRecord(List.of(mmr), List.of());
        LocalDate tenDaysLater = BORN.plusMonths(12).plusDays(10);
        DoseCheck conflict = ImmunizationStatus.check(FORECASTER, BORN, Gender.FEMALE, afterMmr, "21", tenDaysLater, null, tenDaysLater);
        assertFalse(conflict.isValid(), "varicella 10 days after MMR: live virus conflict");

        DoseCheck fine = ImmunizationStatus.check(FORECASTER, BORN, Gender.FEMALE, afterMmr, "21", BORN.plusMonths(12), null,
                tenDaysLater);
        assertTrue(fine.isValid(), "varicella on the same day as MMR is fine: " + fine.problems());
    }

    @Test
    void aCorrectionIsCheckedWithoutTheDoseItReplaces() {
        Immunization given = dose("03", BORN.plusMonths(12));
        ImmunizationRecord record = new ImmunizationRecord(new ArrayList<>(List.of(given)), List.of());
        LocalDate today = BORN.plusMonths(13);
        DoseCheck asSecond = ImmunizationStatus.check(FORECASTER, BORN, Gender.FEMALE, record, "03", BORN.plusMonths(12).plusDays(7),
                null, today);
        assertFalse(asSecond.isValid(), "a second MMR a week after the first is too soon");
        DoseCheck asCorrection = ImmunizationStatus.check(FORECASTER, BORN, Gender.FEMALE, record, "03",
                BORN.plusMonths(12).plusDays(7), given.id(), today);
        assertTrue(asCorrection.isValid(), asCorrection.problems().toString());
    }

    @Test
    void anObservationsDayIsWhereAnIntervalFromItCounts() {
        // A stem cell transplant recipient (004), transplanted (171) on 1 March 2024: the Hib risk series' first
        // dose no sooner than 6 months after the transplant (CALCDTINT-9).
        UUID child = UUID.randomUUID();
        ImmunizationObservation recipient = new ImmunizationObservation(UUID.randomUUID(), child, ObservationKind.INDICATION, "004",
                null, LocalDate.of(2024, 3, 1), null, null, null, null);
        ImmunizationObservation transplant = new ImmunizationObservation(UUID.randomUUID(), child, ObservationKind.OTHER, "171",
                null, LocalDate.of(2024, 3, 1), null, null, null, null);
        ImmunizationStatus status = ImmunizationStatus.assess(FORECASTER, LocalDate.of(2020, 1, 1), Gender.MALE,
                new ImmunizationRecord(List.of(), List.of(recipient, transplant)), LocalDate.of(2024, 4, 1));
        var hib = status.groups().stream().filter(g -> g.name().equals("Hib") && g.forecast().seriesType().equals("Risk"))
                .findFirst().orElseThrow();
        assertEquals(LocalDate.of(2024, 9, 1), hib.forecast().earliest());
        assertEquals(Standing.NOT_YET, hib.standing());
    }
}
