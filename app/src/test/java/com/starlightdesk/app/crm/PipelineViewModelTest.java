package com.starlightdesk.app.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.InquirySource;
import com.starlightdesk.data.domain.LostReason;
import com.starlightdesk.data.domain.PipelineStage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline board on the demo practice (six prospect families, the Parks with two children on one card): columns
 * with counts and conversion, filters, and moves one column on, back, and to Lost with a reason, each saved.
 */
final class PipelineViewModelTest {
    private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-10-28T15:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    private static Session session;

    @BeforeAll
    static void demo() throws Exception {
        session = TestStores.demo(TestStores.in(dir, WEDNESDAY));
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static PipelineViewModel board() {
        PipelineViewModel board = new PipelineViewModel(session, new CurrentThreadTaskExecutor(), WEDNESDAY);
        board.load();
        return board;
    }

    private static FamilyCard card(PipelineViewModel board, PipelineStage stage, String guardian) {
        return board.column(stage).stream().filter(c -> c.guardian().equals(guardian)).findFirst().orElseThrow();
    }

    @Test
    void columnsCountTheirFamiliesAndTheShareThatWentOn() {
        PipelineViewModel board = board();
        int families = PipelineViewModel.COLUMNS.stream().mapToInt(s -> board.column(s).size()).sum();
        assertTrue(families >= 6, "the demo's families: " + families);
        int inquiry = board.column(PipelineStage.INQUIRY).size();
        assertTrue(board.headingProperty(PipelineStage.INQUIRY).get().startsWith("Inquiry · " + inquiry + " · "),
                board.headingProperty(PipelineStage.INQUIRY).get());
        FamilyCard parks = card(board, PipelineStage.READY_TO_ENROLL, "Jin Park");
        assertTrue(parks.children().contains("Leo") && parks.children().contains("Nora"), parks.children());
        assertTrue(parks.text().contains("event"), parks.text());
    }

    @Test
    void filtersNarrowTheBoardBySourceAgeAndDaysInStage() {
        PipelineViewModel board = board();
        board.sourceProperty().set(InquirySource.EVENT);
        assertEquals(List.of("Jin Park"), PipelineViewModel.COLUMNS.stream().flatMap(s -> board.column(s).stream())
                .map(FamilyCard::guardian).toList());
        board.sourceProperty().set(null);
        board.youngestUnderProperty().set(2);
        assertTrue(PipelineViewModel.COLUMNS.stream().flatMap(s -> board.column(s).stream())
                .allMatch(c -> c.youngestYears(java.time.LocalDate.of(2026, 10, 28)) < 2));
        board.youngestUnderProperty().set(null);
        board.daysAtLeastProperty().set(10_000);
        assertEquals(0, PipelineViewModel.COLUMNS.stream().mapToInt(s -> board.column(s).size()).sum());
    }

    @Test
    void aCardMovesOnAndBackAndToLostWithItsReasonAndEachMoveIsSaved() {
        PipelineViewModel board = board();
        FamilyCard reed = card(board, PipelineStage.SCHEDULED_VISIT, "Tom Reed");
        board.step(reed, 1);
        assertEquals(PipelineStage.READY_TO_ENROLL, session.data().pipeline().family(reed.id()).card().stage());
        FamilyCard moved = card(board, PipelineStage.READY_TO_ENROLL, "Tom Reed");
        assertEquals(0, moved.daysInStage(), "a new stage starts today");
        board.step(moved, -1);
        assertEquals(PipelineStage.SCHEDULED_VISIT, card(board, PipelineStage.SCHEDULED_VISIT, "Tom Reed").stage());
        board.moveTo(card(board, PipelineStage.SCHEDULED_VISIT, "Tom Reed"), PipelineStage.LOST, LostReason.MOVED);
        FamilyCard lost = card(board, PipelineStage.LOST, "Tom Reed");
        assertEquals(LostReason.MOVED, session.data().pipeline().family(lost.id()).card().lostReason());
        assertTrue(lost.text().contains("lost: moved"), lost.text());
        board.step(lost, 1);
        assertEquals(PipelineStage.INQUIRY, card(board, PipelineStage.INQUIRY, "Tom Reed").stage(), "a lost family comes back as an inquiry");
        assertEquals(4, session.data().pipeline().activity(lost.id()).stream().filter(a -> a.toStage() != null).count());
    }
}
