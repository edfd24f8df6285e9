package com.starlightdesk.app.tasks;

import static com.starlightdesk.app.testing.WindowSteps.listed;
import static com.starlightdesk.app.testing.WindowSteps.replace;
import static com.starlightdesk.app.testing.WindowSteps.shown;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.parts.UsDates;
import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.StaffTask;
import com.starlightdesk.data.domain.TaskStatus;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.data.repo.StaffTasks;
import com.starlightdesk.data.repo.Tables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Tasks in a real window over the demo practice: the list with the signed-in user's first; a task refused for an
 * empty title and an unreadable due day, then added about a child (her family shown), overdue, so the top bar's
 * count rises; moved across the board by keyboard to Done, so the count falls; then handed to the front desk; My
 * tasks in the top bar opens the list narrowed to the user's own.
 */
@ExtendWith(ApplicationExtension.class)
final class TasksFlowTest {
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();

    private DesktopWindow window;

    @Start
    void start(Stage stage) {
        window = DESK.show(stage);
    }

    @Test
    void addMoveByKeyboardFinishAndAssignATask(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        PracticeData data = window.session().data();
        User me = window.session().user();
        LocalDate today = data.tasks().today();
        int before = data.tasks().list(StaffTasks.Filter.ALL).size();
        Patient child = withSibling(data);
        waitFor(() -> text(robot, "#my-tasks").equals("My tasks"));

        robot.clickOn("#nav-tasks");
        TableView<TaskRow> table = robot.lookup("#tasks-table").queryTableView();
        waitFor(() -> table.getItems().size() == before);
        assertTrue(table.getItems().get(0).mine(), "the signed-in user's tasks come first");
        waitFor(() -> table.isFocused());

        robot.clickOn("#tasks-new");
        waitFor(() -> shown(robot, "#task-form") && robot.lookup("#task-title").query().isFocused());
        robot.clickOn("#task-due").write("13/45/2026");
        robot.clickOn("#task-save");
        waitFor(() -> shown(robot, "#task-title-error") && shown(robot, "#task-due-error"));
        assertEquals("Say what is to be done", text(robot, "#task-title-error"));
        assertEquals("Not a date: type it as M/D/YYYY", text(robot, "#task-due-error"));
        assertEquals(before, data.tasks().list(StaffTasks.Filter.ALL).size(), "nothing written");

        robot.clickOn("#task-title").write("Call about the school form");
        replace(robot, "#task-due", UsDates.write(today.minusDays(1)));
        robot.clickOn("#task-patient").write(child.lastName() + " " + child.firstName());
        waitFor(() -> listed(robot, "#task-patient-matches") >= 1);
        robot.type(KeyCode.ENTER);
        waitFor(() -> shown(robot, "#task-patient-chosen") && shown(robot, "#task-family"));
        assertEquals(child.displayName(), text(robot, "#task-patient-chosen"));
        assertTrue(text(robot, "#task-family").startsWith("Family: "), text(robot, "#task-family"));
        robot.clickOn("#task-save");
        waitFor(() -> !shown(robot, "#task-form") && text(robot, "#my-tasks").equals("My tasks · 1 overdue"));
        StaffTask added = data.tasks().list(StaffTasks.Filter.ALL.about(child.id(), false)).stream()
                .filter(t -> t.title().equals("Call about the school form")).findFirst().orElseThrow();
        assertEquals(me.id(), added.assignedTo(), "a new task is the signed-in user's");
        assertEquals(today.minusDays(1), added.dueDate());
        waitFor(() -> table.getItems().size() == before + 1);

        // The board: the new task is first in Open; Ctrl+Right twice takes it to Done.
        robot.clickOn("#tasks-board-mode");
        ListView<TaskRow> open = robot.lookup("#board-open").queryListView();
        ListView<TaskRow> started = robot.lookup("#board-in-progress").queryListView();
        ListView<TaskRow> done = robot.lookup("#board-done").queryListView();
        waitFor(() -> open.isFocused() && open.getSelectionModel().getSelectedItem() != null
                && open.getSelectionModel().getSelectedItem().task().id().equals(added.id()));
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        waitFor(() -> started.isFocused() && selected(started, added));
        assertEquals(TaskStatus.IN_PROGRESS, data.tasks().find(added.id()).status());
        assertEquals("My tasks · 1 overdue", text(robot, "#my-tasks"), "started is still overdue");
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        waitFor(() -> done.isFocused() && selected(done, added) && text(robot, "#my-tasks").equals("My tasks"));
        assertEquals(TaskStatus.DONE, data.tasks().find(added.id()).status());

        // Handed to the front desk from the form (Enter opens the chosen task).
        robot.type(KeyCode.ENTER);
        waitFor(() -> shown(robot, "#task-form") && "Call about the school form".equals(((TextField) robot.lookup("#task-title").query()).getText()));
        ComboBox<TaskFormViewModel.Assignee> assignee = robot.lookup("#task-assignee").queryComboBox();
        robot.interact(() -> assignee.setValue(assignee.getItems().stream()
                .filter(a -> a.user() != null && a.user().displayName().equals("Jess (Front Desk)")).findFirst().orElseThrow()));
        robot.clickOn("#task-save");
        waitFor(() -> !shown(robot, "#task-form") && !Objects.equals(data.tasks().find(added.id()).assignedTo(), me.id()));
        assertEquals("Jess (Front Desk)", data.office().user(data.tasks().find(added.id()).assignedTo()).orElseThrow().displayName());

        // My tasks in the top bar: the list, the user's own only.
        robot.clickOn("#tasks-list-mode");
        robot.clickOn("#my-tasks");
        int mine = data.tasks().list(StaffTasks.Filter.ALL.assignedTo(me.id())).size();
        waitFor(() -> table.getItems().size() == mine && table.getItems().stream().allMatch(TaskRow::mine));
        assertFalse(table.getItems().stream().anyMatch(r -> r.task().id().equals(added.id())));
    }

    private static boolean selected(ListView<TaskRow> column, StaffTask task) {
        TaskRow row = column.getSelectionModel().getSelectedItem();
        return row != null && row.task().id().equals(task.id());
    }

    /** A demo child with a brother or sister. */
    private static Patient withSibling(PracticeData data) {
        List<Patient> patients = new ArrayList<>();
        data.forEachRow(Tables.PATIENTS, patients::add);
        return patients.stream().filter(p -> p.familyId() != null && p.isActive()
                        && patients.stream().anyMatch(o -> o != p && p.familyId().equals(o.familyId())))
                .findFirst().orElseThrow();
    }
}
