package com.starlightdesk.sync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.ActivityKind;
import com.starlightdesk.data.domain.InquirySource;
import com.starlightdesk.data.domain.LostReason;
import com.starlightdesk.data.domain.NewInquiry;
import com.starlightdesk.data.domain.PipelineStage;
import com.starlightdesk.data.sync.SyncConflict;
import com.starlightdesk.sync.testing.GatewayFixture;
import com.starlightdesk.sync.testing.PullWaits;
import com.starlightdesk.sync.testing.SyncedStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The enrolment pipeline on two desks through the Data API gateway: both move the same family's card while offline
 * from each other; the card ends in one stage on both desks and the server, the other move waits in that desk's
 * conflict inbox (the later-received move holds, as for every field), and both desks' activity entries (calls and stage changes) are all kept.
 */
class PipelineSyncTest {
    @TempDir
    static Path dir;
    private static GatewayFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new GatewayFixture("pipeline");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private SyncedStore store(String name) {
        return new SyncedStore(dir, name, fixture.database().practiceA(), fixture.dataApiRemote(fixture.database().secretA()));
    }

    @Test
    void twoDesksMovingOneCardOfflineEndInOneStageWithTheOtherMoveInTheInboxAndEveryLogEntryKept() throws InterruptedException {
        try (SyncedStore frontDesk = store("pipefront"); SyncedStore phoneDesk = store("pipephone")) {
            UUID card = frontDesk.data().pipeline().open(new NewInquiry("Dana Brooks", "630 555 0142", null,
                    List.of(new NewInquiry.Child("Ava", "Brooks", LocalDate.of(2021, 6, 2))), InquirySource.WEB, null, null)).card().id();
            frontDesk.engine().syncOnce();
            phoneDesk.engine().syncOnce();
            assertEquals(PipelineStage.INQUIRY, phoneDesk.data().pipeline().family(card).card().stage());

            // Offline from each other: the front desk books the meet-and-greet, the phone desk hears the price is too high.
            frontDesk.data().pipeline().move(card, PipelineStage.MEET_AND_GREET, null);
            frontDesk.data().pipeline().log(card, ActivityKind.CALL, "Booked the meet-and-greet");
            phoneDesk.data().pipeline().move(card, PipelineStage.LOST, LostReason.PRICE);
            phoneDesk.data().pipeline().log(card, ActivityKind.EMAIL, "Sent the fee sheet");
            frontDesk.engine().syncOnce();
            phoneDesk.engine().syncOnce();
            PullWaits.until(() -> frontDesk.fingerprint().equals(phoneDesk.fingerprint()), () -> {
                frontDesk.engine().syncOnce();
                phoneDesk.engine().syncOnce();
            });

            for (SyncedStore desk : List.of(frontDesk, phoneDesk)) {
                assertEquals(PipelineStage.LOST, desk.data().pipeline().family(card).card().stage(), "the later-received move holds");
                assertEquals(LostReason.PRICE, desk.data().pipeline().family(card).card().lostReason());
                assertEquals(PipelineStage.MEET_AND_GREET, desk.data().pipeline().family(card).children().get(0).pipelineStage(),
                        "lost at the meet-and-greet");
                List<ActivityKind> kinds = desk.data().pipeline().activity(card).stream().map(a -> a.kind()).sorted().toList();
                assertEquals(List.of(ActivityKind.CALL, ActivityKind.EMAIL, ActivityKind.STAGE, ActivityKind.STAGE), kinds,
                        "both desks' entries, none lost, none in conflict");
            }
            List<SyncConflict> open = new ArrayList<>(frontDesk.engine().conflicts().open());
            open.addAll(phoneDesk.engine().conflicts().open());
            List<SyncConflict> onCard = open.stream().filter(c -> c.tableName().equals("pipeline_cards")).toList();
            assertTrue(onCard.stream().anyMatch(c -> c.fieldName().equals("stage") && c.otherValue().equals("\"meet-and-greet\"")),
                    "the meet-and-greet move waits in the inbox: " + open);
            assertTrue(open.stream().noneMatch(c -> c.tableName().equals("family_activity")), "log entries never conflict");
        }
    }
}
