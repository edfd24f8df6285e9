package com.starlightdesk.app.settings.plans;

import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.visible;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.BackgroundTaskExecutor;
import com.starlightdesk.app.desktop.AppServices;
import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.parts.EmptyState;
import com.starlightdesk.app.preferences.PreferencesFile;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.store.DataDirectory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
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
 * Settings, Membership plans, in a real window (headless Monocle): a new practice's admin meets the
 * empty state, adds the first plan after a negative fee is named at its field, and edits the fee.
 */
@ExtendWith(ApplicationExtension.class)
final class MembershipPlansPageTest {
    @TempDir
    static Path dataDir;
    private static AppServices services;
    private DesktopWindow window;

    @BeforeAll
    static void newPractice() throws Exception {
        DataDirectory directory = new DataDirectory(dataDir);
        PracticeStores stores = new PracticeStores(directory, new PreferencesFile(directory.root()), Clock.systemUTC());
        stores.create("Lakeside Kids Clinic", "America/Chicago", "Rita Moreno", TestStores.EMAIL, TestStores.PASSWORD.toCharArray())
                .close();
        services = new AppServices(directory, stores, new BackgroundTaskExecutor(2, Platform::runLater), Clock.systemUTC());
    }

    @Start
    void start(Stage stage) {
        window = new DesktopWindow(services);
        window.show(stage);
    }

    @Test
    void addTheFirstPlanAfterABadFeeThenEditIt(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#sign-in-email").tryQuery().isPresent());
        robot.clickOn("#sign-in-email").write(TestStores.EMAIL);
        robot.clickOn("#sign-in-password").write(TestStores.PASSWORD).type(KeyCode.ENTER);
        waitFor(() -> visible(robot, "#nav-settings"));
        robot.clickOn("#nav-settings");
        waitFor(() -> visible(robot, "#settings-membership-plans"));
        robot.clickOn("#settings-membership-plans");
        waitFor(() -> visible(robot, "#page-membership-plans") && visible(robot, "#plans-empty"));
        EmptyState empty = robot.lookup("#plans-empty").queryAs(EmptyState.class);
        assertEquals("No membership plans yet. Add your first plan — e.g. Infant 0–1 years, $99/month.",
                empty.getTitle() + " " + empty.getText());

        robot.clickOn("#plan-add-first");
        waitFor(() -> visible(robot, "#plan-name"));
        robot.clickOn("#plan-name").write("Infant");
        robot.clickOn("#plan-age-min").write("0");
        robot.clickOn("#plan-age-max").write("1");
        robot.clickOn("#plan-fee").write("-5");
        robot.clickOn("#plan-save");
        waitFor(() -> visible(robot, "#plan-fee-error"));
        assertEquals("Must not be negative", text(robot, "#plan-fee-error"));
        assertTrue(robot.lookup("#plan-fee").query().getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("danger")));
        assertEquals(0, listed(robot), "nothing saved");

        replace(robot, "#plan-fee", "$99");
        robot.clickOn("#plan-save");
        waitFor(() -> listed(robot) == 1 && text(robot, "#plan-done").equals("Saved Infant: 0–1 years, $99.00/month."));
        waitFor(() -> !visible(robot, "#plan-fee-error") && !visible(robot, "#plans-empty"));

        replace(robot, "#plan-fee", "1,234.5");
        robot.clickOn("#plan-save");
        waitFor(() -> text(robot, "#plan-done").equals("Saved Infant: 0–1 years, $1,234.50/month."));
        assertEquals(1, listed(robot), "edited, not added");
        MembershipPlan stored = window.session().data().billing().plans().get(0);
        assertEquals(new BigDecimal("1234.50"), stored.monthlyFee());
        waitFor(() -> robot.lookup("#plans-list .plan-details").tryQuery()
                .map(n -> ((Label) n).getText().equals("0–1 years, $1,234.50/month")).orElse(false));
    }

    private static int listed(FxRobot robot) {
        return robot.lookup("#plans-list").queryAs(ListView.class).getItems().size();
    }

    private static void replace(FxRobot robot, String field, String text) throws TimeoutException {
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        waitFor(() -> ((TextField) robot.lookup(field).query()).getText().isEmpty());
        robot.write(text);
    }
}
