package com.starlightdesk.app.chart.allergies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.chart.ChartHeaderViewModel;
import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.AllergyInactivation;
import com.starlightdesk.data.domain.AllergySeverity;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.testing.BookedVisits;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AllergiesViewModelTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dir;

    @Test
    void theFrontDeskRecordsNoKnownAllergiesThenAnAllergyAndTheBannerFollows() throws Exception {
        PracticeStores stores = TestStores.in(dir, CLOCK);
        try (Session desk = TestStores.staff(stores)) {
            Patient ava = BookedVisits.patient();
            desk.data().writeAll(c -> c.insert(ava));
            CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
            OpenChart chart = new OpenChart(desk, executor);
            ChartHeaderViewModel header = new ChartHeaderViewModel(chart, CLOCK);
            AllergiesViewModel vm = new AllergiesViewModel(chart, executor, CLOCK);
            chart.open(ava.id());

            assertEquals("Allergies not recorded", header.allergiesProperty().get());
            assertTrue(vm.recordedProperty().get().startsWith("Allergies not recorded"));
            assertTrue(vm.canRecordNoneKnownProperty().get());
            vm.recordNoKnownAllergies();
            assertEquals("Recorded: no known allergies.", vm.doneProperty().get());
            assertEquals("No known allergies", header.allergiesProperty().get());
            assertEquals(ChartHeaderViewModel.AllergyState.NONE_KNOWN, header.allergyStateProperty().get());
            assertTrue(vm.recordedProperty().get().startsWith("No known allergies, recorded "), vm.recordedProperty().get());
            assertFalse(vm.canRecordNoneKnownProperty().get(), "recorded already");

            vm.startAdd();
            assertEquals(AllergiesViewModel.Mode.ADD, vm.modeProperty().get());
            assertEquals(LocalDate.now(CLOCK.withZone(desk.zone())), vm.notedOnProperty().get(), "noted today to start");
            vm.notedOnProperty().set(LocalDate.now(CLOCK.withZone(desk.zone())).plusDays(2));
            vm.save();
            assertTrue(vm.errors().of("substance").get().startsWith("Enter the substance"));
            assertEquals("Choose the severity: mild, moderate or severe", vm.errors().of("severity").get());
            assertEquals("Is in the future", vm.errors().of("notedOn").get());
            assertEquals("No known allergies", header.allergiesProperty().get(), "nothing saved");

            vm.substanceProperty().set("Amoxicillin");
            vm.reactionProperty().set("hives");
            vm.severityProperty().set(AllergySeverity.MODERATE);
            vm.notedOnProperty().set(null);
            vm.save();
            assertEquals("Enter the date it was noted (M/D/YYYY)", vm.errors().of("notedOn").get());
            vm.notedOnProperty().set(LocalDate.now(CLOCK.withZone(desk.zone())).minusDays(1));
            vm.save();
            assertTrue(vm.errors().isEmpty());
            assertEquals(AllergiesViewModel.Mode.CLOSED, vm.modeProperty().get());
            assertEquals("Amoxicillin is added to the allergies.", vm.doneProperty().get());
            assertEquals("Allergies: Amoxicillin (moderate: hives)", header.allergiesProperty().get());
            assertEquals(1, vm.active().size());
            assertEquals("1 active allergy", vm.recordedProperty().get());
            assertFalse(vm.canRecordNoneKnownProperty().get());
            assertNull(desk.data().patients().findById(ava.id()).orElseThrow().noKnownAllergiesAt(), "the allergy cleared it");

            vm.startEdit(vm.active().get(0));
            vm.severityProperty().set(AllergySeverity.SEVERE);
            vm.save();
            assertEquals(ChartHeaderViewModel.AllergyState.SEVERE, header.allergyStateProperty().get());

            vm.startInactivate(vm.active().get(0));
            vm.save();
            assertEquals("Choose why: resolved, or entered in error", vm.errors().of("reason").get());
            vm.reasonProperty().set(AllergyInactivation.ENTERED_IN_ERROR);
            vm.noteProperty().set("Was her brother's");
            vm.save();
            assertTrue(vm.active().isEmpty());
            assertEquals(1, vm.history().size());
            assertTrue(vm.describeInactive(vm.history().get(0)).startsWith("Amoxicillin: hives · severe · noted "));
            assertTrue(vm.describeInactive(vm.history().get(0)).contains(" — Entered in error "));
            assertTrue(vm.describeInactive(vm.history().get(0)).endsWith(": Was her brother's"));
            assertEquals("Allergies not recorded", header.allergiesProperty().get(), "the earlier record was cleared by the allergy");
            assertFalse(AllergiesViewModel.canReactivate(vm.history().get(0)), "it never applied");
            vm.reactivate(vm.history().get(0));
            assertEquals("The allergy was entered in error: add the allergy anew if it applies", vm.failureProperty().get());

            vm.startAdd();
            vm.cancel();
            assertEquals(AllergiesViewModel.Mode.CLOSED, vm.modeProperty().get());
        }
    }
}
