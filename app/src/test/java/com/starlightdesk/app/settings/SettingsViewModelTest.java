package com.starlightdesk.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.WorkingHours;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SettingsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void adminSetsTheIdleLock() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        try (Session admin = stores.create("Lakeside Kids Clinic", "America/Chicago", "Rita Moreno", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray())) {
            SettingsViewModel vm = new SettingsViewModel(stores, admin, new CurrentThreadTaskExecutor());
            assertEquals(10, vm.idleLockMinutesProperty().get());
            vm.idleLockMinutesProperty().set(31);
            vm.save();
            assertTrue(vm.messageProperty().get().startsWith("Choose between"));
            vm.idleLockMinutesProperty().set(5);
            vm.save();
            assertEquals(5, stores.preferences().idleLockMinutes());
        }
    }

    @Test
    void adminSetsTheWorkingHoursAndBadHoursAreRefusedWithNothingSaved() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        try (Session admin = stores.create("Lakeside Kids Clinic", "America/Chicago", "Rita Moreno", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray())) {
            int[] told = new int[1];
            admin.changes().addListener(() -> told[0]++);
            SettingsViewModel vm = new SettingsViewModel(stores, admin, new CurrentThreadTaskExecutor());
            vm.loadHours();
            DayHours monday = vm.week().get(0);
            DayHours saturday = vm.week().get(5);
            assertEquals(DayOfWeek.MONDAY, monday.day());
            assertTrue(monday.openProperty().get());
            assertEquals(LocalTime.of(8, 0), monday.opensProperty().get());
            assertFalse(saturday.openProperty().get(), "a new practice is closed on Saturdays");

            monday.closesProperty().set(LocalTime.of(7, 0));
            vm.saveHours();
            assertEquals("Monday: the practice must close after it opens", vm.hoursMessageProperty().get());
            assertEquals(WorkingHours.WEEKDAYS, admin.data().office().practice().orElseThrow().hours(), "nothing saved");
            assertEquals(0, told[0]);

            vm.week().forEach(day -> day.openProperty().set(false));
            vm.saveHours();
            assertEquals("Mark at least one day open", vm.hoursMessageProperty().get());

            vm.loadHours();
            monday.closesProperty().set(LocalTime.of(17, 30));
            saturday.openProperty().set(true);
            saturday.opensProperty().set(LocalTime.of(9, 0));
            saturday.closesProperty().set(LocalTime.of(12, 0));
            vm.saveHours();
            assertTrue(vm.hoursMessageProperty().get().startsWith("Saved"), vm.hoursMessageProperty().get());
            assertEquals("mon 08:00-17:30, tue 08:00-18:00, wed 08:00-18:00, thu 08:00-18:00, fri 08:00-18:00, sat 09:00-12:00",
                    admin.data().office().practice().orElseThrow().workingHours());
            assertEquals(1, told[0], "the calendar is told to read the hours again");
            assertEquals(1, admin.data().outbox().forRow("practices", admin.practice().id().toString()).stream()
                    .filter(e -> e.operation().equals("update")).count(), "one change for sync to carry to the other desks");
        }
    }
}
