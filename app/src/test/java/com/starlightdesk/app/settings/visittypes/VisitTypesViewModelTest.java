package com.starlightdesk.app.settings.visittypes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.VisitTypes;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class VisitTypesViewModelTest {
    @TempDir
    Path dir;

    private static VisitTypeRow row(VisitTypesViewModel vm, AppointmentType type) {
        return vm.rows().stream().filter(r -> r.type() == type).findFirst().orElseThrow();
    }

    @Test
    void anAdminSetsLengthsAndColoursWithEachBadValueAtItsField() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        try (Session admin = stores.create("Maple Pediatrics", "America/Chicago", "Rita Moreno", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray())) {
            int[] told = new int[1];
            admin.changes().addListener(() -> told[0]++);
            VisitTypesViewModel vm = new VisitTypesViewModel(admin, new CurrentThreadTaskExecutor());
            vm.load();
            assertEquals(5, vm.rows().size());
            assertEquals("30", row(vm, AppointmentType.CHECKUP).minutesProperty().get());
            assertEquals("#6E9A57", row(vm, AppointmentType.WELLNESS).colourProperty().get());

            row(vm, AppointmentType.CHECKUP).minutesProperty().set("32");
            row(vm, AppointmentType.FOLLOWUP).minutesProperty().set("half an hour");
            row(vm, AppointmentType.SICK_VISIT).minutesProperty().set("300");
            row(vm, AppointmentType.VACCINATION).colourProperty().set("purple");
            vm.save();
            assertEquals("Visit lengths are in steps of 5 minutes", vm.errors().of("checkup-minutes").get());
            assertEquals("Minutes are a whole number, e.g. 30", vm.errors().of("followup-minutes").get());
            assertEquals("A visit lasts 5 to 240 minutes", vm.errors().of("sick_visit-minutes").get());
            assertEquals("A colour is written #RRGGBB, e.g. #4A7FB5", vm.errors().of("vaccination-colour").get());
            assertEquals("", vm.errors().of("wellness-minutes").get());
            assertEquals(VisitTypes.DEFAULTS, admin.data().office().practice().orElseThrow().visitTypeDefaults(), "nothing saved");
            assertEquals(0, told[0]);

            row(vm, AppointmentType.CHECKUP).minutesProperty().set("40");
            row(vm, AppointmentType.FOLLOWUP).minutesProperty().set(" 25 ");
            row(vm, AppointmentType.SICK_VISIT).minutesProperty().set("20");
            row(vm, AppointmentType.VACCINATION).colourProperty().set("#aa55cc");
            vm.save();
            assertTrue(vm.errors().isEmpty());
            assertEquals("Saved. New visits take these lengths, and the calendar marks visits with these colours.", vm.doneProperty().get());
            VisitTypes saved = admin.data().office().practice().orElseThrow().visitTypeDefaults();
            assertEquals(40, saved.of(AppointmentType.CHECKUP).minutes());
            assertEquals(25, saved.of(AppointmentType.FOLLOWUP).minutes());
            assertEquals("#AA55CC", saved.of(AppointmentType.VACCINATION).colour());
            assertEquals("#AA55CC", row(vm, AppointmentType.VACCINATION).colourProperty().get(), "the form shows what is stored");
            assertEquals(1, told[0], "the calendar hears of it");
        }
    }

    @Test
    void onlyAnAdminChangesVisitTypes() throws Exception {
        try (Session desk = TestStores.staff(TestStores.in(dir, Clock.systemUTC()))) {
            VisitTypesViewModel vm = new VisitTypesViewModel(desk, new CurrentThreadTaskExecutor());
            row(vm, AppointmentType.CHECKUP).minutesProperty().set("60");
            vm.save();
            assertEquals("Only an admin can change the visit types", vm.failureProperty().get());
            assertEquals(30, desk.data().office().practice().orElseThrow().visitTypeDefaults().of(AppointmentType.CHECKUP).minutes());
        }
    }
}
