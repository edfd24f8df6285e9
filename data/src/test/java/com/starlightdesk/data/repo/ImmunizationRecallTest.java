package com.starlightdesk.data.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.AuditAction;
import com.starlightdesk.data.domain.AuditEntry;
import com.starlightdesk.data.domain.DoseErrorReason;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.ImmunizationObservation;
import com.starlightdesk.data.domain.ImmunizationSource;
import com.starlightdesk.data.domain.ObservationKind;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.PipelineStage;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.StaffTask;
import com.starlightdesk.data.domain.TaskPriority;
import com.starlightdesk.data.domain.TaskStatus;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.immunization.ImmunizationStatus.Standing;
import com.starlightdesk.data.repo.ImmunizationRecall.Child;
import com.starlightdesk.data.repo.ImmunizationRecall.Criteria;
import com.starlightdesk.data.repo.ImmunizationRecall.GroupDue;
import com.starlightdesk.data.repo.ImmunizationRecall.Progress;
import com.starlightdesk.data.repo.ImmunizationRecall.RecallList;
import com.starlightdesk.data.testing.TestDatabases;
import com.starlightdesk.schema.Dialect;
import com.starlightdesk.schema.Migrations;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The immunization recall list on a real store, H2 and PostgreSQL: which children it lists and why, refusals shown
 * and not nagged, doses entered in error not counted, the filters, the next visits, the report of those due with no
 * vaccination visit booked, progress and stopping; and the follow-up tasks the list creates.
 */
final class ImmunizationRecallTest {
    /** 9 am on November 23, 2026 in Chicago. */
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private PracticeData data;
    private PracticeData otherPractice;
    private UUID deskId;
    private Provider lake;
    private Provider moss;
    /** Three weeks old, nothing given: hepatitis B is due. */
    private Patient newborn;
    /** Two years old, nothing given: many groups overdue. */
    private Patient behind;
    /** Two years old, nothing given, MMR refused. */
    private Patient refuser;
    /** One month old, hepatitis B given at birth. */
    private Patient infant;

    private static Patient child(String first, String last, LocalDate born, PatientStatus status, boolean active, UUID provider) {
        return new Patient(Ids.next(), first, last, born, Gender.FEMALE, null, null, null, null, null, null, null, null, status,
                status == PatientStatus.PROSPECT ? PipelineStage.INQUIRY : null, null, null, null, active, provider, null, null);
    }

    private static Immunization historical(Patient p, String cvx, LocalDate on) {
        return new Immunization(Ids.next(), p.id(), cvx, on, ImmunizationSource.HISTORICAL, "Illinois state registry (I-CARE)",
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static Appointment visit(Patient p, Provider by, Instant start, AppointmentStatus status, AppointmentType type) {
        return new Appointment(Ids.next(), p.id(), by.id(), start, start.plus(15, ChronoUnit.MINUTES), status, type, null, null);
    }

    private PracticeData practice(DataSource ds, String name, UUID actor, Role role) {
        UUID practiceId = Ids.next();
        PracticeData opened = PracticeData.open(ds, practiceId, actor, Clock.fixed(NOW, ZoneOffset.UTC));
        opened.writeAll(c -> {
            c.insert(Practice.of(practiceId, name, "America/Chicago"));
            c.insert(new User(actor, "desk@" + name.toLowerCase() + ".test", "Front Desk", role, null, true));
        });
        return opened;
    }

    private void practice(Dialect dialect) {
        DataSource ds = TestDatabases.create(dialect, dir, "starlight_recall");
        Migrations.migrateLocalStore(ds);
        deskId = Ids.next();
        data = practice(ds, "Lake", deskId, Role.STAFF);
        otherPractice = practice(ds, "Hill", Ids.next(), Role.ADMIN);
        lake = new Provider(Ids.next(), null, "Dr. Lake", null, null, null, true);
        moss = new Provider(Ids.next(), null, "Dr. Moss", null, null, null, true);
        newborn = child("Nia", "Newman", TODAY.minusWeeks(3), PatientStatus.ACTIVE, true, lake.id());
        behind = child("Ben", "Behind", LocalDate.of(2024, 11, 1), PatientStatus.ACTIVE, true, moss.id());
        refuser = child("Rae", "Refuse", LocalDate.of(2024, 11, 1), PatientStatus.ACTIVE, true, null);
        infant = child("Ida", "Infant", LocalDate.of(2026, 10, 20), PatientStatus.ACTIVE, true, lake.id());
        Patient prospect = child("Pia", "Prospect", LocalDate.of(2024, 11, 1), PatientStatus.PROSPECT, true, null);
        Patient inactive = child("Ivo", "Inactive", LocalDate.of(2024, 11, 1), PatientStatus.ACTIVE, false, null);
        data.writeAll(c -> {
            c.insert(lake);
            c.insert(moss);
            for (Patient p : List.of(newborn, behind, refuser, infant, prospect, inactive)) {
                c.insert(p);
            }
            c.insert(historical(infant, "08", LocalDate.of(2026, 10, 20)));
            // A dose entered in error counts for nothing: Ben's MMR is still overdue.
            c.insert(historical(behind, "03", LocalDate.of(2025, 11, 5)).enteredInError(NOW.minus(1, ChronoUnit.DAYS),
                    DoseErrorReason.WRONG_PATIENT, null));
            c.insert(new ImmunizationObservation(Ids.next(), refuser.id(), ObservationKind.REFUSAL, null, "MMR", LocalDate.of(2025, 12, 1),
                    null, null, null, null));
            // Ben: a checkup next week, a vaccination visit in ten days, a cancelled vaccination visit tomorrow; Nia: a
            // visit that was yesterday.
            c.insert(visit(behind, moss, NOW.plus(1, ChronoUnit.DAYS), AppointmentStatus.CANCELLED, AppointmentType.VACCINATION));
            c.insert(visit(behind, moss, NOW.plus(7, ChronoUnit.DAYS), AppointmentStatus.SCHEDULED, AppointmentType.CHECKUP));
            c.insert(visit(behind, moss, NOW.plus(10, ChronoUnit.DAYS), AppointmentStatus.CONFIRMED, AppointmentType.VACCINATION));
            c.insert(visit(newborn, lake, NOW.minus(1, ChronoUnit.DAYS), AppointmentStatus.COMPLETED, AppointmentType.CHECKUP));
        });
        otherPractice.writeAll(c -> c.insert(child("Otto", "Other", LocalDate.of(2024, 11, 1), PatientStatus.ACTIVE, true, null)));
    }

    private static Progress quiet() {
        return (done, total) -> { };
    }

    private static Child line(RecallList list, Patient p) {
        return list.children().stream().filter(c -> c.patientId().equals(p.id())).findFirst().orElse(null);
    }

    private static List<String> groups(List<GroupDue> groups) {
        return groups.stream().map(GroupDue::name).toList();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void listsTheActiveChildrenWithGroupsOverdueOrDueMostUrgentFirstWithRefusalsShownNotNagged(Dialect dialect) {
        practice(dialect);
        RecallList list = data.immunizationRecall().list(Criteria.within(0), quiet());
        assertEquals(TODAY, list.today(), "today in Chicago");
        assertEquals(4, list.assessed(), "the active children of this practice only: no prospect, no inactive child, no other practice's");
        assertEquals(List.of(behind.id(), refuser.id(), newborn.id(), infant.id()).subList(0, 3),
                list.children().stream().map(Child::patientId).toList().subList(0, 3), "the longest overdue first, then by name");

        Child ben = line(list, behind);
        assertTrue(ben.isOverdue());
        assertTrue(groups(ben.due()).containsAll(List.of("DTaP/Tdap/Td", "MMR", "Polio")), "nothing given: " + groups(ben.due()));
        assertTrue(ben.due().stream().filter(g -> g.name().equals("MMR")).allMatch(g -> g.standing() == Standing.OVERDUE),
                "the dose entered in error counts for nothing");
        assertEquals(ben.due().get(0).dueOn(), ben.mostUrgent(), "the groups most urgent first");
        assertTrue(ben.due().stream().allMatch(g -> !g.dueOn().isAfter(TODAY)), "due now or overdue only when N is 0");
        assertEquals("Dr. Moss", ben.providerName());
        assertEquals(NOW.plus(7, ChronoUnit.DAYS), ben.nextVisit(), "the checkup next week: the cancelled visit is no visit");
        assertEquals(AppointmentType.CHECKUP, ben.nextVisitType());
        assertEquals(NOW.plus(10, ChronoUnit.DAYS), ben.nextVaccinationVisit());

        Child rae = line(list, refuser);
        assertFalse(groups(rae.due()).contains("MMR"), "a refused group is not nagged");
        assertEquals(List.of("MMR"), groups(rae.refused()));
        assertEquals(LocalDate.of(2025, 12, 1), rae.refused().get(0).refusedOn());
        assertNull(rae.providerName());
        assertNull(rae.nextVisit());

        Child nia = line(list, newborn);
        assertTrue(groups(nia.due()).contains("HepB"), "hepatitis B from birth: " + groups(nia.due()));
        assertFalse(nia.isOverdue());
        assertNull(nia.nextVisit(), "yesterday's visit is not ahead");

        assertEquals(1, data.audit().byUser(deskId, 1000).stream()
                .filter(e -> e.action() == AuditAction.READ && "immunizations".equals(e.tableName()) && e.patientId() == null).count(),
                "one entry for the read of the practice's records, naming no patient");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theDaysAheadTheGroupTheAgeAndTheProviderNarrowTheList(Dialect dialect) {
        practice(dialect);
        ImmunizationRecall recall = data.immunizationRecall();
        Child now = line(recall.list(Criteria.within(0), quiet()), infant);
        Child soon = line(recall.list(Criteria.within(60), quiet()), infant);
        assertTrue(soon.due().size() > (now == null ? 0 : now.due().size()), "two months' vaccines come within 60 days");
        GroupDue dtap = soon.due().stream().filter(g -> g.name().equals("DTaP/Tdap/Td")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 12, 20), dtap.recommended(), "DTaP at two months of age");
        assertEquals(Standing.NOT_YET, dtap.standing());

        RecallList mmr = recall.list(new Criteria(0, "MMR", null, null, null), quiet());
        assertEquals(List.of(behind.id()), mmr.children().stream().map(Child::patientId).toList(),
                "of MMR: Ben, not Rae who refused it, nor the babies");
        assertEquals(List.of("MMR"), groups(mmr.children().get(0).due()));

        RecallList toddlers = recall.list(new Criteria(0, null, 12, 36, null), quiet());
        assertEquals(2, toddlers.assessed(), "from 12 to 36 months: Ben and Rae");
        RecallList babies = recall.list(new Criteria(0, null, null, 1, null), quiet());
        assertEquals(2, babies.assessed(), "at most one completed month: Nia (3 weeks) and Ida (1 month)");

        RecallList mosses = recall.list(new Criteria(0, null, null, null, moss.id()), quiet());
        assertEquals(List.of(behind.id()), mosses.children().stream().map(Child::patientId).toList());
        assertEquals(1, mosses.assessed());

        assertEquals("days: must be from 0 to 365", assertThrows(ValidationException.class, () -> Criteria.within(366)).getMessage());
        assertEquals("toMonths: must not be below the age it starts from",
                assertThrows(ValidationException.class, () -> new Criteria(0, null, 24, 12, null)).getMessage());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void dueWithinThirtyDaysWithNoVaccinationVisitBookedLeavesOutThoseBooked(Dialect dialect) {
        practice(dialect);
        RecallList report = data.immunizationRecall().dueWithoutVaccinationVisit(quiet());
        List<UUID> listed = report.children().stream().map(Child::patientId).toList();
        assertEquals(30, report.criteria().days());
        assertFalse(listed.contains(behind.id()), "Ben has a vaccination visit booked in ten days");
        assertTrue(listed.containsAll(List.of(refuser.id(), newborn.id(), infant.id())), "due within 30 days, nothing booked");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void progressCountsEveryChildAndAStoppedListStops(Dialect dialect) {
        practice(dialect);
        List<int[]> told = new CopyOnWriteArrayList<>();
        data.immunizationRecall().list(Criteria.within(0), (done, total) -> told.add(new int[] {done, total}));
        assertEquals(0, told.get(0)[0]);
        assertTrue(told.stream().anyMatch(t -> t[0] == 4 && t[1] == 4), "4 of 4 at the end");
        AtomicInteger asked = new AtomicInteger();
        assertThrows(CancellationException.class, () -> data.immunizationRecall().list(Criteria.within(0), new Progress() {
            @Override
            public void assessed(int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return asked.incrementAndGet() > 1;
            }
        }));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aFollowUpCallIsATaskAboutThePatientThatSyncsAndIsCheckedAtItsField(Dialect dialect) {
        practice(dialect);
        StaffTask call = new StaffTask(Ids.next(), behind.id(), deskId, "Call about overdue vaccines", "MMR, DTaP/Tdap/Td",
                TODAY.plusDays(2), TaskStatus.OPEN, TaskPriority.MEDIUM);
        data.tasks().add(List.of(call));
        assertEquals(List.of(call), data.tasks().openAbout(behind.id()));
        assertEquals(1, data.outbox().forRow("tasks", call.id().toString()).size(), "the task goes out with the next sync");
        assertTrue(data.audit().forPatient(behind.id(), 10).stream().anyMatch(e -> e.action() == AuditAction.CREATE
                && "tasks".equals(e.tableName())), "a task about a patient is audited");

        StaffTask stranger = new StaffTask(Ids.next(), behind.id(), Ids.next(), "Call", null, TODAY, TaskStatus.OPEN, TaskPriority.LOW);
        assertEquals("assignedTo: is not an active user of the practice",
                assertThrows(ValidationException.class, () -> data.tasks().add(List.of(stranger))).getMessage());
        Patient otto = otherPractice.patients().byStatus("active", 10, 0).get(0);
        StaffTask ok = new StaffTask(Ids.next(), newborn.id(), null, "Call", null, TODAY, TaskStatus.OPEN, TaskPriority.LOW);
        StaffTask elsewhere = new StaffTask(Ids.next(), otto.id(), null, "Call", null, TODAY, TaskStatus.OPEN, TaskPriority.LOW);
        assertEquals("tasks[1].patientId: is not one of the practice's patients",
                assertThrows(ValidationException.class, () -> data.tasks().add(List.of(ok, elsewhere))).getMessage());
        assertTrue(data.tasks().openAbout(newborn.id()).isEmpty(), "all or none");
    }
}
