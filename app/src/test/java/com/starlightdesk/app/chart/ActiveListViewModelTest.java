package com.starlightdesk.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.FailingTaskExecutor;
import com.starlightdesk.app.testing.HeldTaskExecutor;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Allergy;
import com.starlightdesk.data.domain.AllergyInactivation;
import com.starlightdesk.data.domain.AllergySeverity;
import com.starlightdesk.data.domain.ClinicalStatus;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.repo.AllergyList;
import com.starlightdesk.data.testing.BookedVisits;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The part the Allergies and Medications sections share, through the plainest such section (a child's
 * allergies by substance, renamed or marked entered in error) over a real store: the active entries and the
 * history listed in the section's orders, the form opened and closed, a write that closes the form, says what
 * it did and has the chart read again, the domain's refusals at their field or on the failure line, and the
 * form closed when its entry changes elsewhere or another child's chart opens.
 */
final class ActiveListViewModelTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dir;
    private Session desk;
    private Patient ava;
    private Patient ben;
    private LocalDate today;
    private OpenChart chart;

    @BeforeEach
    void chartWithAllergies() throws Exception {
        desk = TestStores.staff(TestStores.in(dir, CLOCK));
        ava = BookedVisits.patient();
        ben = BookedVisits.patient();
        desk.data().writeAll(c -> c.insert(ava));
        desk.data().writeAll(c -> c.insert(ben));
        today = LocalDate.now(CLOCK.withZone(desk.zone()));
        AllergyList allergies = new AllergyList(desk.data());
        allergies.add(allergy("Peanuts"));
        allergies.add(allergy("Amoxicillin"));
        Allergy eggs = allergies.add(allergy("Eggs"));
        allergies.inactivate(eggs.id(), AllergyInactivation.RESOLVED, "outgrown");
        Allergy latex = allergies.add(allergy("Latex"));
        allergies.inactivate(latex.id(), AllergyInactivation.ENTERED_IN_ERROR, "another child's");
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private Allergy allergy(String substance) {
        return new Allergy(Ids.next(), ava.id(), substance, null, AllergySeverity.MILD, ClinicalStatus.ACTIVE,
                today.minusDays(3), null, null, null);
    }

    /** The section over Ava's chart, read and written on {@code executor} (writes on {@code writes}). */
    private Substances opened(TaskExecutor executor, TaskExecutor writes) {
        chart = new OpenChart(desk, executor);
        Substances section = new Substances(chart, writes, CLOCK);
        chart.open(ava.id());
        return section;
    }

    private static List<String> substances(List<Allergy> allergies) {
        return allergies.stream().map(Allergy::substance).toList();
    }

    @Test
    void listsTheActiveEntriesAndTheHistoryInTheSectionsOrdersAndNothingWithoutAChart() {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        OpenChart unopened = new OpenChart(desk, executor);
        assertTrue(new Substances(unopened, executor, CLOCK).active().isEmpty(), "no chart open");
        Substances section = opened(executor, executor);
        assertEquals(List.of("Amoxicillin", "Peanuts"), substances(section.active()));
        assertEquals(List.of("Latex", "Eggs"), substances(section.history()), "the most recently inactivated first");
        assertEquals(Substances.Mode.CLOSED, section.modeProperty().get());
        assertEquals(today, section.day(), "today in the practice's zone");
        chart.close();
        assertTrue(section.active().isEmpty() && section.history().isEmpty());
    }

    @Test
    void aWriteClosesTheFormSaysWhatItDidAndHasTheChartReadAgain() {
        HeldTaskExecutor held = new HeldTaskExecutor();
        Substances section = opened(held, held);
        held.runAll();
        Allergy peanuts = section.active().get(1);
        section.startRename(peanuts);
        assertEquals(Substances.Mode.RENAME, section.modeProperty().get());
        assertEquals(peanuts, section.editingProperty().get());
        assertEquals("Rename Peanuts", section.formTitleProperty().get());
        section.substance.set("Tree nuts");
        section.save();
        assertTrue(section.busyProperty().get(), "busy while the write is on its way");
        held.run(0);
        assertFalse(section.busyProperty().get());
        assertEquals(Substances.Mode.CLOSED, section.modeProperty().get());
        assertNull(section.editingProperty().get());
        assertEquals("Renamed Tree nuts.", section.doneProperty().get());
        held.runAll(); // the chart read again
        assertEquals(List.of("Amoxicillin", "Tree nuts"), substances(section.active()));

        section.startEnteredInError(section.active().get(0));
        assertEquals("", section.doneProperty().get(), "opening the form clears the lines");
        section.cancel();
        assertEquals(Substances.Mode.CLOSED, section.modeProperty().get());
        assertNull(section.editingProperty().get());
    }

    @Test
    void aRefusalIsShownAtItsFieldWhileTheFormIsOpenAndOnTheFailureLineOtherwise() {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        Substances section = opened(executor, executor);
        section.startRename(section.active().get(0));
        section.substance.set(" ");
        section.save();
        assertEquals(Substances.Mode.RENAME, section.modeProperty().get(), "the form stays open");
        assertFalse(section.errors().of("substance").get().isEmpty(), "at its field");
        assertEquals("", section.failureProperty().get());
        assertFalse(section.busyProperty().get());

        section.startEnteredInError(section.active().get(0));
        assertTrue(section.errors().isEmpty(), "opening the form clears the field messages");
        section.note.set("x".repeat(501));
        section.save();
        assertTrue(section.failureProperty().get().startsWith("The allergy "), "the form has no field for it: "
                + section.failureProperty().get());
        assertEquals(Substances.Mode.ENTERED_IN_ERROR, section.modeProperty().get());

        section.cancel();
        section.enteredInErrorNow(section.history().get(0), "again");
        assertEquals("The allergy is already inactive", section.failureProperty().get(), "no form open: on the failure line");
    }

    @Test
    void aFailureThatIsNoRuleIsNamedByKindOnly() {
        Substances section = opened(new CurrentThreadTaskExecutor(),
                new FailingTaskExecutor(new IllegalStateException("Ava Lee's chart")));
        section.startRename(section.active().get(0));
        section.save();
        assertEquals("Something went wrong (IllegalStateException). The action did not complete.", section.failureProperty().get());
        assertFalse(section.busyProperty().get());
    }

    @Test
    void theFormClosesWhenItsEntryChangesElsewhereAndWhenAnotherChildsChartOpens() {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        Substances section = opened(executor, executor);
        Allergy amoxicillin = section.active().get(0);
        section.startRename(section.active().get(1));
        new AllergyList(desk.data()).inactivate(amoxicillin.id(), AllergyInactivation.RESOLVED, null);
        chart.changed();
        assertEquals(Substances.Mode.RENAME, section.modeProperty().get(), "another entry changed: the form stays");
        Allergy peanuts = section.editingProperty().get();
        new AllergyList(desk.data()).inactivate(peanuts.id(), AllergyInactivation.RESOLVED, null);
        chart.changed();
        assertEquals(Substances.Mode.CLOSED, section.modeProperty().get(), "its entry changed: the form no longer describes it");

        section.startEnteredInError(section.history().get(0));
        section.save();
        assertEquals("The allergy is already inactive", section.failureProperty().get());
        assertEquals(Substances.Mode.ENTERED_IN_ERROR, section.modeProperty().get());
        chart.open(ben.id());
        assertEquals(Substances.Mode.CLOSED, section.modeProperty().get());
        assertEquals("", section.failureProperty().get(), "another child: the lines are cleared");
        assertTrue(section.active().isEmpty() && section.history().isEmpty(), "Ben has no allergies");
    }
}
