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
import com.starlightdesk.data.domain.DoseErrorReason;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.ImmunizationSource;
import java.time.LocalDate;
import java.util.concurrent.TimeoutException;
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
 * The Immunizations section in a real window over the demo practice: Maya, behind on her vaccines, gets a DTaP
 * today (picked by its code, shown valid, saved without a question) from the practice's last lot (filled in), then
 * two doses from her old clinic typed as keyboard-only rows (each vaccine picked from its list),
 * and one of them is marked entered in error and stays struck through.
 */
@ExtendWith(ApplicationExtension.class)
final class ImmunizationsFlowTest {
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();

    @Start
    void start(Stage stage) {
        DESK.show(stage);
    }

    @Test
    void recordADoseTodayTypeHistoricalRowsAndMarkOneEnteredInError(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        open(robot, "maya", "Maya Cohen");
        robot.clickOn("#chart-section-immunizations");
        waitFor(() -> shown(robot, "#section-immunizations"));
        robot.clickOn("#immunizations-show-doses");
        TableView<Immunization> doses = robot.lookup("#immunizations-doses").queryTableView();
        waitFor(() -> doses.getItems().size() >= 17);
        int before = doses.getItems().size();
        assertTrue(text(robot, "#immunizations-summary").endsWith("doses recorded"));

        robot.clickOn("#immunization-give");
        waitFor(() -> robot.lookup("#immunization-cvx").query().isFocused());
        robot.write("20");
        waitFor(() -> listed(robot, "#immunization-cvx-suggestions") >= 1);
        robot.type(KeyCode.ENTER); // picks 20 DTaP, the code typed
        waitFor(() -> !robot.lookup("#immunization-lot").queryTextInputControl().getText().isEmpty());
        assertEquals("20 DTaP", text(robot, "#immunization-vaccine-name"));
        waitFor(() -> text(robot, "#immunization-verdict").startsWith("Valid"));
        assertEquals("PMC", robot.lookup("#immunization-mvx").queryTextInputControl().getText(), "the last lot's manufacturer");
        robot.type(KeyCode.ENTER);
        waitFor(() -> doses.getItems().size() == before + 1);
        waitFor(() -> !shown(robot, "#immunization-form"));
        assertTrue(text(robot, "#immunization-done").startsWith("20 DTaP is recorded, lot "));
        Immunization today = doses.getItems().get(0);
        assertEquals("20", today.cvx());
        assertEquals(ImmunizationSource.GIVEN_HERE, today.source());

        robot.clickOn("#immunization-history");
        waitFor(() -> robot.lookup("#history-source").query().isFocused());
        robot.write("Lakeside Pediatrics (prior clinic)");
        robot.type(KeyCode.TAB).write("mmr");
        waitFor(() -> listed(robot, "#history-cvx-suggestions-0") >= 1);
        robot.type(KeyCode.ENTER); // picks MMR and moves on to the day
        waitFor(() -> robot.lookup("#history-date-0").query().isFocused());
        robot.write("7/2/2025").type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#history-cvx-1").tryQuery().isPresent() && robot.lookup("#history-cvx-1").query().isFocused());
        robot.write("21");
        waitFor(() -> listed(robot, "#history-cvx-suggestions-1") >= 1);
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#history-date-1").query().isFocused());
        robot.write("7/2/2025");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitFor(() -> doses.getItems().size() == before + 3);
        assertEquals("2 historical doses are recorded.", text(robot, "#immunization-done"));
        Immunization mmr = doses.getItems().stream().filter(d -> d.cvx().equals("03")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2025, 7, 2), mmr.givenOn());
        assertEquals("Lakeside Pediatrics (prior clinic)", mmr.sourceName());

        robot.interact(() -> doses.getSelectionModel().select(mmr));
        robot.clickOn("#immunization-entered-in-error");
        waitFor(() -> shown(robot, "#immunization-error-reason"));
        robot.clickOn("#immunization-error-duplicate");
        robot.clickOn("#immunization-save");
        waitFor(() -> doses.getItems().stream().anyMatch(d -> d.id().equals(mmr.id()) && d.isEnteredInError()));
        Immunization struck = doses.getItems().stream().filter(d -> d.id().equals(mmr.id())).findFirst().orElseThrow();
        assertEquals(DoseErrorReason.DUPLICATE, struck.errorReason());
        assertEquals(before + 3, doses.getItems().size(), "still on the chart");
        waitFor(() -> !robot.lookup("#immunizations-doses .table-row-cell.entered-in-error").queryAll().isEmpty());
        assertFalse(shown(robot, "#immunization-form"));
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
