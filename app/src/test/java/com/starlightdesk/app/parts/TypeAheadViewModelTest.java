package com.starlightdesk.app.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.testing.FailingTaskExecutor;
import com.starlightdesk.app.testing.HeldTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared type-ahead's rules, over a short list of clinic words searched by their start: searches run
 * at once or are held back by the test, answers to older queries are dropped, the keys move and pick, a
 * query that finds nothing (or a failed search) says so, and Escape empties first.
 */
final class TypeAheadViewModelTest {
    private final List<String> picked = new ArrayList<>();
    private final List<String> enteredWithoutMatch = new ArrayList<>();

    /** The clinic words; Enter on a query that found nothing is noted. */
    private class Words extends ClinicWords {
        Words(TaskExecutor executor, int limit) {
            super(executor, picked::add, limit);
        }

        @Override
        protected boolean enterWithoutMatch() {
            if (!typedFindsNothing()) {
                return false;
            }
            enteredWithoutMatch.add(queryProperty().get());
            return true;
        }
    }

    private Words words(TaskExecutor executor) {
        return new Words(executor, 3);
    }

    @Test
    void listsAtMostItsLimitWithTheFirstHighlighted() {
        Words words = words(new CurrentThreadTaskExecutor());
        assertEquals(-1, words.highlightedProperty().get(), "nothing listed, nothing highlighted");
        words.queryProperty().set("ot");
        assertEquals(List.of("otitis externa", "otitis media", "otalgia"), words.matches());
        assertEquals(0, words.highlightedProperty().get());
        words.queryProperty().set("p");
        assertEquals(List.of("pharyngitis", "pneumonia"), words.matches());
        assertEquals(0, words.highlightedProperty().get(), "a new answer highlights its first match");
        assertEquals(3, words.limit());
        assertThrows(UnsupportedOperationException.class, () -> words.matches().add("croup"), "the list is the type-ahead's");
        assertThrows(IllegalArgumentException.class, () -> new Words(new CurrentThreadTaskExecutor(), 0));
    }

    @Test
    void aBlankQuerySearchesNothingAndEmptiesTheList() {
        HeldTaskExecutor held = new HeldTaskExecutor();
        Words words = words(held);
        words.queryProperty().set("as");
        held.run(0);
        assertEquals(List.of("asthma"), words.matches());
        words.queryProperty().set("   ");
        assertEquals(0, held.waiting(), "a blank query searches nothing");
        assertTrue(words.matches().isEmpty());
        assertEquals(-1, words.highlightedProperty().get());
    }

    @Test
    void downAndUpMoveTheHighlightWithinTheListAndEnterPicksIt() {
        Words words = words(new CurrentThreadTaskExecutor());
        assertFalse(words.enter(), "nothing listed, nothing picked");
        words.highlightNext();
        assertEquals(-1, words.highlightedProperty().get(), "Down over nothing highlights nothing");
        words.queryProperty().set("ot");
        words.highlightPrevious();
        assertEquals(0, words.highlightedProperty().get(), "Up stays on the first");
        words.highlightNext();
        words.highlightNext();
        words.highlightNext();
        assertEquals(2, words.highlightedProperty().get(), "Down stays on the last");
        words.highlightPrevious();
        assertTrue(words.enter());
        assertEquals(List.of("otitis media"), picked);
        assertEquals("", words.queryProperty().get(), "the field empties after a pick");
        assertTrue(words.matches().isEmpty());
        assertEquals(-1, words.highlightedProperty().get());
        assertTrue(enteredWithoutMatch.isEmpty());
    }

    @Test
    void aPickOfAMatchClickedHandsItOverAndEmptiesTheField() {
        Words words = words(new CurrentThreadTaskExecutor());
        words.queryProperty().set("p");
        words.pick(words.matches().get(1));
        assertEquals(List.of("pneumonia"), picked);
        assertEquals("", words.queryProperty().get());
        assertTrue(words.matches().isEmpty());
    }

    @Test
    void anAnswerToAnOlderQueryIsDropped() {
        HeldTaskExecutor held = new HeldTaskExecutor();
        Words words = words(held);
        words.queryProperty().set("a");
        words.queryProperty().set("ph");
        assertEquals(2, held.waiting());
        held.run(1); // the newer answer first
        assertEquals(List.of("pharyngitis"), words.matches());
        held.run(0); // "a" answers late: not shown
        assertEquals(List.of("pharyngitis"), words.matches());

        words.queryProperty().set("zz");
        held.run(0);
        words.queryProperty().set("as");
        assertEquals("No word starts with 'zz'.", words.noMatchProperty().get(), "the last answer shows meanwhile");
        held.run(0);
        assertEquals("", words.noMatchProperty().get());

        words.queryProperty().set("otitis");
        assertTrue(words.clear(), "Escape empties the field");
        held.run(0);
        assertTrue(words.matches().isEmpty(), "an answer still on its way when the field was emptied is dropped");
        assertEquals("", words.noMatchProperty().get());
        assertTrue(picked.isEmpty());
    }

    @Test
    void aQueryThatFindsNothingSaysSoAndEnterIsTheSpecialisationsOnceTheTextNowTypedIsKnownToFindNothing() {
        HeldTaskExecutor held = new HeldTaskExecutor();
        Words words = words(held);
        words.queryProperty().set("  croup ");
        assertFalse(words.enter(), "no answer yet");
        held.run(0);
        assertEquals("No word starts with 'croup'.", words.noMatchProperty().get(), "the typed text, stripped");
        assertTrue(words.matches().isEmpty());
        words.queryProperty().set("  croupy ");
        assertFalse(words.enter(), "the answer shown is for other text");
        held.run(0);
        assertTrue(words.enter());
        assertEquals(List.of("  croupy "), enteredWithoutMatch);
        assertTrue(picked.isEmpty());
    }

    @Test
    void escapeEmptiesFirstAndThenLetsWhatHoldsTheTypeAheadClose() {
        Words words = words(new CurrentThreadTaskExecutor());
        assertFalse(words.clear(), "nothing to clear");
        words.queryProperty().set("as");
        assertTrue(words.clear());
        assertFalse(words.clear(), "nothing left to clear: the second Escape is for what holds the type-ahead");
        words.queryProperty().set("croup");
        assertTrue(words.clear(), "the line saying nothing matches is cleared too");
        assertEquals("", words.noMatchProperty().get(), "an empty field says nothing");
        assertFalse(words.clear());
    }

    @Test
    void aFailedSearchListsNothingAndSaysNothingUnlessTheSpecialisationHasWordsForIt() {
        TaskExecutor failing = new FailingTaskExecutor(new IllegalStateException("store closed"));
        Words quiet = words(failing);
        quiet.queryProperty().set("as");
        assertTrue(quiet.matches().isEmpty());
        assertEquals(-1, quiet.highlightedProperty().get());
        assertEquals("", quiet.noMatchProperty().get());

        Words said = new Words(failing, 3) {
            @Override
            protected String failureLine() {
                return "The words could not be searched.";
            }
        };
        said.queryProperty().set("as");
        assertEquals("The words could not be searched.", said.noMatchProperty().get());
        assertFalse(said.enter(), "a failed search is not an answer that the text finds nothing");
    }
}
