package com.starlightdesk.app.chart.medications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.chart.ChartHeaderViewModel;
import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Allergy;
import com.starlightdesk.data.domain.AllergySeverity;
import com.starlightdesk.data.domain.ClinicalStatus;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Medication;
import com.starlightdesk.data.domain.MedicationInactivation;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.testing.BookedVisits;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class MedicationsViewModelTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dir;

    @Test
    void aProviderStartsChangesStopsAndMarksMedicationsAndTheHistoryKeepsThemAll() throws Exception {
        PracticeStores stores = TestStores.in(dir, CLOCK);
        try (Session admin = stores.create("Maple Pediatrics", "America/Chicago", "Rita Moreno", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray())) {
            Patient ava = BookedVisits.patient();
            Provider asha = new Provider(Ids.next(), null, "Asha Prajapati, MD", "Pediatrics", "asha@maple.test", "#2E6FDB", true);
            LocalDate today = LocalDate.now(CLOCK.withZone(admin.zone()));
            admin.data().writeAll(c -> {
                c.insert(ava);
                c.insert(asha);
                c.insert(new Allergy(Ids.next(), ava.id(), "Amoxicillin", "Hives", AllergySeverity.MODERATE, ClinicalStatus.ACTIVE,
                        today.minusYears(1), null, null, null));
            });
            CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
            OpenChart chart = new OpenChart(admin, executor);
            ChartHeaderViewModel header = new ChartHeaderViewModel(chart, CLOCK);
            MedicationsViewModel vm = new MedicationsViewModel(chart, executor, CLOCK);
            chart.open(ava.id());
            assertTrue(vm.canChange());
            assertTrue(vm.active().isEmpty());

            vm.startAdd();
            assertEquals(today, vm.startedOnProperty().get());
            assertEquals(3, vm.prescribers().size(), "not recorded, the practice's provider, outside");
            vm.prescriberProperty().set(MedicationsViewModel.Prescriber.OUTSIDE);
            vm.startedOnProperty().set(null);
            vm.endedOnProperty().set(today.minusDays(1));
            vm.save();
            assertEquals("Enter the medication's name and strength", vm.errors().of("name").get());
            assertEquals("Enter the day it started (M/D/YYYY)", vm.errors().of("startedOn").get());
            assertEquals("Name the prescriber from outside the practice", vm.errors().of("prescriber").get());
            assertTrue(vm.active().isEmpty(), "nothing saved");

            vm.nameProperty().set("Cefdinir 250 mg/5 mL");
            vm.dosageProperty().set("3 mL");
            vm.routeProperty().set("ORAL");
            vm.frequencyProperty().set("Twice daily");
            vm.startedOnProperty().set(today.minusDays(5));
            vm.endedOnProperty().set(today.minusDays(6));
            vm.outsidePrescriberProperty().set("Dr. Ellis (urgent care)");
            vm.save();
            assertEquals("Is before the start", vm.errors().of("endedOn").get());
            vm.endedOnProperty().set(null);
            vm.save();
            assertEquals("Started Cefdinir 250 mg/5 mL.", vm.doneProperty().get());
            assertEquals(1, vm.active().size());
            Medication cefdinir = vm.active().get(0);
            assertEquals("oral", cefdinir.route());
            assertEquals("Dr. Ellis (urgent care) (outside)", vm.prescriberOf(cefdinir));

            // A dose change from yesterday: the old dose goes to the history, stopped, "dose changed".
            vm.startEdit(cefdinir);
            assertEquals(MedicationsViewModel.Prescriber.OUTSIDE, vm.prescriberProperty().get());
            vm.dosageProperty().set("4 mL");
            vm.changedOnProperty().set(today.minusDays(1));
            vm.save();
            assertTrue(vm.doneProperty().get().startsWith("Cefdinir 250 mg/5 mL: 4 mL Twice daily from "), vm.doneProperty().get());
            assertEquals(1, vm.active().size());
            assertEquals("4 mL", vm.active().get(0).dosage());
            assertEquals(1, vm.history().size());
            String earlier = vm.describeInactive(vm.history().get(0));
            assertTrue(earlier.startsWith("Cefdinir 250 mg/5 mL · 3 mL · oral · Twice daily — "), earlier);
            assertTrue(earlier.endsWith(" · Stopped: dose changed"), earlier);

            // Amoxicillin while allergic to it: the header says so.
            vm.startAdd();
            vm.prescriberProperty().set(vm.prescribers().get(1));
            vm.nameProperty().set("Amoxicillin 400 mg/5 mL");
            vm.save();
            assertEquals("Asha Prajapati, MD", vm.prescriberOf(vm.active().get(0)));
            assertTrue(header.alerts().contains("Allergy to a current medication: Amoxicillin"), header.alerts().toString());
            Medication amoxicillin = vm.active().get(0);

            vm.startEnteredInError(amoxicillin);
            vm.save();
            assertEquals("Say what was wrong", vm.errors().of("note").get());
            vm.noteProperty().set("Meant for another child");
            vm.save();
            assertEquals("Amoxicillin 400 mg/5 mL is marked entered in error.", vm.doneProperty().get());
            assertFalse(header.alerts().stream().anyMatch(a -> a.startsWith("Allergy to a current medication")));

            vm.startStop(vm.active().get(0));
            assertEquals(MedicationInactivation.STOPPED, vm.reasonProperty().get());
            vm.reasonProperty().set(MedicationInactivation.COMPLETED);
            vm.stoppedOnProperty().set(today.plusDays(3));
            vm.save();
            assertEquals("Is in the future: give it as the stop date of the active medication", vm.errors().of("stoppedOn").get());
            vm.stoppedOnProperty().set(today);
            vm.noteProperty().set("Course finished");
            vm.save();
            assertTrue(vm.active().isEmpty());
            assertEquals(3, vm.history().size(), "stopped, changed and entered in error: none deleted");
            assertTrue(vm.history().stream().anyMatch(m -> vm.describeInactive(m).endsWith(" · Completed: Course finished")));
            assertTrue(vm.history().stream().anyMatch(m -> m.inactivationReason() == MedicationInactivation.ENTERED_IN_ERROR));
        }
    }

    @Test
    void theFrontDeskCannotChangeMedications() throws Exception {
        PracticeStores stores = TestStores.in(dir, CLOCK);
        try (Session desk = TestStores.staff(stores)) {
            Patient ava = BookedVisits.patient();
            desk.data().writeAll(c -> c.insert(ava));
            CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
            OpenChart chart = new OpenChart(desk, executor);
            MedicationsViewModel vm = new MedicationsViewModel(chart, executor, CLOCK);
            chart.open(ava.id());
            assertFalse(vm.canChange());
            vm.startAdd();
            assertEquals(MedicationsViewModel.Mode.CLOSED, vm.modeProperty().get());
            assertEquals("Only a provider or an admin can change a patient's medications", vm.failureProperty().get());
        }
    }
}
