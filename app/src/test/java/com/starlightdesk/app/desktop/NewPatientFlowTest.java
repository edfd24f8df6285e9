package com.starlightdesk.app.desktop;

import static com.starlightdesk.app.testing.WindowSteps.shown;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.visible;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import com.starlightdesk.data.domain.Patient;
import java.time.LocalDate;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.DatePicker;
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
 * A family new to the practice, in a real window (headless Monocle) on the demo practice: the booking
 * form's search finds no "Uma K" and offers New patient, whose card opens filled from what was typed,
 * refuses a missing birth date at its field, and once saved leaves the patient chosen for the visit;
 * from the top bar's search (Enter for "New patient?"), the new patient's summary opens instead.
 */
@ExtendWith(ApplicationExtension.class)
final class NewPatientFlowTest {
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();
    private DesktopWindow window;

    @Start
    void start(Stage stage) {
        window = DESK.show(stage);
    }

    @Test
    void aPatientNewToThePracticeIsMadeFromTheSearchThatFoundNoOne(FxRobot robot) throws Exception {
        signIn(robot);
        fromTheBookingForm(robot);
        fromTheTopBar(robot);
    }

    private void fromTheBookingForm(FxRobot robot) throws TimeoutException {
        robot.clickOn("#calendar-title").type(KeyCode.N);
        waitFor(() -> visible(robot, "#booking-panel"));
        robot.clickOn("#booking-patient").write("Uma K");
        waitFor(() -> visible(robot, "#picker-no-match") && text(robot, "#picker-no-match").equals("No patient matches 'Uma K'."));
        robot.clickOn("#picker-new-patient");
        waitFor(() -> cardShowing(robot) && robot.lookup("#new-patient-first-name").query().isFocused());
        assertEquals("Uma", field(robot, "#new-patient-first-name").getText());
        assertEquals("K", field(robot, "#new-patient-last-name").getText());

        robot.clickOn("#new-patient-save");
        waitFor(() -> text(robot, "#new-patient-birth-date-error").equals("Enter the date of birth (M/D/YYYY)"));
        robot.clickOn(birthDateEditor(robot)).write("4/2/2021");
        robot.clickOn("#new-patient-guardian").write("Devi K");
        robot.clickOn("#new-patient-save");
        waitFor(() -> !cardShowing(robot));
        waitFor(() -> text(robot, "#booking-chosen-patient").startsWith("K, Uma · born 4/2/2021"));
        assertEquals("", field(robot, "#booking-patient").getText(), "the search empties once the patient is chosen");
        Patient stored = window.session().data().patientSearch().find("Uma K", 8).get(0);
        assertEquals(LocalDate.of(2021, 4, 2), stored.dateOfBirth());
        assertEquals("Devi K", stored.parentGuardian());
        robot.clickOn("#booking-close");
    }

    private void fromTheTopBar(FxRobot robot) throws TimeoutException {
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#patient-search").query().isFocused());
        robot.write("Noor Haddad 3/15/2022");
        waitFor(() -> shown(robot, "#picker-new-patient"));
        robot.type(KeyCode.ENTER); // the keyboard's way to "New patient?"
        waitFor(() -> cardShowing(robot));
        assertEquals("Noor", field(robot, "#new-patient-first-name").getText());
        assertEquals("Haddad", field(robot, "#new-patient-last-name").getText());
        assertEquals(LocalDate.of(2022, 3, 15), robot.lookup("#new-patient-birth-date").queryAs(DatePicker.class).getValue());
        robot.clickOn("#new-patient-phone").write("555-01");
        robot.clickOn("#new-patient-save");
        waitFor(() -> text(robot, "#new-patient-phone-error").startsWith("Is not a phone number"));
        robot.clickOn("#new-patient-phone").write("99");
        robot.clickOn("#new-patient-save");
        waitFor(() -> !cardShowing(robot) && text(robot, "#patient-name").equals("Noor Haddad"));
        assertTrue(robot.lookup("#nav-patients").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
    }

    private static void signIn(FxRobot robot) throws TimeoutException {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
    }

    /** Whether the New patient card shows over the workspace. */
    private static boolean cardShowing(FxRobot robot) {
        return shown(robot, "#new-patient-first-name");
    }

    private static TextField field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class);
    }

    private static TextField birthDateEditor(FxRobot robot) {
        return robot.lookup("#new-patient-birth-date").queryAs(DatePicker.class).getEditor();
    }
}

