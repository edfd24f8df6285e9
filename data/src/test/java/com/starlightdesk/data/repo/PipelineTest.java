package com.starlightdesk.data.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.ActivityKind;
import com.starlightdesk.data.domain.Contact;
import com.starlightdesk.data.domain.ContactType;
import com.starlightdesk.data.domain.FamilyActivity;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.InquirySource;
import com.starlightdesk.data.domain.LostReason;
import com.starlightdesk.data.domain.NewInquiry;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.PipelineCard;
import com.starlightdesk.data.domain.PipelineStage;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.testing.TestDatabases;
import com.starlightdesk.schema.Dialect;
import com.starlightdesk.schema.Migrations;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The enrolment pipeline on a real store, H2 and PostgreSQL: inquiries, duplicates, moves, lost, the activity log. */
final class PipelineTest {
    /** 11:30 pm on December 3 in Chicago: already December 4 in UTC. */
    private static final Instant NOW = Instant.parse("2026-12-04T05:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @TempDir
    Path dir;

    private PracticeData practice(Dialect dialect) {
        DataSource ds = TestDatabases.create(dialect, dir, "starlight_pipeline");
        Migrations.migrateLocalStore(ds);
        UUID practiceId = Ids.next();
        UUID deskId = Ids.next();
        PracticeData data = PracticeData.open(ds, practiceId, deskId, Clock.fixed(NOW, ZoneOffset.UTC));
        data.writeAll(c -> {
            c.insert(Practice.of(practiceId, "Maple Pediatrics", "America/Chicago"));
            c.insert(new User(deskId, "desk@maple.test", "Front Desk", Role.STAFF, null, true));
        });
        return data;
    }

    private static NewInquiry brooks(InquirySource source, UUID contact) {
        return new NewInquiry("Dana Brooks", "630.555.0142", "Dana@Example.test", List.of(
                new NewInquiry.Child("Ava", "Brooks", LocalDate.of(2021, 6, 2)),
                new NewInquiry.Child("Eli", "Brooks", LocalDate.of(2024, 1, 15))), source, contact, "Asked about after-hours calls");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anInquiryOpensACardWithItsChildrenAsProspectsAndItsNotesLogged(Dialect dialect) {
        PracticeData data = practice(dialect);
        Contact pediatrician = new Contact(Ids.next(), ContactType.REFERRAL_DOCTOR, "Dr. Rosa Allen", "Allen OB", null, null, null);
        data.writeAll(c -> c.insert(pediatrician));

        Pipeline.Family family = data.pipeline().open(brooks(InquirySource.REFERRAL, pediatrician.id()));

        PipelineCard card = family.card();
        assertEquals(PipelineStage.INQUIRY, card.stage());
        assertEquals(TODAY, card.stageEnteredOn(), "entered today in the practice's zone");
        assertEquals(pediatrician.id(), data.pipeline().family(card.id()).card().sourceContactId());
        List<Patient> children = data.pipeline().family(card.id()).children();
        assertEquals(List.of("Ava", "Eli"), children.stream().map(Patient::firstName).toList());
        for (Patient child : children) {
            assertEquals(PatientStatus.PROSPECT, child.status());
            assertEquals(PipelineStage.INQUIRY, child.pipelineStage());
            assertEquals("(630) 555-0142", child.phone());
            assertEquals("dana@example.test", child.email());
            assertEquals("Dana Brooks", child.parentGuardian());
        }
        List<FamilyActivity> log = data.pipeline().activity(card.id());
        assertEquals(1, log.size());
        assertEquals(ActivityKind.NOTE, log.get(0).kind());
        assertEquals(data.actorId(), log.get(0).recordedBy());
        assertEquals(List.of(card.id()), data.pipeline().board().stream().map(f -> f.card().id()).toList());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theSameFamilyIsFoundByPhoneEmailOrAChildsNameAndBirthDate(Dialect dialect) {
        PracticeData data = practice(dialect);
        Pipeline.Family first = data.pipeline().open(brooks(InquirySource.WEB, null));
        List<UUID> firstChildren = first.children().stream().map(Patient::id).toList();

        assertEquals(firstChildren, ids(data.pipeline().likelyDuplicates(new NewInquiry("D. Brooks", "(630) 555-0142", null,
                List.of(new NewInquiry.Child("Maya", "Brooks", LocalDate.of(2020, 1, 1))), InquirySource.WEB, null, null))), "same phone");
        assertEquals(firstChildren, ids(data.pipeline().likelyDuplicates(new NewInquiry("D. Brooks", null, "dana@EXAMPLE.test",
                List.of(new NewInquiry.Child("Maya", "Brooks", LocalDate.of(2020, 1, 1))), InquirySource.WEB, null, null))), "same e-mail");
        assertEquals(List.of(firstChildren.get(1)), ids(data.pipeline().likelyDuplicates(new NewInquiry("Sam Brooks", "312 555 0199", null,
                List.of(new NewInquiry.Child("eli", "BROOKS", LocalDate.of(2024, 1, 15))), InquirySource.FRIEND, null, null))),
                "same child by name and birth date");
        assertEquals(List.of(), data.pipeline().likelyDuplicates(new NewInquiry("Sam Brooks", "312 555 0199", "sam@example.test",
                List.of(new NewInquiry.Child("Eli", "Brooks", LocalDate.of(2024, 1, 16))), InquirySource.FRIEND, null, null)), "another family");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aMoveTakesTheChildrenAlongAndIsLoggedAndALostCardKeepsItsReason(Dialect dialect) {
        PracticeData data = practice(dialect);
        UUID card = data.pipeline().open(brooks(InquirySource.EVENT, null)).card().id();

        data.pipeline().move(card, PipelineStage.MEET_AND_GREET, null);
        assertTrue(data.pipeline().family(card).children().stream().allMatch(c -> c.pipelineStage() == PipelineStage.MEET_AND_GREET));
        PipelineCard lost = data.pipeline().move(card, PipelineStage.LOST, LostReason.PRICE);
        assertEquals(LostReason.PRICE, lost.lostReason());
        assertEquals(LostReason.PRICE, data.pipeline().family(card).card().lostReason());
        assertTrue(data.pipeline().family(card).children().stream().allMatch(c -> c.pipelineStage() == PipelineStage.MEET_AND_GREET),
                "a lost family's children keep the stage they were lost at");
        PipelineCard back = data.pipeline().move(card, PipelineStage.INQUIRY, null);
        assertEquals(null, back.lostReason());

        List<FamilyActivity> moves = data.pipeline().activity(card).stream().filter(a -> a.kind() == ActivityKind.STAGE).toList();
        assertEquals(3, moves.size());
        assertEquals(List.of(PipelineStage.INQUIRY, PipelineStage.MEET_AND_GREET, PipelineStage.LOST),
                moves.stream().map(FamilyActivity::fromStage).sorted().toList());
        data.pipeline().move(card, PipelineStage.INQUIRY, null);
        assertEquals(3, data.pipeline().activity(card).stream().filter(a -> a.kind() == ActivityKind.STAGE).count(), "no move, no entry");

        ValidationException noReason = assertThrows(ValidationException.class, () -> data.pipeline().move(card, PipelineStage.LOST, null));
        assertEquals("lostReason", noReason.field());
        ValidationException notByMove = assertThrows(ValidationException.class,
                () -> data.pipeline().move(card, PipelineStage.ENROLLED, null));
        assertEquals("stage", notByMove.field());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void callsAndNotesAreLoggedWithTheirAuthorAndTheNextStepIsKept(Dialect dialect) {
        PracticeData data = practice(dialect);
        UUID card = data.pipeline().open(brooks(InquirySource.FRIEND, null)).card().id();
        data.pipeline().log(card, ActivityKind.CALL, "Left a voicemail about the meet-and-greet");
        data.pipeline().planNextStep(card, "Call back about a Saturday visit", TODAY.plusDays(2));

        assertEquals(2, data.pipeline().activity(card).size());
        assertEquals("Call back about a Saturday visit", data.pipeline().family(card).card().nextStep());
        assertEquals(TODAY.plusDays(2), data.pipeline().family(card).card().nextStepOn());
        assertEquals("kind", assertThrows(ValidationException.class, () -> data.pipeline().log(card, ActivityKind.STAGE, "moved")).field());
        assertEquals("summary", assertThrows(ValidationException.class, () -> data.pipeline().log(card, ActivityKind.CALL, " ")).field());
    }

    @Test
    void badInquiriesAreRefusedAtTheirField() {
        LocalDate tomorrow = LocalDate.now(ZoneOffset.ofHours(-12)).plusDays(2);
        ValidationException future = assertThrows(ValidationException.class,
                () -> new NewInquiry.Child("Ava", "Brooks", tomorrow));
        assertEquals("dateOfBirth", future.field());
        ValidationException letters = assertThrows(ValidationException.class, () -> new NewInquiry("Dana Brooks", "630-CALL-NOW", null,
                List.of(new NewInquiry.Child("Ava", "Brooks", LocalDate.of(2021, 6, 2))), InquirySource.WEB, null, null));
        assertEquals("phone", letters.field());
        ValidationException unreachable = assertThrows(ValidationException.class, () -> new NewInquiry("Dana Brooks", null, null,
                List.of(new NewInquiry.Child("Ava", "Brooks", LocalDate.of(2021, 6, 2))), InquirySource.WEB, null, null));
        assertEquals("phone", unreachable.field());
        ValidationException noChild = assertThrows(ValidationException.class,
                () -> new NewInquiry("Dana Brooks", "630 555 0142", null, List.of(), InquirySource.WEB, null, null));
        assertEquals("children", noChild.field());
    }

    private static List<UUID> ids(List<Patient> patients) {
        return patients.stream().map(Patient::id).toList();
    }
}
