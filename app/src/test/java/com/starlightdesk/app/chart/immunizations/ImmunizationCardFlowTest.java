package com.starlightdesk.app.chart.immunizations;

import static com.starlightdesk.app.testing.WindowSteps.listed;
import static com.starlightdesk.app.testing.WindowSteps.shown;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Immunizations card in a real window over the demo practice: Maya, whose vaccines stopped at six months, opens
 * on the card with her overdue groups first and the count in the header; an MMR from her old clinic typed as a
 * history row, given before her first birthday, lands on the card marked as not counting, with the specification's
 * reason when pointed at and when reached with Tab; the Doses view still holds the table.
 */
@ExtendWith(ApplicationExtension.class)
final class ImmunizationCardFlowTest {
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();

    @Start
    void start(Stage stage) {
        DESK.show(stage);
    }

    @Test
    void theCardShowsWhatIsOverdueAndWhyADoseDoesNotCountOnHoverAndOnFocus(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#patient-search").query().isFocused());
        robot.write("maya");
        waitFor(() -> listed(robot, "#patient-suggestions") == 1);
        robot.type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#patient-name").equals("Maya Cohen"));
        robot.clickOn("#chart-section-immunizations");

        waitFor(() -> shown(robot, "#immunization-forecast") && !text(robot, "#immunizations-headline").isEmpty());
        assertTrue(text(robot, "#immunizations-headline").matches("\\d+ overdue( · \\d+ due)?"), text(robot, "#immunizations-headline"));
        assertFalse(shown(robot, "#immunizations-doses"), "the card is the section's first view");
        List<Node> standings = List.copyOf(robot.lookup("#immunization-forecast .standing").queryAll());
        assertTrue(standings.get(0).getStyleClass().contains("standing-overdue"), "overdue groups first");
        assertTrue(((javafx.scene.control.Label) standings.get(0)).getText().startsWith("⚠ Overdue"), "a mark and a word, not colour alone");
        assertTrue(robot.lookup("#immunization-record-card .card-dose.valid").queryAll().size() >= 10, "her doses to six months count");
        assertFalse(robot.lookup("#card-dose-mmr-1").tryQuery().isPresent(), "no MMR yet");

        robot.clickOn("#immunization-history");
        waitFor(() -> robot.lookup("#history-source").query().isFocused());
        robot.write("Lakeside Pediatrics (prior clinic)");
        robot.type(KeyCode.TAB).write("mmr");
        waitFor(() -> listed(robot, "#history-cvx-suggestions-0") >= 1);
        robot.type(KeyCode.ENTER); // picks MMR and moves on to the day
        waitFor(() -> robot.lookup("#history-date-0").query().isFocused());
        robot.write("3/3/2025");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#card-dose-mmr-1").tryQuery().isPresent() || shown(robot, "#immunization-save-anyway"));
        if (shown(robot, "#immunization-save-anyway")) {
            robot.clickOn("#immunization-save-anyway");
        }
        waitFor(() -> robot.lookup("#card-dose-mmr-1").tryQuery().isPresent());
        Node mmr = robot.lookup("#card-dose-mmr-1").query();
        assertTrue(mmr.getStyleClass().contains("not-valid"));
        assertTrue(robot.lookup("#card-dose-mmr-1 .dose-line").queryLabeled().getText().startsWith("✗ Not Valid"));
        String reason = mmr.getAccessibleText();
        assertTrue(reason.startsWith("MMR dose 1, Mar 3, 2025, 03 MMR: Not Valid. ") && reason.contains("Too young"), reason);

        robot.interact(() -> robot.lookup("#immunization-record-card .card-dose").query().requestFocus());
        for (int i = 0; i < 60 && !mmr.isFocused(); i++) {
            robot.type(KeyCode.TAB);
        }
        assertTrue(mmr.isFocused(), "Tab reaches each dose on the card");
        waitFor(() -> tooltipShowing().filter(reason::equals).isPresent());
        assertEquals(reason, text(robot, "#immunization-dose-detail"), "the detail line says it in full");

        robot.interact(() -> robot.lookup("#immunization-give").query().requestFocus());
        waitFor(() -> tooltipShowing().isEmpty());
        robot.moveTo(mmr);
        waitFor(() -> tooltipShowing().filter(reason::equals).isPresent());
        assertEquals(reason, text(robot, "#immunization-dose-detail"));

        robot.interact(() -> ((ScrollPane) robot.lookup("#section-immunizations .section-scroll").query()).setVvalue(0));
        robot.clickOn("#immunizations-show-doses");
        waitFor(() -> shown(robot, "#immunizations-doses"));
        assertFalse(shown(robot, "#immunization-forecast"));
        robot.clickOn("#immunizations-show-doses");
        assertTrue(shown(robot, "#immunizations-doses"), "a second click keeps the view chosen");
    }

    /** The text of the tooltip showing, if one is. */
    private static Optional<String> tooltipShowing() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> ((Tooltip) w).getText()).findFirst()).get();
    }
}
