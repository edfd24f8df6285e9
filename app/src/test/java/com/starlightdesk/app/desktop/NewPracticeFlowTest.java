package com.starlightdesk.app.desktop;

import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.visible;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.schema.Release;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A practice set up from nothing, in a real window (headless Monocle) on a real encrypted store in an
 * empty data folder: the first-run screen creates the practice, the About dialog names the release, its admin
 * signs in again and finds the setup
 * checklist with nothing done, adds the first provider from its "Add a provider" step, saves the working
 * hours, sees both ticked back on the calendar, and books the first visit (its patient made from the
 * booking form's "New patient?"), which the calendar shows while the checklist stays with what is left.
 */
@ExtendWith(ApplicationExtension.class)
final class NewPracticeFlowTest {
    private static final String EMAIL = "asha@prajapati-peds.test";
    // Short (the policy's 10 characters and more) because the robot types them key by key.
    private static final String PASSWORD = "first-desk-1";

    @TempDir
    static Path dataDir;
    private static AppServices services;
    private DesktopWindow window;

    @BeforeAll
    static void emptyDataFolder() {
        services = TestStores.desk(dataDir);
    }

    @Start
    void start(Stage stage) {
        window = new DesktopWindow(services);
        window.show(stage);
    }

    @Test
    void createAPracticeSetItUpAndBookTheFirstVisit(FxRobot robot) throws Exception {
        assertTrue(services.dataDirectory().practices().isEmpty(), "a fresh data folder");
        createPractice(robot);
        aboutNamesTheRelease(robot);
        signInAgain(robot);
        waitFor(() -> visible(robot, "#setup-checklist") && text(robot, "#setup-progress").equals("0 of 5 done"));
        assertEquals("Set up Prajapati Pediatrics", text(robot, "#setup-title"));
        assertFalse(visible(robot, "#setup-link"));

        addTheFirstProvider(robot);
        saveTheWorkingHours(robot);
        robot.clickOn("#nav-calendar");
        waitFor(() -> text(robot, "#setup-progress").equals("2 of 5 done"));
        assertTrue(ticked(robot, "provider"));
        assertTrue(ticked(robot, "working-hours"));
        assertFalse(ticked(robot, "membership-plans"));
        assertFalse(ticked(robot, "users"));
        assertFalse(ticked(robot, "server"));
        emptyWeeksAreDrawn(robot);

        bookTheFirstVisit(robot);
        assertTrue(visible(robot, "#setup-checklist"), "the checklist stays while steps are left");
        assertEquals("2 of 5 done", text(robot, "#setup-progress"));

        robot.clickOn("#setup-hide");
        waitFor(() -> visible(robot, "#setup-link") && text(robot, "#setup-link").equals("Setup: 2 of 5"));
        assertFalse(visible(robot, "#setup-checklist"));
        robot.clickOn("#setup-link");
        waitFor(() -> visible(robot, "#setup-checklist"));
    }

    private static void createPractice(FxRobot robot) throws TimeoutException {
        waitFor(() -> visible(robot, "#practiceName"));
        robot.clickOn("#practiceName").write("Prajapati Pediatrics");
        robot.clickOn("#adminName").write("Asha Prajapati");
        robot.clickOn("#adminEmail").write(EMAIL);
        robot.clickOn("#password").write(PASSWORD);
        robot.clickOn("#confirmPassword").write(PASSWORD);
        robot.clickOn("#createButton");
        waitFor(() -> robot.lookup("#signed-in-user").tryQuery().isPresent());
    }

    /** The user menu's About dialog names the release this desk runs. */
    private static void aboutNamesTheRelease(FxRobot robot) throws TimeoutException {
        robot.clickOn("#user-menu");
        robot.clickOn("About Starlight Desk");
        waitFor(() -> robot.lookup("#about-dialog").tryQuery().isPresent());
        DialogPane about = robot.lookup("#about-dialog").queryAs(DialogPane.class);
        assertEquals("Starlight Desk " + Release.version(), about.getHeaderText());
        assertTrue(Release.version().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), Release.version());
        robot.clickOn(about.lookupButton(ButtonType.OK));
        waitFor(() -> robot.lookup("#about-dialog").tryQuery().isEmpty());
    }

    /** Switch user, then sign in to the new practice as its admin. */
    private static void signInAgain(FxRobot robot) throws TimeoutException {
        robot.clickOn("#switch-user-button");
        waitFor(() -> visible(robot, "#sign-in-email"));
        robot.clickOn("#sign-in-email").write(EMAIL);
        robot.clickOn("#sign-in-password").write(PASSWORD).type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#signed-in-user").tryQuery().isPresent());
        assertEquals("Asha Prajapati · Admin", text(robot, "#signed-in-user"));
    }

    /** The checklist's "Add a provider" opens Settings at Providers, where the first provider is added. */
    private static void addTheFirstProvider(FxRobot robot) throws TimeoutException {
        robot.clickOn("#setup-step-provider");
        waitFor(() -> visible(robot, "#page-providers"));
        assertTrue(robot.lookup("#settings-providers").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        robot.clickOn("#provider-name").write("Asha Prajapati, MD");
        robot.clickOn("#provider-specialty").write("Pediatrics");
        robot.clickOn("#provider-save");
        waitFor(() -> text(robot, "#provider-done").startsWith("Asha Prajapati, MD is added"));
    }

    private static void saveTheWorkingHours(FxRobot robot) throws TimeoutException {
        robot.clickOn("#settings-working-hours");
        waitFor(() -> visible(robot, "#page-working-hours"));
        robot.clickOn("#save-hours");
        waitFor(() -> text(robot, "#hours-message").startsWith("Saved"));
    }

    /** A week without visits, and the next one, show their days: nothing changes in the visits, yet the grid is drawn. */
    private void emptyWeeksAreDrawn(FxRobot robot) throws TimeoutException {
        LocalDate monday = LocalDate.now(window.session().zone()).with(DayOfWeek.MONDAY);
        waitFor(() -> dayHeader(robot, monday));
        robot.clickOn("#calendar-next");
        waitFor(() -> dayHeader(robot, monday.plusWeeks(1)));
        robot.clickOn("#calendar-today");
        waitFor(() -> dayHeader(robot, monday));
    }

    private static boolean dayHeader(FxRobot robot, LocalDate day) {
        String text = day.format(DateTimeFormatter.ofPattern("EEE M/d", Locale.US));
        return robot.lookup(".day-header").match((Label l) -> l.getText().equals(text)).tryQuery().isPresent();
    }

    /**
     * The new practice has no patients yet: the booking form's search finds no one and offers New patient?,
     * whose card makes the patient and chooses them for the visit.
     */
    private void bookTheFirstVisit(FxRobot robot) throws TimeoutException {
        robot.clickOn("#new-appointment");
        waitFor(() -> visible(robot, "#booking-panel"));
        waitFor(() -> robot.lookup("#booking-provider").<Provider>queryComboBox().getValue() != null);
        assertEquals("Asha Prajapati, MD", robot.lookup("#booking-provider").<Provider>queryComboBox().getValue().name());
        robot.clickOn("#booking-patient").write("Uma Kaur");
        waitFor(() -> visible(robot, "#picker-no-match") && text(robot, "#picker-no-match").equals("No patient matches 'Uma Kaur'."));
        robot.clickOn("#picker-new-patient");
        waitFor(() -> visible(robot, "#new-patient-layer") && robot.lookup("#new-patient-first-name").query().isFocused());
        robot.clickOn(robot.lookup("#new-patient-birth-date").queryAs(DatePicker.class).getEditor()).write("6/9/2021");
        robot.clickOn("#new-patient-guardian").write("Neha Kaur");
        robot.clickOn("#new-patient-save");
        waitFor(() -> !visible(robot, "#new-patient-layer"));
        waitFor(() -> text(robot, "#booking-chosen-patient").startsWith("Kaur, Uma · born 6/9/2021"));
        // On this week's Wednesday, whatever the time now: after closing, a new visit would open on the next working day.
        LocalDate wednesday = LocalDate.now(window.session().zone()).with(DayOfWeek.WEDNESDAY);
        robot.interact(() -> {
            robot.lookup("#booking-date").queryAs(DatePicker.class).setValue(wednesday);
            robot.lookup("#booking-start").<LocalTime>queryComboBox().setValue(LocalTime.of(10, 0));
            robot.lookup("#booking-end").<LocalTime>queryComboBox().setValue(LocalTime.of(10, 30));
        });
        robot.clickOn("#booking-save");
        waitFor(() -> visit(robot, "Kaur, Uma"));
        assertEquals(1, window.session().data().counts().get("appointments"));
    }

    private static boolean visit(FxRobot robot, String patient) {
        return robot.lookup(".visit").match((Node n) -> n.getAccessibleText() != null
                && n.getAccessibleText().startsWith(patient + ", ")).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** Whether the checklist's step {@code id} shows its tick. */
    private static boolean ticked(FxRobot robot, String id) {
        return robot.lookup("#setup-row-" + id).query().getPseudoClassStates().stream()
                .anyMatch(state -> state.getPseudoClassName().equals("done"));
    }
}
