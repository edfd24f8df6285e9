package com.starlightdesk.app.chart.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.chart.ChartSection;
import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.testing.MovableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart's timeline on the demo practice: newest first, filtered by kind, and for staff visits and allergies only. */
final class TimelineViewModelTest {
    @TempDir
    static Path dir;
    private static PracticeStores stores;
    private static Session admin;
    private static Session staff;
    private static Patient aarav;
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-11-23T15:00:00Z"));

    @BeforeAll
    static void demo() throws Exception {
        stores = TestStores.in(dir, CLOCK);
        admin = TestStores.demo(stores);
        admin.store().addUser(new User(Ids.next(), "desk@starlight-peds.test", "Front Desk", Role.STAFF, null, true),
                "desk-first-password".toCharArray());
        staff = stores.signIn(admin.practice().id(), "desk@starlight-peds.test", "desk-first-password".toCharArray());
        aarav = admin.data().patientSearch().find("Aarav Patel", 2).get(0);
    }

    @AfterAll
    static void close() {
        staff.close();
        admin.close();
    }

    private static TimelineViewModel timeline(Session session) {
        return timeline(session, aarav);
    }

    private static TimelineViewModel timeline(Session session, Patient patient) {
        OpenChart chart = new OpenChart(session, new CurrentThreadTaskExecutor());
        TimelineViewModel timeline = new TimelineViewModel(chart);
        chart.open(patient.id(), ChartSection.TIMELINE);
        return timeline;
    }

    @Test
    void vitalsReadAsTheyWereEntered() {
        Patient ethan = admin.data().patientSearch().find("Ethan Kim", 2).get(0);
        List<String> vitals = timeline(admin, ethan).rows().stream().filter(r -> r.what().equals("Vitals"))
                .map(TimelineViewModel.Row::detail).toList();
        // His well-child visits were measured in pounds, ounces, inches and °F, lying down.
        assertTrue(vitals.stream().anyMatch(d -> d.matches("Weight \\d+ lb [\\d.]+ oz · Length [\\d.]+ in · Head [\\d.]+ in · [\\d.]+ °F")),
                vitals.toString());
        assertTrue(vitals.stream().noneMatch(d -> d.contains("length/height") || d.matches(".*\\.\\d{3} kg.*")), vitals.toString());
    }

    @Test
    void immunizationsAreListedWithTheirSourceAndThoseEnteredInErrorSaySo() {
        Patient kabir = admin.data().patientSearch().find("Kabir Patel", 2).get(0);
        List<String> doses = timeline(admin, kabir).rows().stream().filter(r -> r.what().equals("Immunization"))
                .map(TimelineViewModel.Row::detail).toList();
        assertTrue(doses.contains("08 Hep B, adolescent or pediatric · Given here"), doses.toString());
        assertTrue(doses.stream().anyMatch(d -> d.startsWith("20 DTaP · Illinois state registry (I-CARE) · Entered in error (duplicate entry)")),
                doses.toString());
    }

    @Test
    void providersAndAdminsSeeEveryKindNewestFirst() {
        TimelineViewModel timeline = timeline(admin);
        assertEquals(List.of(TimelineViewModel.Filter.values()), timeline.filters());
        Set<String> kinds = timeline.rows().stream().map(TimelineViewModel.Row::what).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(Set.of("Visit", "Visit note", "Vitals", "Allergy")), kinds.toString());
        assertTrue(timeline.rows().stream().anyMatch(r -> r.what().equals("Allergy") && r.detail().startsWith("Peanuts · severe")));

        timeline.shownProperty(TimelineViewModel.Filter.VISITS).set(false);
        assertFalse(timeline.rows().isEmpty());
        assertTrue(timeline.rows().stream().noneMatch(r -> r.what().equals("Visit")), "visits filtered out");
        timeline.shownProperty(TimelineViewModel.Filter.VISITS).set(true);
        assertTrue(timeline.rows().stream().anyMatch(r -> r.what().equals("Visit")));
    }

    @Test
    void staffSeeVisitsAndAllergiesButNoClinicalEvent() {
        TimelineViewModel timeline = timeline(staff);
        assertEquals(List.of(TimelineViewModel.Filter.VISITS, TimelineViewModel.Filter.ALLERGIES), timeline.filters());
        Set<String> kinds = timeline.rows().stream().map(TimelineViewModel.Row::what).collect(Collectors.toSet());
        assertEquals(Set.of("Visit", "Allergy"), kinds);
    }
}
