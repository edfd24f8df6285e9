package com.starlightdesk.app.chart.allergies;

import static com.starlightdesk.app.testing.WindowSteps.listed;
import static com.starlightdesk.app.testing.WindowSteps.shown;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import com.starlightdesk.data.domain.Medication;
import com.starlightdesk.data.domain.MedicationInactivation;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
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
 * Allergies and medications in a real window over the demo practice: add an allergy and see the header's
 * banner name it, record "no known allergies" for a child with none and see the banner say so, stop a
 * medication and find it in the history.
 */
@ExtendWith(ApplicationExtension.class)
final class AllergiesAndMedicationsFlowTest {
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();

    @Start
    void start(Stage stage) {
        DESK.show(stage);
    }

    @Test
    void addAnAllergyRecordNoneKnownAndStopAMedication(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);

        open(robot, "kabir", "Kabir Patel");
        assertEquals("Allergies not recorded", text(robot, "#chart-allergies"));
        robot.clickOn("#chart-section-allergies");
        waitFor(() -> shown(robot, "#section-allergies"));
        robot.clickOn("#allergy-add");
        waitFor(() -> robot.lookup("#allergy-substance").query().isFocused());
        robot.write("Amoxicillin");
        robot.clickOn("#allergy-reaction").write("hives");
        robot.clickOn("#allergy-severity-moderate");
        robot.type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#chart-allergies").equals("Allergies: Amoxicillin (moderate: hives)"));
        waitFor(() -> !shown(robot, "#allergy-form"));
        assertEquals("Amoxicillin is added to the allergies.", text(robot, "#allergy-done"));

        open(robot, "mateo", "Mateo Garcia");
        assertEquals("Allergies not recorded", text(robot, "#chart-allergies"));
        robot.clickOn("#chart-section-allergies");
        waitFor(() -> shown(robot, "#allergy-none-known") && !robot.lookup("#allergy-none-known").query().isDisabled());
        robot.clickOn("#allergy-none-known");
        waitFor(() -> text(robot, "#chart-allergies").equals("No known allergies"));
        assertTrue(text(robot, "#allergies-recorded").startsWith("No known allergies, recorded "));

        open(robot, "emma", "Emma Johnson");
        robot.clickOn("#chart-section-medications");
        waitFor(() -> shown(robot, "#section-medications"));
        TableView<Medication> active = robot.lookup("#medications-active").queryTableView();
        waitFor(() -> active.getItems().stream().anyMatch(m -> m.name().equals("Albuterol HFA 90 mcg")));
        robot.interact(() -> active.getSelectionModel().select(
                active.getItems().stream().filter(m -> m.name().equals("Albuterol HFA 90 mcg")).findFirst().orElseThrow()));
        robot.clickOn("#medication-stop");
        waitFor(() -> shown(robot, "#medication-form"));
        robot.clickOn("#medication-note").write("Symptom-free for a year");
        robot.type(KeyCode.ENTER);
        ListView<Medication> history = robot.lookup("#medications-history").queryListView();
        waitFor(() -> history.getItems().stream().anyMatch(m -> m.name().equals("Albuterol HFA 90 mcg")
                && m.inactivationReason() == MedicationInactivation.STOPPED));
        assertTrue(active.getItems().stream().noneMatch(m -> m.name().equals("Albuterol HFA 90 mcg")));
        waitFor(() -> robot.lookup("#medications-history .list-cell").queryAll().stream()
                .anyMatch(cell -> cell instanceof javafx.scene.control.Labeled l && l.getText() != null
                        && l.getText().startsWith("Albuterol HFA 90 mcg") && l.getText().endsWith("Stopped: Symptom-free for a year")));
    }

    private static void open(FxRobot robot, String typed, String name) throws TimeoutException {
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#patient-search").query().isFocused());
        robot.write(typed);
        waitFor(() -> listed(robot, "#patient-suggestions") == 1);
        robot.type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#patient-name").equals(name) && !text(robot, "#chart-allergies").isEmpty());
    }
}
