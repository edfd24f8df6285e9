package com.starlightdesk.app.patients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.patients.PatientListViewModel.Standing;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.repo.PatientRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Patients list on the demo practice, on Wednesday October 28, 2026 in Chicago: the filters narrow
 * the one read, bad numbers are named at their fields, and the list reads again after a change.
 */
final class PatientListViewModelTest {
    private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-10-28T15:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 28);

    @TempDir
    static Path dir;
    private static Session session;

    @BeforeAll
    static void demo() throws Exception {
        session = TestStores.demo(TestStores.in(dir, WEDNESDAY));
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static PatientListViewModel list(OpenChart chart) {
        PatientListViewModel list = new PatientListViewModel(session, new CurrentThreadTaskExecutor(), chart, WEDNESDAY);
        list.load();
        return list;
    }

    private static OpenChart chart() {
        return new OpenChart(session, new CurrentThreadTaskExecutor());
    }

    @Test
    void showsEveryPatientAndNarrowsToProspects() {
        PatientListViewModel list = list(chart());
        int total = list.all().size();
        assertEquals(session.data().patients().count(), total);
        assertEquals(total + " patients", list.countProperty().get());
        assertEquals(total, list.shown().size());

        list.activeShownProperty().set(false);
        assertEquals(7, list.shown().size(), "the demo's seven prospects");
        assertTrue(list.shown().stream().allMatch(r -> Standing.of(r) == Standing.PROSPECT));
        assertEquals("7 of " + total + " patients", list.countProperty().get());

        list.clearFilters();
        assertEquals(total, list.shown().size());
    }

    @Test
    void anAgeRangeInYearsOrMonthsNamesABadNumberAtItsField() {
        PatientListViewModel list = list(chart());
        int total = list.all().size();
        list.ageFromProperty().set("two");
        assertEquals("Type an age in years as a whole number", list.errors().of("ageFrom").get());
        assertEquals(total, list.shown().size(), "a wrong number filters nothing");

        list.ageFromProperty().set("5");
        list.ageToProperty().set("2");
        assertEquals("", list.errors().of("ageFrom").get());
        assertEquals("Must not be below the age it starts from", list.errors().of("ageTo").get());

        list.ageFromProperty().set("2");
        list.ageToProperty().set("5");
        assertTrue(list.errors().isEmpty());
        assertFalse(list.shown().isEmpty());
        assertTrue(list.shown().size() < total);
        for (PatientRow row : list.shown()) {
            long years = AgeUnit.YEARS.of(row.dateOfBirth(), TODAY);
            assertTrue(years >= 2 && years <= 5, row.dateOfBirth() + " is " + years + " years old");
        }

        list.ageUnitProperty().set(AgeUnit.MONTHS);
        list.ageFromProperty().set("");
        list.ageToProperty().set("400");
        assertEquals("Type a number from 0 to 360", list.errors().of("ageTo").get());
        list.ageToProperty().set("23");
        assertFalse(list.shown().isEmpty());
        assertTrue(list.shown().stream().allMatch(r -> AgeUnit.MONTHS.of(r.dateOfBirth(), TODAY) <= 23));
    }

    @Test
    void planProviderAndLastVisitFilters() {
        Patient first = session.data().patients().byStatus("active", 1, 0).get(0);
        Provider dr = session.data().office().providers().get(0);
        session.data().writeAll(c -> c.update(withProvider(first, dr.id())));
        PatientListViewModel list = list(chart());
        int total = list.all().size();

        ListChoice drChoice = list.providers().stream().filter(c -> dr.id().equals(c.id())).findFirst().orElseThrow();
        assertEquals(List.of(PatientListViewModel.ANY_PROVIDER, PatientListViewModel.NO_PROVIDER), list.providers().subList(0, 2));
        assertTrue(list.providers().contains(drChoice));
        long withDr = list.all().stream().filter(r -> dr.id().equals(r.providerId())).count();
        long withNone = list.all().stream().filter(r -> r.providerId() == null).count();
        list.providerProperty().set(drChoice);
        assertEquals(withDr, list.shown().size());
        assertTrue(list.shown().stream().map(PatientRow::id).toList().contains(first.id()));
        assertTrue(list.shown().stream().allMatch(r -> dr.name().equals(r.providerName())));
        list.providerProperty().set(PatientListViewModel.NO_PROVIDER);
        assertEquals(withNone, list.shown().size());
        assertTrue(withNone > 0 && withNone < total, "the demo's prospects have no provider of their own");
        list.providerProperty().set(PatientListViewModel.ANY_PROVIDER);

        assertTrue(list.plans().size() > 2, "the plans the patients are on");
        ListChoice plan = list.plans().get(2);
        list.planProperty().set(plan);
        assertFalse(list.shown().isEmpty());
        assertTrue(list.shown().stream().allMatch(r -> plan.id().equals(r.planId()) && plan.label().equals(r.planName())));
        list.planProperty().set(PatientListViewModel.NO_PLAN);
        assertTrue(list.shown().stream().allMatch(r -> r.planId() == null));
        assertTrue(list.shown().stream().anyMatch(r -> r.status() == PatientStatus.PROSPECT), "prospects have no plan");
        list.planProperty().set(PatientListViewModel.ANY_PLAN);

        list.notSeenMonthsProperty().set("0");
        assertEquals("Type a number from 1 to 240", list.errors().of("notSeenMonths").get());
        list.notSeenMonthsProperty().set("1");
        Instant monthAgo = TODAY.minusMonths(1).atStartOfDay(session.zone()).toInstant();
        assertFalse(list.shown().isEmpty());
        assertTrue(list.shown().stream().allMatch(r -> r.lastVisit() == null || r.lastVisit().isBefore(monthAgo)));
        assertTrue(list.shown().size() < total, "the demo's patients seen last week are left out");
        assertTrue(list.shown().stream().anyMatch(r -> r.lastVisit() == null), "never seen counts as not seen");
    }

    @Test
    void anInactivePatientShowsOnlyWhenInactiveIsTickedAndTheListReadsAgainAfterAChange() {
        PatientListViewModel list = list(chart());
        int total = list.all().size();
        Patient dormant = new Patient(Ids.next(), "Wren", "Quiet", TODAY.minusYears(6), Gender.FEMALE, null, null, null, null,
                null, null, null, null, PatientStatus.ACTIVE, null, null, null, null, false, null, null, null);
        session.data().writeAll(c -> c.insert(dormant));
        session.changes().changed();
        assertEquals(total + 1, list.all().size(), "a sync's changes are read again");
        assertTrue(list.shown().stream().noneMatch(r -> r.id().equals(dormant.id())));
        list.activeShownProperty().set(false);
        list.prospectShownProperty().set(false);
        list.inactiveShownProperty().set(true);
        assertEquals(List.of(dormant.id()), list.shown().stream().map(PatientRow::id).toList());
        assertEquals(Standing.INACTIVE, Standing.of(list.shown().get(0)));
        assertEquals("6 years", list.age(list.shown().get(0)));
    }

    @Test
    void openingAListedPatientsChartReadsNoListButAChartChangedOrANewPatientsChartDoes() {
        OpenChart chart = chart();
        PatientListViewModel list = list(chart);
        int[] reads = {0};
        list.all().addListener((javafx.beans.Observable o) -> reads[0]++);
        list.open(list.shown().get(0));
        assertEquals(0, reads[0], "opening a listed patient's chart leaves the list as it was read");
        chart.changed();
        assertEquals(1, reads[0], "a chart read again after a change reads the list again");
        Patient newcomer = new Patient(Ids.next(), "Juniper", "Newcomb", TODAY.minusYears(2), Gender.FEMALE, null, null, null, null,
                null, null, null, null, PatientStatus.ACTIVE, null, null, null, null, true, null, null, null);
        session.data().writeAll(c -> c.insert(newcomer));
        chart.open(newcomer.id());
        assertTrue(list.all().stream().anyMatch(r -> r.id().equals(newcomer.id())), "a new patient's chart opened: the list reads them in");
        chart.close();
        session.data().writeAll(c -> c.softDelete(Patient.class, newcomer.id()));
    }

    @Test
    void openingARowOpensItsChart() {
        OpenChart chart = chart();
        PatientListViewModel list = list(chart);
        PatientRow row = list.shown().get(0);
        list.open(row);
        assertEquals(row.id(), chart.patientProperty().get());
        assertEquals(row.displayName(), chart.readProperty().get().patient().displayName());
    }

    private static Patient withProvider(Patient p, UUID provider) {
        return new Patient(p.id(), p.firstName(), p.lastName(), p.dateOfBirth(), p.gender(), p.parentGuardian(), p.email(), p.phone(),
                p.address(), p.insuranceProvider(), p.insuranceId(), p.insuranceGroup(), p.familyId(), p.status(), p.pipelineStage(),
                p.feeOverride(), p.referredBy(), p.notes(), p.isActive(), provider, p.gestationalAgeDays(), p.noKnownAllergiesAt());
    }

}
