package com.starlightdesk.app.patients;

import static com.starlightdesk.app.testing.WindowSteps.shown;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import com.starlightdesk.data.repo.PatientRow;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Patients list in a real window (headless Monocle) on the demo practice: the table has the keyboard
 * when the place opens; unticking Active leaves the seven prospects; the Age column sorts by age, the
 * youngest first; Up and Enter open the first one's chart, whose header names the child; back on the list,
 * a double-click opens another.
 */
@ExtendWith(ApplicationExtension.class)
final class PatientListFlowTest {
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();

    @Start
    void start(Stage stage) {
        DESK.show(stage);
    }

    @Test
    void prospectsSortedByAgeAndTheYoungestsChartOpensFromTheKeyboard(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        robot.clickOn("#nav-patients");
        waitFor(() -> shown(robot, "#patients-table") && !table(robot).getItems().isEmpty());
        int total = table(robot).getItems().size();
        assertEquals(total + " patients", text(robot, "#patients-count"));
        waitFor(() -> robot.lookup("#patients-table").query().isFocused());

        robot.clickOn("#patients-filter-active");
        waitFor(() -> text(robot, "#patients-count").equals("7 of " + total + " patients"));
        robot.clickOn("#patients-column-age");
        waitFor(() -> table(robot).getItems().get(0).displayName().equals("Walsh, Henry"));
        assertEquals("Park, Nora", table(robot).getItems().get(1).displayName(), "born two months before Henry");

        robot.clickOn(row(robot, 1));
        robot.type(KeyCode.UP);
        waitFor(() -> table(robot).getSelectionModel().getSelectedIndex() == 0);
        robot.type(KeyCode.ENTER);
        waitFor(() -> shown(robot, "#patient-name") && text(robot, "#patient-name").equals("Henry Walsh"));
        assertTrue(!shown(robot, "#patients-table"), "the chart takes the list's place");

        robot.clickOn("#chart-back");
        waitFor(() -> shown(robot, "#patients-table"));
        assertEquals("7 of " + total + " patients", text(robot, "#patients-count"), "the filters stay as they were");
        robot.doubleClickOn(row(robot, 1));
        waitFor(() -> shown(robot, "#patient-name") && text(robot, "#patient-name").equals("Nora Park"));
    }

    @SuppressWarnings("unchecked")
    private static TableView<PatientRow> table(FxRobot robot) {
        return robot.lookup("#patients-table").queryAs(TableView.class);
    }

    /** The table's line {@code index} as drawn. */
    private static Node row(FxRobot robot, int index) {
        return robot.lookup("#patients-table .table-row-cell").match(n -> ((javafx.scene.control.TableRow<?>) n).getIndex() == index)
                .query();
    }
}
