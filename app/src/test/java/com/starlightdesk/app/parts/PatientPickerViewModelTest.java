package com.starlightdesk.app.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.FailingTaskExecutor;
import com.starlightdesk.app.testing.HeldTaskExecutor;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Patient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The patient picker's type-ahead on the demo practice, with lookups run at once or held back by the test. */
final class PatientPickerViewModelTest {
    @TempDir
    static Path dir;
    private static Session session;
    private final AtomicReference<Patient> picked = new AtomicReference<>();

    @BeforeAll
    static void demo() throws Exception {
        session = TestStores.demo(TestStores.in(dir, Clock.systemUTC()));
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private PatientPickerViewModel picker(TaskExecutor executor) {
        return new PatientPickerViewModel(session.data(), executor, picked::set);
    }

    @Test
    void findsByNameInEitherOrderAndByTheStartOfAName() {
        PatientPickerViewModel picker = picker(new CurrentThreadTaskExecutor());
        picker.queryProperty().set("pat");
        assertEquals(3, picker.matches().size());
        assertTrue(picker.matches().stream().allMatch(p -> p.lastName().equals("Patel")), names(picker).toString());
        assertEquals(0, picker.highlightedProperty().get(), "the first match is highlighted");
        picker.queryProperty().set("aarav patel");
        assertEquals(List.of("Patel, Aarav"), names(picker));
        picker.queryProperty().set("Patel, Aar");
        assertEquals(List.of("Patel, Aarav"), names(picker));
    }

    @Test
    void findsByBirthDateInEitherSpelling() {
        PatientPickerViewModel picker = picker(new CurrentThreadTaskExecutor());
        picker.queryProperty().set("2016-05-14");
        assertEquals(List.of("Patel, Aarav"), names(picker));
        assertEquals(LocalDate.of(2016, 5, 14), picker.matches().get(0).dateOfBirth());
        picker.queryProperty().set("5/14/2016");
        assertEquals(List.of("Patel, Aarav"), names(picker));
    }

    @Test
    void findsByPhoneHoweverItIsWritten() {
        PatientPickerViewModel picker = picker(new CurrentThreadTaskExecutor());
        picker.queryProperty().set("(630) 555-0177");
        assertEquals(2, picker.matches().size(), "both Johnson children share the guardian's phone");
        assertTrue(picker.matches().stream().allMatch(p -> p.lastName().equals("Johnson")));
        picker.queryProperty().set("630.555.0177");
        assertEquals(2, picker.matches().size());
        picker.queryProperty().set("63");
        assertTrue(picker.matches().isEmpty(), "fewer than three digits find nobody");
        assertEquals(-1, picker.highlightedProperty().get());
    }

    @Test
    void listsAtMostItsLimitAndAsksNothingForABlankQuery() {
        PatientPickerViewModel picker = picker(new CurrentThreadTaskExecutor());
        picker.queryProperty().set("630555");
        assertEquals(PatientPickerViewModel.LIMIT, picker.matches().size(), "the demo has more patients on 630-555 numbers");

        PatientPickerViewModel two = new PatientPickerViewModel(session.data(), new CurrentThreadTaskExecutor(), picked::set, 2);
        two.queryProperty().set("630555");
        assertEquals(2, two.matches().size());
        assertEquals(picker.matches().subList(0, 2), two.matches(), "the first of the same order");

        HeldTaskExecutor held = new HeldTaskExecutor();
        PatientPickerViewModel blank = picker(held);
        blank.queryProperty().set("   ");
        assertEquals(0, held.waiting(), "a blank query does not reach the store");
        assertTrue(blank.matches().isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> new PatientPickerViewModel(session.data(), held, picked::set, 0));
    }

    @Test
    void anAnswerToAnOlderQueryIsDropped() throws Exception {
        HeldTaskExecutor held = new HeldTaskExecutor();
        PatientPickerViewModel picker = picker(held);
        picker.queryProperty().set("pat");
        picker.queryProperty().set("johnson");
        assertEquals(2, held.waiting());
        held.run(1); // the newer answer first
        assertEquals(List.of("Johnson"), lastNames(picker));
        held.run(0); // "pat" answers late: not shown
        assertEquals(List.of("Johnson"), lastNames(picker));

        picker.queryProperty().set("rossi");
        assertTrue(picker.clear(), "Escape empties the field");
        held.run(0);
        assertTrue(picker.matches().isEmpty(), "an answer still on its way when the field was emptied is dropped");
        assertEquals("", picker.queryProperty().get());
    }

    @Test
    void aFailedLookupListsNothing() {
        PatientPickerViewModel picker = picker(new FailingTaskExecutor(new IllegalStateException("store closed")));
        picker.queryProperty().set("pat");
        assertTrue(picker.matches().isEmpty());
        assertEquals(-1, picker.highlightedProperty().get());
    }

    @Test
    void downAndUpMoveTheHighlightAndEnterPicksIt() {
        PatientPickerViewModel picker = picker(new CurrentThreadTaskExecutor());
        assertFalse(picker.pickHighlighted(), "nothing listed, nothing picked");
        picker.queryProperty().set("pat");
        picker.highlightPrevious();
        assertEquals(0, picker.highlightedProperty().get(), "Up stays on the first");
        picker.highlightNext();
        picker.highlightNext();
        picker.highlightNext();
        assertEquals(2, picker.highlightedProperty().get(), "Down stays on the last");
        picker.highlightPrevious();
        Patient second = picker.matches().get(1);
        assertTrue(picker.pickHighlighted());
        assertEquals(second, picked.get());
        assertEquals("", picker.queryProperty().get(), "the field empties after a pick");
        assertTrue(picker.matches().isEmpty());
        assertEquals(-1, picker.highlightedProperty().get());
    }

    @Test
    void escapeClearsFirstAndThenLetsTheFormClose() {
        PatientPickerViewModel picker = picker(new CurrentThreadTaskExecutor());
        picker.queryProperty().set("kim");
        assertFalse(picker.matches().isEmpty());
        assertTrue(picker.clear());
        assertTrue(picker.matches().isEmpty());
        assertFalse(picker.clear(), "nothing left to clear: the second Escape is for what holds the picker");
        assertNull(picked.get());
    }

    @Test
    void aQueryThatFindsNoOneSaysSoAndLeadsToANewPatientFromWhatWasTyped() {
        PatientPickerViewModel picker = picker(new CurrentThreadTaskExecutor());
        List<String> asked = new ArrayList<>();
        picker.queryProperty().set("Uma K");
        assertEquals("No patient matches 'Uma K'.", picker.noMatchProperty().get());
        assertFalse(picker.newPatientOfferedProperty().get());
        assertFalse(picker.newPatient(), "no New patient where the owner does not offer it");

        picker.offerNewPatient(asked::add);
        assertTrue(picker.newPatientOfferedProperty().get());
        assertTrue(picker.newPatient());
        assertEquals(List.of("Uma K"), asked);
        assertTrue(picker.newPatientForNoMatch(), "Enter, once the store has said no one matches");
        assertEquals(List.of("Uma K", "Uma K"), asked);

        picker.queryProperty().set("kim");
        assertEquals("", picker.noMatchProperty().get(), "a query that finds someone says nothing");
        assertFalse(picker.newPatientForNoMatch(), "Enter picks a match instead");
        picker.queryProperty().set("zz");
        assertEquals("No patient matches 'zz'.", picker.noMatchProperty().get());
        picker.clear();
        assertEquals("", picker.noMatchProperty().get(), "an empty field says nothing");
    }

    @Test
    void enterLeadsToANewPatientOnlyOnceTheTextNowTypedIsKnownToFindNoOne() {
        HeldTaskExecutor held = new HeldTaskExecutor();
        PatientPickerViewModel picker = picker(held);
        List<String> asked = new ArrayList<>();
        picker.offerNewPatient(asked::add);
        picker.queryProperty().set("Uma K");
        assertFalse(picker.newPatientForNoMatch(), "no answer yet");
        held.run(0);
        picker.queryProperty().set("Uma Ka");
        assertEquals("No patient matches 'Uma K'.", picker.noMatchProperty().get(), "the last answer shows meanwhile");
        assertFalse(picker.newPatientForNoMatch(), "the answer is for other text");
        held.run(0);
        assertTrue(picker.newPatientForNoMatch());
        assertEquals(List.of("Uma Ka"), asked);
    }

    @Test
    void aMatchReadsAsNameBirthDateAndPhone() {
        PatientPickerViewModel picker = picker(new CurrentThreadTaskExecutor());
        picker.queryProperty().set("2016-05-14");
        assertEquals("Patel, Aarav   ·   born 5/14/2016   ·   (630) 555-0142", PatientPickerViewModel.describe(picker.matches().get(0)));
    }

    private static List<String> names(PatientPickerViewModel picker) {
        return picker.matches().stream().map(Patient::displayName).toList();
    }

    private static List<String> lastNames(PatientPickerViewModel picker) {
        return picker.matches().stream().map(Patient::lastName).distinct().toList();
    }
}
