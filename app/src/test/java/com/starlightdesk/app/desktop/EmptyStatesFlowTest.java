package com.starlightdesk.app.desktop;

import static com.starlightdesk.app.testing.WindowSteps.shown;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.parts.EmptyState;
import com.starlightdesk.app.tasks.TasksViewModel;
import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Empty places in a real window (headless Monocle) on the demo practice, whose visits run from last week's
 * Monday to a week after today: a week without visits says so and leads to the next week with visits
 * or to the booking form; Tasks with no task under its filters says so, CRM shows the demo's pipeline board; Billing's
 * link leads an admin to the membership plans in Settings.
 */
@ExtendWith(ApplicationExtension.class)
final class EmptyStatesFlowTest {
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();

    @Start
    void start(Stage stage) {
        DESK.show(stage);
    }

    @Test
    void emptyPlacesSayWhatTheyAreAndLeadOn(FxRobot robot) throws Exception {
        WindowSteps.signIn(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        waitFor(() -> robot.lookup(".visit").tryQuery().isPresent());
        assertFalse(shown(robot, "#calendar-empty"), "a week with visits has nothing to say");
        weeksWithoutVisits(robot);
        placesWithNothingInThem(robot);
    }

    private static void weeksWithoutVisits(FxRobot robot) throws TimeoutException {
        String thisWeek = text(robot, "#calendar-title");
        robot.clickOn("#calendar-previous").clickOn("#calendar-previous");
        waitFor(() -> shown(robot, "#calendar-empty"));
        assertEquals("No visits this week", empty(robot, "#calendar-empty").getTitle());
        waitFor(() -> shown(robot, "#calendar-later-visits"));
        assertEquals("Go to the next week with visits", text(robot, "#calendar-later-visits"));
        robot.clickOn("#calendar-later-visits");
        waitFor(() -> robot.lookup(".visit").tryQuery().isPresent() && !shown(robot, "#calendar-empty"));
        assertFalse(text(robot, "#calendar-title").equals(thisWeek), "the week before this one, where the visits start");

        robot.clickOn("#calendar-today");
        robot.clickOn("#calendar-next").clickOn("#calendar-next");
        waitFor(() -> shown(robot, "#calendar-empty") && shown(robot, "#calendar-new-visit"));
        assertFalse(shown(robot, "#calendar-later-visits"), "nothing is booked after it");
        robot.clickOn("#calendar-new-visit");
        waitFor(() -> shown(robot, "#booking-panel"));
        assertTrue(text(robot, "#booking-chosen-patient").startsWith("No patient chosen"));
        robot.clickOn("#booking-close");
        robot.clickOn("#calendar-today");
        waitFor(() -> robot.lookup(".visit").tryQuery().isPresent() && !shown(robot, "#calendar-empty"));
    }

    private static void placesWithNothingInThem(FxRobot robot) throws TimeoutException {
        robot.clickOn("#nav-tasks");
        waitFor(() -> shown(robot, "#tasks-table"));
        // The admin has no overdue task in the demo: the list under those filters is empty and says so.
        robot.interact(() -> {
            ComboBox<TasksViewModel.Whose> whose = robot.lookup("#tasks-whose").queryComboBox();
            whose.setValue(whose.getItems().stream().filter(w -> w.label().equals("My tasks")).findFirst().orElseThrow());
        });
        robot.clickOn("#tasks-overdue");
        waitFor(() -> shown(robot, "#tasks-empty") && shown(robot, "#tasks-empty-new"));
        assertEquals("No tasks here", empty(robot, "#tasks-empty").getTitle());
        robot.clickOn("#nav-reports");
        waitFor(() -> shown(robot, "#reports-list") && robot.lookup("#reports-list").query().isFocused());
        robot.type(KeyCode.ENTER);
        waitFor(() -> shown(robot, "#recall-table") && shown(robot, "#recall-none"));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> shown(robot, "#reports-list"));

        robot.clickOn("#nav-crm");
        waitFor(() -> shown(robot, "#pipeline-inquiry") && text(robot, "#pipeline-heading-inquiry").matches("Inquiry · 2( · .*)?"));

        robot.clickOn("#nav-billing");
        waitFor(() -> shown(robot, "#billing-settings-membership-plans"));
        robot.clickOn("#billing-settings-membership-plans");
        waitFor(() -> robot.lookup("#nav-settings").queryAs(ToggleButton.class).isSelected());
        waitFor(() -> shown(robot, "#page-membership-plans"));
    }

    private static EmptyState empty(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(EmptyState.class);
    }
}
