package com.starlightdesk.sync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.StaffTask;
import com.starlightdesk.data.domain.TaskPriority;
import com.starlightdesk.data.domain.TaskStatus;
import com.starlightdesk.data.repo.StaffTasks;
import com.starlightdesk.data.sync.SyncConflict;
import com.starlightdesk.sync.testing.GatewayFixture;
import com.starlightdesk.sync.testing.PullWaits;
import com.starlightdesk.sync.testing.SyncedStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task edited on two desks of one practice through the Data API gateway: one desk starts it while the other hands
 * it to someone else, and both edits survive; both desks changing its priority keep one value and put the other in
 * the conflict inbox.
 */
class TaskSyncTest {
    @TempDir
    static Path dir;
    private static GatewayFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new GatewayFixture("tasksync");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private SyncedStore store(String name) {
        return new SyncedStore(dir, name, fixture.database().practiceA(), fixture.dataApiRemote(fixture.database().secretA()));
    }

    @Test
    void twoDesksEditingOneTaskKeepBothDisjointEditsAndReportTheSameFieldOnce() throws InterruptedException {
        try (SyncedStore office = store("taskoffice"); SyncedStore frontDesk = store("taskfrontdesk")) {
            Patient liam = SyncConvergenceTest.patient("Liam", "Task");
            office.data().writeAll(c -> c.insert(liam));
            StaffTask call = office.data().tasks().add(new StaffTask(Ids.next(), liam.id(), office.data().actorId(),
                    "Call about the lab result", null, LocalDate.of(2026, 12, 7), TaskStatus.OPEN, TaskPriority.MEDIUM));
            frontDesk.engine().syncOnce();
            office.engine().syncOnce();
            PullWaits.until(() -> frontDesk.data().tasks().list(StaffTasks.Filter.ALL).size() == 1
                    && frontDesk.data().office().user(office.data().actorId()).isPresent(), frontDesk.engine()::syncOnce);
            assertEquals(call, frontDesk.data().tasks().find(call.id()));

            // Offline: the office starts the call while the front desk takes it over.
            office.data().tasks().move(call.id(), TaskStatus.IN_PROGRESS);
            frontDesk.data().tasks().assign(call.id(), frontDesk.data().actorId());
            syncBoth(office, frontDesk);
            StaffTask merged = office.data().tasks().find(call.id());
            assertEquals(merged, frontDesk.data().tasks().find(call.id()), "both desks hold the same task");
            assertEquals(TaskStatus.IN_PROGRESS, merged.status(), "the office's move survives");
            assertEquals(frontDesk.data().actorId(), merged.assignedTo(), "and the front desk's assignment too");
            assertEquals(1, frontDesk.data().tasks().list(StaffTasks.Filter.ALL.assignedTo(frontDesk.data().actorId())
                    .status(TaskStatus.IN_PROGRESS)).size());
            assertEquals(0, openConflicts(office, frontDesk), "disjoint edits: no conflict");

            // Both raise or lower its priority: one value stays on both desks, the other is in the inbox.
            frontDesk.data().tasks().edit(with(merged, TaskPriority.HIGH));
            office.data().tasks().edit(with(merged, TaskPriority.LOW));
            syncBoth(office, frontDesk);
            StaffTask settled = office.data().tasks().find(call.id());
            assertEquals(settled, frontDesk.data().tasks().find(call.id()));
            assertEquals(1, openConflicts(office, frontDesk));
            SyncConflict conflict = List.of(office, frontDesk).stream().flatMap(s -> s.engine().conflicts().open().stream())
                    .findFirst().orElseThrow();
            assertEquals("tasks", conflict.tableName());
            assertEquals("priority", conflict.fieldName());
            assertEquals("\"" + settled.priority().code() + "\"", conflict.keptValue());
        }
    }

    private static StaffTask with(StaffTask t, TaskPriority priority) {
        return new StaffTask(t.id(), t.patientId(), t.assignedTo(), t.title(), t.description(), t.dueDate(), t.status(), priority);
    }

    private static void syncBoth(SyncedStore a, SyncedStore b) throws InterruptedException {
        b.engine().syncOnce();
        a.engine().syncOnce();
        PullWaits.until(() -> a.fingerprint().equals(b.fingerprint()), () -> {
            b.engine().syncOnce();
            a.engine().syncOnce();
        });
    }

    private static long openConflicts(SyncedStore a, SyncedStore b) {
        return a.engine().conflicts().openCount() + b.engine().conflicts().openCount();
    }
}
