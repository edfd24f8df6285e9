package com.starlightdesk.app.settings.notetemplates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.NoteKind;
import com.starlightdesk.data.domain.NoteTemplate;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Note templates page's view-model on a real new practice (which starts with the default templates). */
final class NoteTemplatesViewModelTest {
    @TempDir
    Path dir;

    @Test
    void anAdminEditsATemplateAndBadAgesAreNamedAtTheirFields() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        try (Session admin = stores.create("Maple Pediatrics", "America/Chicago", "Rita Moreno", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray())) {
            NoteTemplatesViewModel vm = new NoteTemplatesViewModel(admin, new CurrentThreadTaskExecutor());
            vm.load();
            assertEquals(16, vm.templates().size(), "a new practice starts with the default templates");
            assertEquals("Well child – Newborn", vm.templates().get(0).name());
            assertEquals("0–1 months, well child", NoteTemplatesViewModel.describe(vm.templates().get(0)));

            NoteTemplate sixMonths = vm.templates().stream().filter(t -> t.name().equals("Well child – 6 months")).findFirst().orElseThrow();
            vm.edit(sixMonths);
            vm.fromMonthsProperty().set("9");
            vm.save();
            assertEquals("Must be above the first age (9 months)", vm.errors().of("toMonths").get());
            vm.fromMonthsProperty().set("six");
            vm.save();
            assertEquals("Must be a whole number of months from 0 to 300", vm.errors().of("fromMonths").get());
            vm.fromMonthsProperty().set("6");
            vm.planProperty().set(vm.planProperty().get() + "\nFluoride varnish applied:");
            vm.activeProperty().set(false);
            vm.save();
            assertEquals("Saved Well child – 6 months (not offered for new notes).", vm.doneProperty().get());
            NoteTemplate saved = admin.data().visitNotes().templates().stream().filter(t -> t.id().equals(sixMonths.id()))
                    .findFirst().orElseThrow();
            assertTrue(saved.note().plan().endsWith("Fluoride varnish applied:"));
            assertFalse(saved.isActive());

            vm.add();
            vm.nameProperty().set("Asthma follow-up");
            vm.kindProperty().set(NoteKind.OTHER);
            vm.subjectiveProperty().set("Night cough:");
            vm.save();
            assertEquals(17, vm.templates().size());
        }
    }
}
