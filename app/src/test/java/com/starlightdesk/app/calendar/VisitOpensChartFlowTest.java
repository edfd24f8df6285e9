package com.starlightdesk.app.calendar;

import static com.starlightdesk.app.testing.WindowSteps.shown;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A visit on the calendar opens its patient's chart, in a real window (headless Monocle) on the demo
 * practice: the visit's form offers Open chart, which shows Patients with that child's chart.
 */
@ExtendWith(ApplicationExtension.class)
final class VisitOpensChartFlowTest {
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();

    @Start
    void start(Stage stage) {
        DESK.show(stage);
    }

    @Test
    void aVisitsFormOpensThePatientsChart(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        Node visit = robot.lookup(".visit").match(Node::isVisible).query();
        String name = ((VisitBlock) visit).visit().patientName(); // "Last, First"
        String[] parts = name.split(", ");
        robot.clickOn(visit);
        waitFor(() -> shown(robot, "#booking-open-chart"));
        robot.clickOn("#booking-open-chart");
        waitFor(() -> shown(robot, "#patient-name") && text(robot, "#patient-name").equals(parts[1] + " " + parts[0]));
        assertTrue(robot.lookup("#nav-patients").queryAs(ToggleButton.class).isSelected());
    }
}
