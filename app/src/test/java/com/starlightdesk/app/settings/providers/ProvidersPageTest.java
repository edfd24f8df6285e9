package com.starlightdesk.app.settings.providers;

import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.visible;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.repo.ProviderRoster;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Settings, Providers, in a real window (headless Monocle): an admin of the demo practice adds a
 * provider, meets an unreadable colour and a taken e-mail at their fields, edits a provider and
 * deactivates one who still has visits to come, who then leaves the calendar's filter while their
 * visits stay, marked.
 */
@ExtendWith(ApplicationExtension.class)
final class ProvidersPageTest {
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();
    private DesktopWindow window;

    @Start
    void start(Stage stage) {
        window = DESK.show(stage);
    }

    @Test
    void addEditAndDeactivateProviders(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        waitFor(() -> robot.lookup(".provider-choice").queryAll().size() == 2);

        robot.clickOn("#nav-settings");
        robot.clickOn("#settings-providers");
        waitFor(() -> visible(robot, "#page-providers") && listed(robot) == 2);

        robot.clickOn("#provider-add");
        robot.clickOn("#provider-name").write("Asha Patel, MD");
        robot.clickOn("#provider-specialty").write("Pediatrics");
        robot.clickOn("#provider-email").write("Anjali.Prajapati@starlight-peds.test");
        replace(robot, "#provider-color", "#808080");
        robot.clickOn("#provider-save");
        waitFor(() -> text(robot, "#provider-color-error").startsWith("#808080 is too light for white text and too dark for dark text"));
        assertTrue(robot.lookup("#provider-color").query().getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("danger")));

        robot.clickOn("#provider-palette-green");
        assertEquals("#1B7F3B", robot.lookup("#provider-color").queryAs(TextField.class).getText());
        robot.clickOn("#provider-save");
        waitFor(() -> text(robot, "#provider-email-error").equals("Dr. Anjali Prajapati already has this e-mail; each provider needs their own"));
        assertFalse(visible(robot, "#provider-color-error"), "the colour is fine now");
        assertEquals(2, listed(robot), "nothing saved");

        replace(robot, "#provider-email", "asha.patel@starlight-peds.test");
        robot.clickOn("#provider-save");
        waitFor(() -> text(robot, "#provider-done").startsWith("Asha Patel, MD is added"));
        waitFor(() -> listed(robot) == 3);
        assertFalse(visible(robot, "#provider-email-error"));
        assertEquals("#1B7F3B", window.session().data().providers().byEmail("asha.patel@starlight-peds.test").orElseThrow().color());

        ProviderRoster.Entry anjali = window.session().data().providers().entries().stream()
                .filter(e -> e.provider().name().equals("Dr. Anjali Prajapati")).findFirst().orElseThrow();
        long toCome = anjali.futureVisits();
        assertTrue(toCome > 0, "the demo books visits ahead");
        robot.clickOn(robot.lookup("#providers-list .provider-name").match(n -> ((Label) n).getText().equals("Dr. Anjali Prajapati"))
                .queryAs(Label.class));
        waitFor(() -> text(robot, "#provider-form-title").equals("Edit Dr. Anjali Prajapati"));
        assertEquals("Dr. Anjali Prajapati still has " + toCome + " future visits; if deactivated, they stay on the calendar,"
                + " marked inactive.", text(robot, "#provider-future-visits"));
        replace(robot, "#provider-specialty", "General pediatrics");
        robot.clickOn("#provider-save");
        waitFor(() -> text(robot, "#provider-done").equals("Saved Dr. Anjali Prajapati."));

        assertEquals("Deactivate", text(robot, "#provider-deactivate"));
        robot.clickOn("#provider-deactivate");
        waitFor(() -> text(robot, "#provider-done").endsWith("Dr. Anjali Prajapati still has " + toCome
                + " future visits; they stay on the calendar, marked inactive."));
        assertEquals("Reactivate", text(robot, "#provider-deactivate"));
        waitFor(() -> robot.lookup("#providers-list .provider-state").tryQuery().map(n -> ((Label) n).getText().equals("Deactivated"))
                .orElse(false));
        Provider stored = window.session().data().office().provider(anjali.provider().id()).orElseThrow();
        assertFalse(stored.isActive());
        assertEquals("General pediatrics", stored.specialty());

        robot.clickOn("#nav-calendar");
        waitFor(() -> robot.lookup(".provider-choice").queryAll().stream().map(n -> ((Labeled) n).getText()).toList()
                .equals(List.of("Asha Patel, MD", "Sam Rivera, CPNP")));
        // Next week holds booked visits whatever day today is (on a weekend this week's are all past).
        String thisWeek = text(robot, "#calendar-title");
        robot.clickOn("#calendar-next");
        waitFor(() -> !text(robot, "#calendar-title").equals(thisWeek));
        waitFor(() -> robot.lookup(".visit.inactive-provider").tryQuery().isPresent());
        List<Text> booked = robot.lookup(".visit-patient").queryAllAs(Text.class).stream()
                .filter(t -> t.getParent().getStyleClass().stream().anyMatch(c -> c.equals("status-scheduled") || c.equals("status-confirmed")))
                .toList();
        assertFalse(booked.isEmpty());
        assertTrue(booked.stream().allMatch(t -> Color.WHITE.equals(t.getFill())), "white reads best on the demo's blue and rust");
    }

    private static int listed(FxRobot robot) {
        return robot.lookup("#providers-list").queryAs(ListView.class).getItems().size();
    }

    /** Selects the field's text and types {@code typed} over it. */
    private static void replace(FxRobot robot, String field, String typed) {
        robot.clickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(typed);
    }
}
