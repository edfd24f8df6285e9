package com.starlightdesk.app.chart.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.codes.DiagnosisCodes;
import com.starlightdesk.data.domain.DiagnosisStatus;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Problems section's state on the demo practice's store, with background work run at once. */
final class ProblemsViewModelTest {
    @TempDir
    static Path dir;
    private static Session session;
    private OpenChart chart;
    private ProblemsViewModel problems;
    private LocalDate today;

    @BeforeAll
    static void demo() throws Exception {
        session = TestStores.demo(TestStores.in(dir, Clock.systemUTC()));
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @BeforeEach
    void chartOfANewChild() {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        chart = new OpenChart(session, executor);
        problems = new ProblemsViewModel(chart, executor, DiagnosisCodes.icd10cm(), Clock.systemUTC());
        chart.open(newChild().id());
        today = LocalDate.now(Clock.systemUTC().withZone(session.zone()));
    }

    private static Patient newChild() {
        Patient child = new Patient(Ids.next(), "Nia", "Okafor", LocalDate.of(2020, 2, 3), Gender.FEMALE, "Ada Okafor", null,
                null, null, null, null, null, null, PatientStatus.ACTIVE, null, null, null, null, true, null, null, null);
        session.data().writeAll(c -> c.insert(child));
        return child;
    }

    @Test
    void addsTheCodePickedWithItsStatusAndDateAndListsItInOrder() {
        assertTrue(problems.problems().isEmpty());
        problems.add();
        assertEquals("Pick a diagnosis from the list", problems.errors().of("code").get());
        problems.picker().queryProperty().set("otitis");
        problems.add();
        assertEquals("Pick one of the listed codes (Enter picks the highlighted one)", problems.errors().of("code").get());

        problems.picker().queryProperty().set("H66.90");
        assertTrue(problems.picker().pickHighlighted());
        assertEquals("H66.90 Otitis media, unspecified, unspecified ear", problems.chosenTextProperty().get());
        assertEquals("", problems.errors().of("code").get(), "picking clears the code's message");
        problems.diagnosedAtProperty().set(today.minusDays(3));
        problems.add();
        assertEquals(List.of("H66.90 Otitis media, unspecified, unspecified ear"), titles());
        assertTrue(problems.problems().get(0).detail().startsWith("Active · diagnosed "), problems.problems().get(0).detail());
        assertNull(problems.chosenProperty().get(), "the form is ready for the next problem");
        assertEquals(today, problems.diagnosedAtProperty().get());

        problems.picker().queryProperty().set("J45.909");
        problems.picker().pickHighlighted();
        problems.statusProperty().set(DiagnosisStatus.CHRONIC);
        problems.add();
        problems.picker().queryProperty().set("L20.9");
        problems.picker().pickHighlighted();
        problems.statusProperty().set(DiagnosisStatus.RESOLVED);
        problems.diagnosedAtProperty().set(today.minusYears(1));
        problems.resolvedOnProperty().set(today.minusMonths(6));
        problems.add();
        assertEquals(List.of("J45.909 Unspecified asthma, uncomplicated", "H66.90 Otitis media, unspecified, unspecified ear",
                "L20.9 Atopic dermatitis, unspecified"), titles(), "current problems first, the latest first; then resolved");
        assertTrue(problems.problems().get(2).detail().startsWith("Resolved "), problems.problems().get(2).detail());
    }

    @Test
    void showsEachRefusalAtItsField() {
        problems.picker().queryProperty().set("J06.9");
        problems.picker().pickHighlighted();
        problems.diagnosedAtProperty().set(today.plusDays(2));
        problems.add();
        assertEquals("Is in the future", problems.errors().of("diagnosedAt").get());
        problems.diagnosedAtProperty().set(today);
        problems.statusProperty().set(DiagnosisStatus.RESOLVED);
        problems.add();
        assertEquals("Is required to resolve a problem", problems.errors().of("resolvedOn").get());
        assertEquals("", problems.errors().of("diagnosedAt").get(), "a new try clears the old messages");
        assertTrue(problems.problems().isEmpty(), "nothing saved");

        problems.statusProperty().set(DiagnosisStatus.ACTIVE);
        problems.add();
        assertEquals(1, problems.problems().size());
        problems.picker().queryProperty().set("j069");
        problems.picker().pickHighlighted();
        problems.add();
        assertEquals("Is already on the problem list as active; change that problem instead", problems.errors().of("code").get());
    }

    @Test
    void changesTheSelectedProblemAndKeepsItSelected() {
        problems.picker().queryProperty().set("J06.9");
        problems.picker().pickHighlighted();
        problems.diagnosedAtProperty().set(today.minusDays(5));
        problems.add();
        problems.selectedProperty().set(problems.problems().get(0));
        assertTrue(problems.canMakeChronic().get());
        assertFalse(problems.canMakeActive().get(), "it is active already");

        problems.makeChronic();
        assertEquals(DiagnosisStatus.CHRONIC, problems.selectedProperty().get().problem().status(), "still selected, as read again");
        problems.resolveOnProperty().set(today.minusDays(6));
        problems.resolve();
        assertEquals("Is before the date it was diagnosed", problems.changeErrors().of("resolveOn").get());
        problems.resolveOnProperty().set(today);
        problems.resolve();
        assertEquals("", problems.changeErrors().of("resolveOn").get());
        assertEquals(DiagnosisStatus.RESOLVED, problems.selectedProperty().get().problem().status());
        assertEquals(today, problems.selectedProperty().get().problem().resolvedOn());

        problems.makeActive();
        assertEquals(DiagnosisStatus.ACTIVE, problems.selectedProperty().get().problem().status());
        assertNull(problems.selectedProperty().get().problem().resolvedOn(), "back on the current list without its resolved date");

        problems.picker().queryProperty().set("otitis");
        chart.open(newChild().id());
        assertTrue(problems.problems().isEmpty(), "another child's chart");
        assertNull(problems.selectedProperty().get());
        assertEquals("", problems.picker().queryProperty().get(), "the form starts again");
    }

    private List<String> titles() {
        return problems.problems().stream().map(ProblemsViewModel.Entry::title).toList();
    }
}
