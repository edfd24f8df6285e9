package com.starlightdesk.app.desktop;

import static com.starlightdesk.app.testing.WindowSteps.isInside;
import static com.starlightdesk.app.testing.WindowSteps.listed;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.visible;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The front desk's morning, in a real window (headless Monocle): sign in to the demo practice and use
 * the calendar's keys at once, lock and unlock, find a patient, book a visit by clicking an empty
 * slot, double-book and see the warning and the visits' tooltip, move a visit by dragging, cancel a
 * visit.
 */
@ExtendWith(ApplicationExtension.class)
final class DesktopFlowTest {
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();
    private DesktopWindow window;

    @Start
    void start(Stage stage) {
        window = DESK.show(stage);
    }

    @Test
    void signInLockSearchBookMoveAndCancel(FxRobot robot) throws Exception {
        signIn(robot);
        calendarKeysRightAfterSignIn(robot);
        lockAndUnlock(robot);
        assertFocusOnCalendar(robot);
        findPatient(robot);
        bookMoveAndCancel(robot);
        keyboard(robot);
        openOnSaturdays(robot);
    }

    @Test
    void wrongPasswordSaysSo(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#sign-in-email").tryQuery().isPresent());
        robot.clickOn("#sign-in-email").write(DemoStore.EMAIL);
        robot.clickOn("#sign-in-password").write("not-the-password").type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#sign-in-failure").startsWith("Wrong password"));
    }

    private void signIn(FxRobot robot) throws TimeoutException {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        assertEquals("Demo Admin · Admin", text(robot, "#signed-in-user"));
        assertTrue(text(robot, "#sync-status").startsWith("Local only"));
    }

    /**
     * The calendar has the focus when the shell opens, not the patient search (whose prompt then shows):
     * its keys work at once and type nothing into the search.
     */
    private void calendarKeysRightAfterSignIn(FxRobot robot) throws TimeoutException {
        assertFocusOnCalendar(robot);
        String thisWeek = text(robot, "#calendar-title");
        robot.type(KeyCode.RIGHT);
        waitFor(() -> !text(robot, "#calendar-title").equals(thisWeek));
        robot.type(KeyCode.T);
        waitFor(() -> text(robot, "#calendar-title").equals(thisWeek));
        robot.type(KeyCode.N);
        waitFor(() -> visible(robot, "#booking-panel"));
        robot.clickOn("#booking-close");
        waitFor(() -> robot.lookup("#booking-panel").tryQuery().map(n -> n.getScene() == null || !n.isVisible()).orElse(true));
        assertEquals("", robot.lookup("#patient-search").queryAs(TextField.class).getText());
    }

    private static void assertFocusOnCalendar(FxRobot robot) throws TimeoutException {
        TextField search = robot.lookup("#patient-search").queryAs(TextField.class);
        Node calendar = robot.lookup(".calendar").query();
        waitFor(() -> isInside(search.getScene().getFocusOwner(), calendar));
        assertFalse(search.isFocused(), "the search field's prompt shows");
        assertTrue(search.getText().isEmpty());
    }

    private void lockAndUnlock(FxRobot robot) throws TimeoutException {
        robot.clickOn("#lock-button");
        Node overlay = robot.lookup("#lock-overlay").query();
        assertTrue(overlay.isVisible());
        Node main = overlay.getParent().getChildrenUnmodifiable().get(0);
        assertFalse(main.isVisible(), "every screen is hidden while locked");
        robot.clickOn("#unlock-password").write("wrong-password-1").type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#unlock-failure").equals("Wrong password"));
        assertTrue(overlay.isVisible());
        robot.clickOn("#unlock-password").write(DemoStore.PASSWORD).type(KeyCode.ENTER);
        waitFor(() -> !overlay.isVisible() && main.isVisible());
    }

    private void findPatient(FxRobot robot) throws TimeoutException {
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#patient-search").query().isFocused());
        robot.write("patel");
        waitFor(() -> listed(robot, "#patient-suggestions") == 3);
        robot.type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#patient-name").equals("Aarav Patel"));
        assertTrue(text(robot, "#chart-allergies").contains("Peanuts"), text(robot, "#chart-allergies"));
        robot.clickOn("#nav-calendar");
        waitFor(() -> robot.lookup(".visit").tryQuery().isPresent());
    }

    private void bookMoveAndCancel(FxRobot robot) throws TimeoutException {
        ZoneId zone = window.session().zone();
        String todayHeader = ZonedDateTime.now(zone).format(java.time.format.DateTimeFormatter.ofPattern("EEE M/d", java.util.Locale.US));

        // Book: click the empty 5 PM slot of today's column, choose a patient by type-ahead, save.
        robot.clickOn(slot(robot, todayHeader, "5 PM", 0.25));
        waitFor(() -> visible(robot, "#booking-panel"));
        robot.clickOn("#booking-patient").write("patel");
        waitFor(() -> listed(robot, "#booking-patient-matches") > 0);
        robot.type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#booking-chosen-patient").startsWith("Patel, Aarav"));
        robot.clickOn("#booking-save");
        waitFor(() -> block(robot, "Patel, Aarav", "5:00–5:30").isPresent());

        // Double-book the same provider at the same time: the form and then the calendar warn.
        robot.clickOn(slot(robot, todayHeader, "6 PM", 0.5));
        waitFor(() -> visible(robot, "#booking-panel"));
        robot.clickOn("#booking-patient").write("johnson");
        waitFor(() -> listed(robot, "#booking-patient-matches") > 0);
        robot.type(KeyCode.ENTER);
        robot.interact(() -> {
            robot.lookup("#booking-start").<LocalTime>queryComboBox().setValue(LocalTime.of(17, 0));
            robot.lookup("#booking-end").<LocalTime>queryComboBox().setValue(LocalTime.of(17, 30));
        });
        waitFor(() -> text(robot, "#booking-warning").startsWith("Double booking"));
        robot.clickOn("#booking-save");
        waitFor(() -> text(robot, "#calendar-warning").startsWith("Double booking"));
        waitFor(() -> block(robot, "Johnson, Emma", "5:00–5:30").isPresent());
        assertTrue(block(robot, "Johnson, Emma", "5:00–5:30").orElseThrow().getStyleClass().contains("double-booked"));

        // One tooltip for all visits: it names the hovered visit in full, and the next one when the mouse moves on.
        robot.moveTo(block(robot, "Johnson, Emma", "5:00–5:30").orElseThrow());
        waitFor(() -> visitTooltip().map(t -> t.getText().startsWith("Johnson, Emma, 5:00–5:30, ")
                && t.getText().endsWith(", double booked")).orElse(false));
        Tooltip shared = visitTooltip().orElseThrow();
        robot.moveTo(block(robot, "Patel, Aarav", "5:00–5:30").orElseThrow());
        waitFor(() -> visitTooltip().map(t -> t.getText().startsWith("Patel, Aarav, 5:00–5:30, ")).orElse(false));
        assertTrue(visitTooltip().orElseThrow() == shared, "the blocks share one tooltip");
        robot.moveTo("#calendar-title");

        // Move: drag the second visit down one hour.
        Node second = block(robot, "Johnson, Emma", "5:00–5:30").orElseThrow();
        double hour = centerY(robot, "6 PM") - centerY(robot, "5 PM");
        robot.drag(second, MouseButton.PRIMARY).moveBy(0, hour / 2).moveBy(0, hour / 2).release(MouseButton.PRIMARY);
        waitFor(() -> block(robot, "Johnson, Emma", "6:00–6:30").isPresent());
        Appointment moved = stored(second);
        assertEquals(LocalTime.of(18, 0), moved.startTime().atZone(zone).toLocalTime());
        assertEquals(LocalTime.of(18, 30), moved.endTime().atZone(zone).toLocalTime());

        // Cancel: open the first visit, set its status to cancelled, save.
        Node first = clickVisit(robot, "Patel, Aarav", "5:00–5:30");
        waitFor(() -> robot.lookup("#booking-status").query().isVisible()
                && text(robot, "#booking-chosen-patient").startsWith("Patel, Aarav"));
        robot.interact(() -> robot.lookup("#booking-status").<AppointmentStatus>queryComboBox().setValue(AppointmentStatus.CANCELLED));
        robot.clickOn("#booking-save");
        waitFor(() -> block(robot, "Patel, Aarav", "5:00–5:30").map(b -> b.getStyleClass().contains("status-cancelled")).orElse(false));
        assertEquals(AppointmentStatus.CANCELLED, stored(first).status());
    }

    private void keyboard(FxRobot robot) throws TimeoutException {
        robot.clickOn("#calendar-title");
        String thisWeek = text(robot, "#calendar-title");
        robot.type(KeyCode.RIGHT);
        waitFor(() -> !text(robot, "#calendar-title").equals(thisWeek));
        robot.type(KeyCode.PAGE_UP);
        waitFor(() -> text(robot, "#calendar-title").equals(thisWeek));
        robot.type(KeyCode.PAGE_UP);
        robot.type(KeyCode.T);
        waitFor(() -> text(robot, "#calendar-title").equals(thisWeek));
        robot.type(KeyCode.N);
        waitFor(() -> visible(robot, "#booking-panel"));
        robot.clickOn("#booking-close");
        robot.clickOn("#mode-month");
        waitFor(() -> robot.lookup(".month-visit").tryQuery().isPresent());
    }

    /** Settings → working hours: Saturday mornings open; the week then draws Saturday as an open day. */
    private void openOnSaturdays(FxRobot robot) throws TimeoutException {
        robot.clickOn("#mode-week");
        waitFor(() -> robot.lookup(".day-header").match(n -> ((Label) n).getText().startsWith("Sat")).tryQuery().isPresent());
        // Next week: its Saturday holds no visit whatever day today is (the flow above booked on today).
        String thisWeek = text(robot, "#calendar-title");
        robot.clickOn("#calendar-next");
        waitFor(() -> !text(robot, "#calendar-title").equals(thisWeek));
        waitFor(() -> saturdayHeader(robot).getStyleClass().contains("closed"));
        double closedWidth = saturdayHeader(robot).getWidth();
        robot.clickOn("#nav-settings");
        robot.clickOn("#settings-working-hours");
        waitFor(() -> robot.lookup("#hours-sat-open").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#hours-sat-open");
        robot.interact(() -> {
            robot.lookup("#hours-sat-opens").<LocalTime>queryComboBox().setValue(LocalTime.of(9, 0));
            robot.lookup("#hours-sat-closes").<LocalTime>queryComboBox().setValue(LocalTime.of(8, 0));
        });
        robot.clickOn("#save-hours");
        waitFor(() -> text(robot, "#hours-message").equals("Saturday: the practice must close after it opens"));
        robot.interact(() -> robot.lookup("#hours-sat-closes").<LocalTime>queryComboBox().setValue(LocalTime.of(12, 30)));
        robot.clickOn("#save-hours");
        waitFor(() -> text(robot, "#hours-message").startsWith("Saved"));
        robot.clickOn("#nav-calendar");
        waitFor(() -> !saturdayHeader(robot).getStyleClass().contains("closed"));
        Label saturday = saturdayHeader(robot);
        waitFor(() -> saturday.getWidth() > closedWidth * 1.5);
        assertTrue(window.session().data().office().practice().orElseThrow().workingHours().endsWith("sat 09:00-12:30"));
    }

    private static Label saturdayHeader(FxRobot robot) {
        return robot.lookup(".day-header").match(n -> ((Label) n).getText().startsWith("Sat")).queryAs(Label.class);
    }

    private Appointment stored(Node block) {
        java.util.UUID id = (java.util.UUID) block.getUserData();
        return window.session().data().appointments().findById(id).orElseThrow();
    }

    private static Point2D slot(FxRobot robot, String dayHeader, String hourLabel, double hourFraction) {
        Node header = robot.lookup(".day-header").match(n -> ((Label) n).getText().equals(dayHeader)).query();
        Bounds day = header.localToScreen(header.getBoundsInLocal());
        double top = centerY(robot, hourLabel);
        double hour = centerY(robot, "8 AM") - centerY(robot, "7 AM");
        return new Point2D(day.getCenterX(), top + hour * hourFraction);
    }

    private static double centerY(FxRobot robot, String hourLabel) {
        Node label = robot.lookup(".hour-label").match(n -> ((Label) n).getText().equals(hourLabel)).query();
        return label.localToScreen(label.getBoundsInLocal()).getCenterY();
    }

    /**
     * Clicks the block of a visit once the calendar shows it on screen, looked up just before the click:
     * a save redraws the week, and a block found before the redraw is no longer in the window.
     */
    private static Node clickVisit(FxRobot robot, String patient, String time) throws TimeoutException {
        waitFor(() -> block(robot, patient, time).map(n -> n.getScene() != null && n.isVisible() && !n.isDisabled()).orElse(false));
        Node shown = block(robot, patient, time).orElseThrow();
        robot.clickOn(shown);
        return shown;
    }

    /**
     * The block of a visit, by what it says in full (its accessible text: name, time range, status):
     * the text it draws may be shortened to fit.
     */
    private static Optional<Node> block(FxRobot robot, String patient, String time) {
        return robot.lookup(".visit").match(n -> n.getAccessibleText() != null
                && n.getAccessibleText().startsWith(patient + ", " + time)).tryQuery();
    }

    /** The visits' tooltip while it is showing. */
    private static Optional<Tooltip> visitTooltip() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Tooltip t && t.isShowing() && t.getStyleClass().contains("visit-tooltip"))
                .map(Tooltip.class::cast).findFirst();
    }
}
