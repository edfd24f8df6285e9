package com.starlightdesk.app.settings.practice;

import static com.starlightdesk.app.testing.WindowSteps.signInToVisits;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.visible;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.Practice;
import java.time.LocalTime;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Settings, Practice, in a real window (headless Monocle): an admin of the demo practice meets a bad NPI at
 * its field, and a new time zone is saved only after the card has said what moves and the admin confirmed;
 * then the Visit types page saves a new default length, which the booking form takes for a new visit of that type.
 */
@ExtendWith(ApplicationExtension.class)
final class PracticePageTest {
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();
    private DesktopWindow window;

    @Start
    void start(Stage stage) {
        window = DESK.show(stage);
    }

    @Test
    void aBadNpiIsNamedAtItsFieldAndANewTimeZoneWaitsForTheCard(FxRobot robot) throws Exception {
        signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);

        robot.clickOn("#nav-settings");
        robot.clickOn("#settings-practice");
        waitFor(() -> visible(robot, "#page-practice") && visible(robot, "#practice-name"));
        assertEquals("Starlight Pediatrics (demo)", text(robot, "#practice-letterhead-title"));
        replace(robot, "#practice-legal-name", "Starlight Pediatrics, P.C.");
        waitFor(() -> text(robot, "#practice-letterhead-title").equals("Starlight Pediatrics, P.C."));
        scrollToEnd(robot);

        replace(robot, "#practice-npi", "1234567890");
        robot.clickOn("#practice-save");
        waitFor(() -> text(robot, "#practice-npi-error").equals("NPI 1234567890 fails its check digit"));
        assertTrue(robot.lookup("#practice-npi").query().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("danger")));
        assertNull(stored().npi(), "nothing saved");

        replace(robot, "#practice-npi", "1234567893");
        chooseZone(robot, "America/Los_Angeles");
        robot.clickOn("#practice-save");
        waitFor(() -> cardShown(robot));
        assertFalse(visible(robot, "#practice-npi-error"));
        assertEquals("Change the time zone from America/Chicago to America/Los_Angeles?", text(robot, "#zone-change-title"));
        String said = text(robot, "#zone-change-text");
        assertTrue(said.contains("Visits keep their moment in time") && said.contains("Working hours keep their clock times"), said);
        assertEquals("America/Chicago", stored().timeZone(), "nothing saved while the card asks");
        assertNull(stored().npi());

        robot.clickOn("#zone-change-keep");
        waitFor(() -> !cardShown(robot));
        assertEquals("America/Chicago", robot.lookup("#practice-time-zone").queryAs(ComboBox.class).getValue());
        assertEquals("America/Chicago", stored().timeZone());

        chooseZone(robot, "America/Los_Angeles");
        robot.clickOn("#practice-save");
        waitFor(() -> cardShown(robot));
        robot.clickOn("#zone-change-confirm");
        waitFor(() -> text(robot, "#practice-done").startsWith("Saved. The practice's time zone is now America/Los_Angeles"));
        assertFalse(cardShown(robot));
        Practice saved = stored();
        assertEquals("America/Los_Angeles", saved.timeZone());
        assertEquals("1234567893", saved.npi());
        assertEquals("Starlight Pediatrics, P.C.", saved.legalName());

        robot.clickOn("#settings-visit-types");
        waitFor(() -> visible(robot, "#page-visit-types") && visible(robot, "#visit-type-checkup-minutes"));
        replace(robot, "#visit-type-wellness-minutes", "50");
        robot.clickOn("#visit-types-save");
        waitFor(() -> text(robot, "#visit-types-done").startsWith("Saved."));
        assertEquals(50, stored().visitTypeDefaults().of(AppointmentType.WELLNESS).minutes());

        // The booking form: a new visit takes the chosen type's length; the calendar's visits carry their type's mark.
        robot.clickOn("#nav-calendar");
        waitFor(() -> robot.lookup(".visit .visit-type-mark").tryQuery().isPresent());
        robot.type(KeyCode.N);
        waitFor(() -> visible(robot, "#booking-type"));
        ComboBox<?> start = robot.lookup("#booking-start").queryAs(ComboBox.class);
        ComboBox<?> end = robot.lookup("#booking-end").queryAs(ComboBox.class);
        LocalTime from = (LocalTime) start.getValue();
        assertEquals(from.plusMinutes(30), end.getValue(), "a checkup's 30 minutes");
        robot.clickOn("#booking-type");
        waitFor(() -> robot.lookup(".list-cell").match(n -> "Wellness".equals(((ListCell<?>) n).getText())).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".list-cell").match(n -> "Wellness".equals(((ListCell<?>) n).getText())).queryAs(ListCell.class));
        waitFor(() -> from.plusMinutes(50).equals(end.getValue()));
        assertTrue(robot.lookup("#booking-type .visit-type-swatch").tryQuery().isPresent(), "the chosen type shows its colour");
    }

    /** Whether the time-zone card shows over the page (its layer hides it, not the card itself). */
    private static boolean cardShown(FxRobot robot) {
        return visible(robot, "#practice-cards") && visible(robot, "#zone-change-card");
    }

    private Practice stored() {
        return window.session().data().office().practice().orElseThrow();
    }

    private static void scrollToEnd(FxRobot robot) {
        ScrollPane page = robot.lookup("#page-practice .page-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> page.setVvalue(page.getVmax()));
    }

    private static void chooseZone(FxRobot robot, String zone) throws Exception {
        robot.clickOn("#practice-time-zone");
        waitFor(() -> robot.lookup(".list-cell").match(n -> zone.equals(((ListCell<?>) n).getText())).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".list-cell").match(n -> zone.equals(((ListCell<?>) n).getText())).queryAs(ListCell.class));
        waitFor(() -> zone.equals(robot.lookup("#practice-time-zone").queryAs(ComboBox.class).getValue()));
    }

    /** Selects the field's text and types {@code typed} over it. */
    private static void replace(FxRobot robot, String field, String typed) {
        robot.clickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(typed);
    }
}
