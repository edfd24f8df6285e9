package com.starlightdesk.app.chart.demographics;

import static com.starlightdesk.app.testing.WindowSteps.listed;
import static com.starlightdesk.app.testing.WindowSteps.shown;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Patient;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ScrollPane;
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
 * The chart's Demographics and Household sections in a real window (headless Monocle) on the demo practice:
 * Emma Johnson's chart opens from the Ctrl+K search, her phone is edited in Demographics and saved, and the
 * header and the front page show it in the practice's form; in Household a new address (with that phone) is applied
 * to her brother Liam only, Emma's tick taken off.
 */
@ExtendWith(ApplicationExtension.class)
final class ChartDemographicsFlowTest {
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();
    private DesktopWindow window;

    @Start
    void start(Stage stage) {
        window = DESK.show(stage);
    }

    @Test
    void aPhoneEditedInDemographicsShowsInTheHeaderAndAnAddressGoesToASibling(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        openFromTheSearch(robot, "johnson emma", "Emma Johnson");
        assertEquals("Phone: (630) 555-0177", text(robot, "#chart-phone"));

        robot.clickOn("#chart-section-demographics");
        waitFor(() -> shown(robot, "#demographics-phone") && field(robot, "#demographics-phone").getText().equals("(630) 555-0177"));
        replace(robot, "#demographics-phone", "630.555.0231");
        scrollToEnd(robot, "#section-demographics");
        robot.clickOn("#demographics-save");
        waitFor(() -> text(robot, "#chart-phone").equals("Phone: (630) 555-0231"));
        assertEquals("(630) 555-0231", field(robot, "#demographics-phone").getText());
        assertEquals("Saved.", text(robot, "#demographics-done"));
        Patient emma = window.session().data().patientSearch().find("johnson emma", 1).get(0);
        assertEquals("(630) 555-0231", emma.phone());
        assertEquals(1, window.session().data().patientSearch().find("6305550231", 5).size(), "the search finds the new number");
        robot.clickOn("#chart-section-summary");
        waitFor(() -> shown(robot, "#summary-contact") && text(robot, "#summary-contact").contains("(630) 555-0231"));

        robot.clickOn("#chart-section-household");
        waitFor(() -> shown(robot, "#household-choose-1") && text(robot, "#household-choose-1").equals("Liam Johnson"));
        assertEquals("Emma Johnson", text(robot, "#household-choose-0"));
        assertEquals("(630) 555-0231", field(robot, "#household-phone").getText());
        robot.clickOn("#household-choose-0"); // Emma stays where she is; her brother moves
        replace(robot, "#household-line1", "9 Birch Ct");
        replace(robot, "#household-city", "Aurora");
        replace(robot, "#household-zip", "60505");
        scrollToEnd(robot, "#section-household");
        robot.clickOn("#household-apply");
        waitFor(() -> text(robot, "#household-done").equals("Saved for Liam."));
        Patient liam = window.session().data().patientSearch().find("johnson liam", 1).get(0);
        assertEquals(new Address("9 Birch Ct", null, "Aurora", "IL", "60505"), liam.address());
        assertEquals("(630) 555-0231", liam.phone(), "the household's phone, edited once, went with it");
        assertEquals("42 Oak Lane", window.session().data().patientSearch().find("johnson emma", 1).get(0).address().line1());
    }

    private static void openFromTheSearch(FxRobot robot, String typed, String name) throws TimeoutException {
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#patient-search").query().isFocused());
        robot.write(typed);
        waitFor(() -> listed(robot, "#patient-suggestions") == 1);
        robot.type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#patient-name").equals(name));
    }

    private static TextField field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class);
    }

    private static void replace(FxRobot robot, String query, String typed) {
        robot.clickOn(query).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(typed);
    }

    private static void scrollToEnd(FxRobot robot, String section) {
        ScrollPane page = robot.lookup(section + " .page-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> page.setVvalue(page.getVmax()));
    }
}
