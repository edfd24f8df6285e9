package com.starlightdesk.app.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.patients.NewPatientViewModel;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.settings.SettingsPage;
import com.starlightdesk.app.settings.SettingsPlace;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Provider;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the calendar says when it has nothing to show, on Wednesday October 28, 2026, 10:00 in Chicago:
 * a new practice without providers, and the demo practice (visits from a week before to a week after
 * that day) in the weeks around its visits.
 */
final class CalendarEmptyViewModelTest {
    private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-10-28T15:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 28);

    @TempDir
    Path dir;

    private record Calendar(CalendarViewModel calendar, CalendarEmptyViewModel empty, SettingsPlace settings) {
    }

    private static Calendar calendar(Session session) {
        return calendar(session, WEDNESDAY);
    }

    private static Calendar calendar(Session session, Clock clock) {
        var executor = new CurrentThreadTaskExecutor();
        CalendarViewModel calendar = new CalendarViewModel(session, executor, clock, new NewPatientViewModel(session, executor, clock));
        SettingsPlace settings = new SettingsPlace();
        CalendarEmptyViewModel empty = new CalendarEmptyViewModel(calendar, session, executor, settings);
        return new Calendar(calendar, empty, settings);
    }

    @Test
    void aPracticeWithoutProvidersIsToldToAddOneAndTheActionOpensSettingsAtProviders() throws Exception {
        try (Session admin = TestStores.in(dir, WEDNESDAY).create("Maple Pediatrics", "America/Chicago", "Ann Admin",
                "ann@maple.test", "maple-first-password".toCharArray())) {
            Calendar c = calendar(admin);
            assertEquals(CalendarEmptyViewModel.Kind.NONE, c.empty().kindProperty().get(), "nothing said before the first read");
            c.calendar().start();
            assertEquals(CalendarEmptyViewModel.Kind.NO_PROVIDERS, c.empty().kindProperty().get());
            assertEquals("No providers yet", c.empty().titleProperty().get());
            assertTrue(c.empty().textProperty().get().startsWith("Visits are booked against a provider."));
            assertTrue(c.empty().canAddProviderProperty().get());
            assertFalse(c.empty().canBookProperty().get());
            AtomicInteger opened = new AtomicInteger();
            c.settings().addOpenListener(opened::incrementAndGet);
            c.empty().addProvider();
            assertEquals(SettingsPage.PROVIDERS, c.settings().pageProperty().get());
            assertEquals(1, opened.get(), "the shell is asked to show Settings");

            admin.data().writeAll(changes -> changes.insert(new Provider(Ids.next(), null, "Dr. Lena Ortiz", "Pediatrics",
                    null, "#2E6FDB", true)));
            admin.changes().changed(); // as Settings tells the screens after a save
            assertEquals(CalendarEmptyViewModel.Kind.NO_VISITS, c.empty().kindProperty().get(), "a provider, and no visit yet");
            assertEquals("No visits this week", c.empty().titleProperty().get());
            assertNull(c.empty().laterVisitProperty().get(), "no visit is booked later either");
        }
    }

    @Test
    void aWeekWithoutVisitsLeadsToTheNextOneWithVisits() throws Exception {
        try (Session admin = TestStores.demo(TestStores.in(dir, WEDNESDAY))) {
            Calendar c = calendar(admin);
            c.calendar().start();
            assertEquals(CalendarEmptyViewModel.Kind.NONE, c.empty().kindProperty().get(), "this week has visits");

            c.calendar().anchorProperty().set(TODAY.minusWeeks(3));
            assertEquals(CalendarEmptyViewModel.Kind.NO_VISITS, c.empty().kindProperty().get());
            assertEquals("No visits this week", c.empty().titleProperty().get());
            assertEquals("Go to the next week with visits", c.empty().laterLabelProperty().get());
            LocalDate firstVisit = c.empty().laterVisitProperty().get();
            assertEquals(TODAY.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), firstVisit,
                    "the demo's first visit, on the Monday of the week before today");
            c.empty().showLaterVisits();
            assertEquals(firstVisit, c.calendar().anchorProperty().get());
            assertEquals(CalendarEmptyViewModel.Kind.NONE, c.empty().kindProperty().get());
            assertFalse(c.calendar().visits().isEmpty());

            c.calendar().modeProperty().set(CalendarMode.DAY);
            c.calendar().anchorProperty().set(TODAY.minusDays(10));
            assertEquals("No visits on this day", c.empty().titleProperty().get());
            assertEquals("Go to the next day with visits", c.empty().laterLabelProperty().get());
        }
    }

    @Test
    void newVisitOpensTheBookingFormAtTheFirstOpenSlotOfTheEmptyRange() throws Exception {
        try (Session admin = TestStores.demo(TestStores.in(dir, WEDNESDAY))) {
            Calendar c = calendar(admin);
            c.calendar().start();
            c.calendar().anchorProperty().set(TODAY.plusWeeks(3));
            assertEquals(CalendarEmptyViewModel.Kind.NO_VISITS, c.empty().kindProperty().get());
            assertNull(c.empty().laterVisitProperty().get(), "nothing is booked after it");
            assertTrue(c.empty().canBookProperty().get());
            c.empty().newVisit();
            BookingForm form = c.calendar().booking();
            assertTrue(form.openProperty().get());
            LocalDate monday = TODAY.plusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            assertEquals(monday, form.dateProperty().get());
            assertEquals(LocalTime.of(8, 0), form.startProperty().get(), "when the practice opens on Monday");
            form.close();

            // This week from Wednesday 10:00 on, were it empty: the next quarter hour today.
            c.calendar().modeProperty().set(CalendarMode.DAY);
            c.calendar().anchorProperty().set(TODAY);
            c.empty().newVisit();
            assertEquals(TODAY, form.dateProperty().get());
            assertEquals(LocalTime.of(10, 0), form.startProperty().get());
        }
    }

    @Test
    void afterClosingTimeTheFirstOpenSlotIsWhenTheNextWorkingDayOpens() throws Exception {
        Clock evening = Clock.fixed(Instant.parse("2026-10-28T22:50:00Z"), ZoneOffset.UTC); // Wednesday 5:50 PM in Chicago
        try (Session admin = TestStores.in(dir, evening).create("Maple Pediatrics", "America/Chicago", "Ann Admin",
                "ann@maple.test", "maple-first-password".toCharArray())) {
            admin.data().writeAll(changes -> changes.insert(new Provider(Ids.next(), null, "Dr. Lena Ortiz", "Pediatrics",
                    null, "#2E6FDB", true)));
            Calendar c = calendar(admin, evening);
            c.calendar().start();
            assertEquals(CalendarEmptyViewModel.Kind.NO_VISITS, c.empty().kindProperty().get());
            c.empty().newVisit();
            assertEquals(TODAY.plusDays(1), c.calendar().booking().dateProperty().get(), "the practice closes at 6 PM");
            assertEquals(LocalTime.of(8, 0), c.calendar().booking().startProperty().get());
        }
    }
}
