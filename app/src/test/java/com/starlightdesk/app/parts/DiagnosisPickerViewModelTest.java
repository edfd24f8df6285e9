package com.starlightdesk.app.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.testing.FailingTaskExecutor;
import com.starlightdesk.app.testing.HeldTaskExecutor;
import com.starlightdesk.data.codes.DiagnosisCode;
import com.starlightdesk.data.codes.DiagnosisCodes;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The diagnosis picker's type-ahead over the real ICD-10-CM set, with searches run at once or held back by the test. */
final class DiagnosisPickerViewModelTest {
    private final AtomicReference<DiagnosisCode> picked = new AtomicReference<>();

    private DiagnosisPickerViewModel picker(TaskExecutor executor) {
        return new DiagnosisPickerViewModel(DiagnosisCodes.icd10cm(), executor, picked::set);
    }

    @Test
    void findsByCodeWithOrWithoutTheDotAndByWordsOfTheDescription() {
        DiagnosisPickerViewModel picker = picker(new CurrentThreadTaskExecutor());
        picker.queryProperty().set("j06.9");
        assertEquals("J06.9", picker.matches().get(0).display());
        assertEquals(0, picker.highlightedProperty().get(), "the first code is highlighted");
        picker.queryProperty().set("J06");
        assertEquals(List.of("J06.0", "J06.9"), displays(picker), "a heading lists the billable codes under it");
        picker.queryProperty().set("media otitis");
        assertEquals(DiagnosisPickerViewModel.LIMIT, picker.matches().size());
        assertTrue(displays(picker).contains("H66.90"), displays(picker).toString());
        assertEquals("", picker.noMatchProperty().get());
    }

    @Test
    void aCodeReadsAsItsCodeAndDescription() {
        DiagnosisCode uri = DiagnosisCodes.icd10cm().lookup("J069").orElseThrow();
        assertEquals("J06.9  Acute upper respiratory infection, unspecified", DiagnosisPickerViewModel.describe(uri));
    }

    @Test
    void downAndUpMoveTheHighlightAndEnterPicksIt() {
        DiagnosisPickerViewModel picker = picker(new CurrentThreadTaskExecutor());
        assertFalse(picker.pickHighlighted(), "nothing listed, nothing picked");
        picker.queryProperty().set("otitis media");
        picker.highlightPrevious();
        assertEquals(0, picker.highlightedProperty().get(), "Up stays on the first");
        for (int i = 0; i < DiagnosisPickerViewModel.LIMIT + 2; i++) {
            picker.highlightNext();
        }
        assertEquals(DiagnosisPickerViewModel.LIMIT - 1, picker.highlightedProperty().get(), "Down stays on the last");
        picker.highlightPrevious();
        DiagnosisCode chosen = picker.matches().get(DiagnosisPickerViewModel.LIMIT - 2);
        assertTrue(picker.pickHighlighted());
        assertEquals(chosen, picked.get());
        assertEquals("", picker.queryProperty().get(), "the field empties after a pick");
        assertTrue(picker.matches().isEmpty());
        assertEquals(-1, picker.highlightedProperty().get());
    }

    @Test
    void anAnswerToAnOlderQueryIsDropped() {
        HeldTaskExecutor held = new HeldTaskExecutor();
        DiagnosisPickerViewModel picker = picker(held);
        held.runAll(); // reading the set ahead, if no one has yet
        picker.queryProperty().set("asthma");
        picker.queryProperty().set("L20.9");
        assertEquals(2, held.waiting());
        held.run(1); // the newer answer first
        assertEquals(List.of("L20.9"), displays(picker));
        held.run(0); // "asthma" answers late: not shown
        assertEquals(List.of("L20.9"), displays(picker));

        picker.queryProperty().set("otitis");
        assertTrue(picker.clear(), "Escape empties the field");
        held.run(0);
        assertTrue(picker.matches().isEmpty(), "an answer still on its way when the field was emptied is dropped");
        assertFalse(picker.clear(), "nothing left to clear: the second Escape is for what holds the picker");
        assertNull(picked.get());
    }

    @Test
    void saysWhenNothingMatchesAndAsksNothingForABlankQuery() {
        DiagnosisPickerViewModel picker = picker(new CurrentThreadTaskExecutor());
        picker.queryProperty().set("otitis zebra");
        assertTrue(picker.matches().isEmpty());
        assertEquals("No billable ICD-10-CM code matches 'otitis zebra'.", picker.noMatchProperty().get());
        picker.clear();
        assertEquals("", picker.noMatchProperty().get(), "an empty field says nothing");

        HeldTaskExecutor held = new HeldTaskExecutor();
        DiagnosisPickerViewModel blank = picker(held);
        held.runAll();
        blank.queryProperty().set("   ");
        assertEquals(0, held.waiting(), "a blank query searches nothing");
        assertThrows(IllegalArgumentException.class,
                () -> new DiagnosisPickerViewModel(DiagnosisCodes.icd10cm(), held, picked::set, 0));

        DiagnosisPickerViewModel three = new DiagnosisPickerViewModel(DiagnosisCodes.icd10cm(), new CurrentThreadTaskExecutor(),
                picked::set, 3);
        three.queryProperty().set("fracture");
        assertEquals(3, three.matches().size());
    }

    @Test
    void aFailedSearchListsNothingAndSaysSo() {
        DiagnosisPickerViewModel picker = picker(new FailingTaskExecutor(new IllegalStateException("code set missing")));
        picker.queryProperty().set("otitis");
        assertTrue(picker.matches().isEmpty());
        assertEquals(-1, picker.highlightedProperty().get());
        assertEquals("The code set could not be searched.", picker.noMatchProperty().get());
    }

    private static List<String> displays(DiagnosisPickerViewModel picker) {
        return picker.matches().stream().map(DiagnosisCode::display).toList();
    }
}
