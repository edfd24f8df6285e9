package com.starlightdesk.app.chart.immunizations;

import static com.starlightdesk.app.testing.WindowSteps.listed;
import static com.starlightdesk.app.testing.WindowSteps.shown;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.parts.InView;
import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.ImmunizationObservation;
import com.starlightdesk.data.domain.ObservationKind;
import com.starlightdesk.data.domain.VaccineRoute;
import java.time.LocalDate;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Dose entry in a real window over the demo practice: a rotavirus dose for Maya, two and a half, her
 * rotavirus series long done, is picked from the list by its name, shown at once as not counting, and on Save the warning
 * gives the schedule's reason and asks; Go back keeps the form, Save anyway records it. Then the family's refusal of
 * MMR is added from the keyboard.
 */
@ExtendWith(ApplicationExtension.class)
final class DoseEntryFlowTest {
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();

    @Start
    void start(Stage stage) {
        DESK.show(stage);
    }

    @Test
    void aDoseThatWouldNotCountIsAskedAboutAndARefusalIsAdded(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        open(robot, "maya", "Maya Cohen");
        robot.clickOn("#chart-section-immunizations");
        waitFor(() -> shown(robot, "#section-immunizations"));
        robot.clickOn("#immunizations-show-doses");
        TableView<Immunization> doses = robot.lookup("#immunizations-doses").queryTableView();
        waitFor(() -> !doses.getItems().isEmpty());
        int before = doses.getItems().size();

        robot.clickOn("#immunization-give");
        waitFor(() -> robot.lookup("#immunization-cvx").query().isFocused());
        robot.write("rotavirus penta");
        waitFor(() -> listed(robot, "#immunization-cvx-suggestions") >= 1);
        robot.type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#immunization-vaccine-name").startsWith("116 "));
        assertTrue(shown(robot, "#immunization-form"), "Enter picked the vaccine; it did not save");
        waitFor(() -> text(robot, "#immunization-verdict").startsWith("Would not count: ")
                && robot.lookup("#immunization-verdict").query().getStyleClass().contains("not-valid"));
        robot.interact(() -> {
            robot.lookup("#immunization-lot").queryAs(TextField.class).setText("RV4402");
            robot.lookup("#immunization-mvx").queryAs(TextField.class).setText("MSD");
            robot.lookup("#immunization-expires-on").queryAs(DatePicker.class).setValue(LocalDate.now().plusMonths(6));
            @SuppressWarnings("unchecked")
            ComboBox<VaccineRoute> route = robot.lookup("#immunization-route").queryAs(ComboBox.class);
            route.setValue(VaccineRoute.ORAL);
            robot.lookup("#immunization-dose-ml").queryAs(TextField.class).setText("2");
        });

        robot.clickOn("#immunization-save");
        waitFor(() -> shown(robot, "#immunization-warning"));
        VBox reasons = robot.lookup("#immunization-warning-reasons").queryAs(VBox.class);
        java.util.List<String> lines = reasons.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        assertTrue(lines.stream().anyMatch(t -> t.startsWith("• Rotavirus: Extraneous")), "the schedule's reason: " + lines);
        assertTrue(robot.lookup("#immunization-go-back").query().isFocused(), "the safe answer has the focus");
        assertFalse(shown(robot, "#immunization-save"));
        robot.type(KeyCode.ENTER); // Go back
        waitFor(() -> !shown(robot, "#immunization-warning"));
        assertTrue(shown(robot, "#immunization-form"));
        assertEquals(before, doses.getItems().size(), "nothing saved");
        assertEquals("RV4402", robot.lookup("#immunization-lot").queryAs(TextField.class).getText(), "the form as it was");

        robot.clickOn("#immunization-save");
        waitFor(() -> shown(robot, "#immunization-warning"));
        robot.clickOn("#immunization-save-anyway");
        waitFor(() -> doses.getItems().size() == before + 1);
        waitFor(() -> !shown(robot, "#immunization-form"));
        assertEquals("116", doses.getItems().get(0).cvx());
        assertTrue(text(robot, "#immunization-done").startsWith("116 rotavirus, pentavalent is recorded"));

        ListView<ImmunizationObservation> observations = robot.lookup("#immunization-observations").queryListView();
        int observed = observations.getItems().size();
        robot.interact(() -> InView.bring(robot.lookup("#observation-add-refusal").query())); // under the list: scrolled to, as by hand
        robot.clickOn("#observation-add-refusal");
        waitFor(() -> robot.lookup("#observation-vaccine-group").query().isFocused());
        robot.clickOn("#observation-save");
        waitFor(() -> text(robot, "#observation-vaccine-group-error").equals("Choose the vaccine group the family refuses"));
        @SuppressWarnings("unchecked")
        ComboBox<String> groups = robot.lookup("#observation-vaccine-group").queryAs(ComboBox.class);
        robot.interact(() -> groups.getSelectionModel().select("MMR")); // one of the schedule's 26 groups, far down its list
        robot.clickOn("#observation-note").write("Family will decide at the 3-year visit").type(KeyCode.ENTER);
        waitFor(() -> observations.getItems().size() == observed + 1);
        assertEquals("Refusal of MMR is recorded.", text(robot, "#observation-done"));
        assertFalse(shown(robot, "#observation-form"));
        assertTrue(observations.getItems().stream().anyMatch(o -> o.kind() == ObservationKind.REFUSAL && "MMR".equals(o.vaccineGroup())
                && "Family will decide at the 3-year visit".equals(o.note())));
    }

    private static void open(FxRobot robot, String typed, String name) throws TimeoutException {
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#patient-search").query().isFocused());
        robot.write(typed);
        waitFor(() -> listed(robot, "#patient-suggestions") == 1);
        robot.type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#patient-name").equals(name));
    }
}
