package com.starlightdesk.data.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.StaffTask;
import com.starlightdesk.data.domain.TaskPriority;
import com.starlightdesk.data.domain.TaskStatus;
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
import java.util.NoSuchElementException;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The practice's tasks and contacts directory on a real store, H2 and PostgreSQL. */
final class StaffTasksTest {
    /** 03:00 UTC on 5 December is still 4 December in Chicago, the practice's zone. */
    private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path dir;

    private UUID deskId;
    private UUID formerId;

    private PracticeData practice(Dialect dialect) {
        DataSource ds = TestDatabases.create(dialect, dir, "starlight_tasks");
        Migrations.migrateLocalStore(ds);
        UUID practiceId = Ids.next();
        UUID adminId = Ids.next();
        deskId = Ids.next();
        formerId = Ids.next();
        PracticeData data = PracticeData.open(ds, practiceId, adminId, Clock.fixed(NOW, ZoneOffset.UTC));
        data.writeAll(c -> {
            c.insert(Practice.of(practiceId, "Maple Pediatrics", "America/Chicago"));
            c.insert(new User(adminId, "admin@maple.test", "Admin", Role.ADMIN, null, true));
            c.insert(new User(deskId, "desk@maple.test", "Front Desk", Role.STAFF, null, true));
            c.insert(new User(formerId, "former@maple.test", "Former Nurse", Role.STAFF, null, false));
        });
        return data;
    }

    private static Patient child(String first, UUID family) {
        return new Patient(Ids.next(), first, "Johnson", LocalDate.of(2020, 1, 2), Gender.FEMALE, "Sarah Johnson", null,
                "(630) 555-0177", new Address("42 Oak Lane", null, "Wheaton", "IL", "60187"), null, null, null, family,
                PatientStatus.ACTIVE, null, null, null, null, true, null, null, null);
    }

    private static StaffTask task(String title, UUID patient, UUID assignee, LocalDate due, TaskPriority priority) {
        return new StaffTask(Ids.next(), patient, assignee, title, null, due, TaskStatus.OPEN, priority);
    }

    private static List<String> titles(List<StaffTask> tasks) {
        return tasks.stream().map(StaffTask::title).toList();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void listsUnderEachFilterMineFirstAndCountsOverdueOnThePracticesDay(Dialect dialect) {
        PracticeData data = practice(dialect);
        UUID family = Ids.next();
        Patient mia = child("Mia", family);
        Patient noah = child("Noah", family);
        Patient other = child("Zoe", null);
        data.writeAll(c -> List.of(mia, noah, other).forEach(c::insert));
        StaffTasks tasks = data.tasks();
        UUID me = data.actorId();
        StaffTask forms = tasks.add(task("Send school forms", mia.id(), deskId, TODAY.minusDays(1), TaskPriority.LOW));
        StaffTask labs = tasks.add(task("Call about labs", noah.id(), me, TODAY.minusDays(2), TaskPriority.HIGH));
        StaffTask refill = tasks.add(task("Renew refill", other.id(), me, TODAY, TaskPriority.MEDIUM));
        StaffTask fax = tasks.add(task("Fax records", null, null, null, TaskPriority.HIGH));
        StaffTask urgent = tasks.add(task("Call the lab back", null, me, TODAY.minusDays(2), TaskPriority.LOW));

        assertEquals(List.of("Call about labs", "Call the lab back", "Renew refill", "Send school forms", "Fax records"),
                titles(tasks.list(StaffTasks.Filter.ALL)), "mine first, then by due day (none last), priority, title");
        assertEquals(List.of("Send school forms"), titles(tasks.list(StaffTasks.Filter.ALL.assignedTo(deskId))));
        assertEquals(List.of("Call about labs", "Fax records"), titles(tasks.list(StaffTasks.Filter.ALL.priority(TaskPriority.HIGH))));
        assertEquals(List.of("Call about labs", "Call the lab back"), titles(tasks.list(StaffTasks.Filter.ALL.dueBy(TODAY.minusDays(2)))));
        assertEquals(List.of("Call about labs", "Call the lab back", "Send school forms"),
                titles(tasks.list(StaffTasks.Filter.ALL.overdue(true))), "due before the practice's 4 December, not its due day itself");
        assertEquals(List.of("Send school forms"), titles(tasks.list(StaffTasks.Filter.ALL.about(mia.id(), false))));
        assertEquals(List.of("Call about labs", "Send school forms"), titles(tasks.list(StaffTasks.Filter.ALL.about(mia.id(), true))),
                "the family's tasks: Mia's and her brother's");
        assertEquals(List.of("Renew refill"), titles(tasks.list(StaffTasks.Filter.ALL.about(other.id(), true))), "a child in no family");
        assertEquals(2, tasks.overdueCount(me));
        assertEquals(1, tasks.overdueCount(deskId));
        assertEquals(TODAY, tasks.today());

        tasks.move(labs.id(), TaskStatus.IN_PROGRESS);
        assertEquals(List.of("Call about labs"), titles(tasks.list(StaffTasks.Filter.ALL.status(TaskStatus.IN_PROGRESS))));
        assertEquals(2, tasks.overdueCount(me), "started is not done");
        tasks.move(labs.id(), TaskStatus.DONE);
        tasks.move(urgent.id(), TaskStatus.DONE);
        assertEquals(0, tasks.overdueCount(me), "done tasks are not overdue");
        assertEquals(List.of("Send school forms"), titles(tasks.list(StaffTasks.Filter.ALL.overdue(true))));
        assertEquals(List.of("Renew refill", "Send school forms", "Fax records"),
                titles(tasks.list(StaffTasks.Filter.ALL.status(TaskStatus.OPEN))));

        StaffTask assigned = tasks.assign(fax.id(), deskId);
        assertEquals(deskId, tasks.find(fax.id()).assignedTo());
        assertEquals(assigned, tasks.find(fax.id()));
        assertEquals(2, tasks.overdueCount(deskId) + tasks.overdueCount(me) + 1, "an undated task is never overdue");
        StaffTask edited = tasks.edit(new StaffTask(refill.id(), refill.patientId(), deskId, "Renew the inhaler refill",
                "Pharmacy on Main St", TODAY.plusDays(3), TaskStatus.IN_PROGRESS, TaskPriority.HIGH));
        assertEquals(edited, tasks.find(refill.id()));
        assertEquals(List.of(), tasks.openAbout(noah.id()), "the done task is no longer open");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void refusesStrangersAndKeepsAFormerAssigneeUntilReassigned(Dialect dialect) {
        PracticeData data = practice(dialect);
        StaffTasks tasks = data.tasks();
        ValidationException inactive = assertThrows(ValidationException.class,
                () -> tasks.add(task("Call back", null, formerId, TODAY, TaskPriority.LOW)));
        assertEquals("assignedTo", inactive.field());
        ValidationException stranger = assertThrows(ValidationException.class,
                () -> tasks.add(task("Call back", Ids.next(), null, TODAY, TaskPriority.LOW)));
        assertEquals("patientId", stranger.field());
        StaffTask done = new StaffTask(Ids.next(), null, null, "Done already", null, null, TaskStatus.DONE, TaskPriority.LOW);
        assertEquals("status", assertThrows(ValidationException.class, () -> tasks.add(done)).field());
        assertThrows(NoSuchElementException.class, () -> tasks.move(Ids.next(), TaskStatus.DONE));

        StaffTask call = tasks.add(task("Call back", null, deskId, TODAY, TaskPriority.LOW));
        // The front desk's user is deactivated later: the task stays theirs, and can still be moved.
        data.writeAll(c -> c.update(new User(deskId, "desk@maple.test", "Front Desk", Role.STAFF, null, false)));
        assertEquals(TaskStatus.IN_PROGRESS, tasks.move(call.id(), TaskStatus.IN_PROGRESS).status());
        assertEquals("assignedTo", assertThrows(ValidationException.class, () -> tasks.assign(call.id(), formerId)).field());
        assertEquals(deskId, tasks.find(call.id()).assignedTo(), "nothing half-written");
        assertEquals(null, tasks.assign(call.id(), null).assignedTo());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void keepsTheContactsDirectory(Dialect dialect) {
        PracticeData data = practice(dialect);
        ContactDirectory contacts = data.contacts();
        var patel = contacts.add(new com.starlightdesk.data.domain.Contact(Ids.next(), com.starlightdesk.data.domain.ContactType.REFERRAL_DOCTOR,
                "Dr. Nisha Patel", "Wheaton Children's Clinic", "npatel@wcc.example", "(630) 555-0142", null));
        var aetna = contacts.add(new com.starlightdesk.data.domain.Contact(Ids.next(), com.starlightdesk.data.domain.ContactType.INSURANCE,
                "Provider line", "Aetna", null, "1-800-555-0199", "Member services"));
        assertEquals(List.of(patel, aetna), contacts.all(), "by name");
        assertEquals(List.of(patel), contacts.search("patel"));
        assertEquals(List.of(aetna), contacts.search("AETNA"));
        assertEquals(List.of(patel), contacts.search("555-0142"));
        assertEquals(List.of(patel), contacts.search("6305550142"));
        assertEquals(List.of(patel, aetna), contacts.search("555"), "three digits match both phones");
        assertEquals(List.of(), contacts.search("55"), "two digits are too few to search phones by");
        assertEquals(List.of(patel, aetna), contacts.search("  "));

        var moved = new com.starlightdesk.data.domain.Contact(patel.id(), patel.type(), patel.name(), "Naperville Pediatrics",
                patel.email(), "(630) 555-0143", "Moved in 2026");
        assertEquals(moved, contacts.edit(moved));
        assertEquals(List.of(moved), contacts.search("naperville"));
        contacts.delete(aetna.id());
        assertEquals(List.of(moved), contacts.all());
        assertThrows(NoSuchElementException.class, () -> contacts.delete(aetna.id()), "already deleted");
        assertEquals(1L, data.counts().get("contacts"));
    }
}
