package com.starlightdesk.app.settings.chartaccess;

import static com.starlightdesk.app.testing.WindowSteps.shown;
import static com.starlightdesk.app.testing.WindowSteps.signIn;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.visible;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Settings, Chart access, in a real window (headless Monocle): a provider opens a chart and its Notes; the admin
 * then finds both openings at the top of the list, filters them by patient and by user, and is told a bad day at
 * its field; a staff member has no Settings, so no such page.
 */
@ExtendWith(ApplicationExtension.class)
final class ChartAccessPageTest {
    private static final String PROVIDER_EMAIL = "dana.lee@starlight-peds.test";
    private static final String PROVIDER_NAME = "Dr. Dana Lee (access)";
    private static final String PROVIDER_PASSWORD = "dana-own-password-1";
    private static final String STAFF_EMAIL = "sam.front@starlight-peds.test";
    private static final String STAFF_PASSWORD = "sam-own-password-1";

    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();
    private DesktopWindow window;

    @BeforeAll
    static void demoPracticeWithAProviderAndAStaffMember() throws Exception {
        PracticeStores stores = DESK.services().stores();
        try (Session admin = stores.signIn(stores.list().get(0).practiceId(), DemoStore.EMAIL, DemoStore.PASSWORD.toCharArray())) {
            admin.store().addUser(new User(Ids.next(), PROVIDER_EMAIL, PROVIDER_NAME, Role.PROVIDER, null, true),
                    PROVIDER_PASSWORD.toCharArray());
            admin.store().addUser(new User(Ids.next(), STAFF_EMAIL, "Sam Front", Role.STAFF, null, true),
                    STAFF_PASSWORD.toCharArray());
        }
    }

    @Start
    void start(Stage stage) {
        window = DESK.show(stage);
    }

    @Test
    void anAdminSeesAProvidersOpeningAndStaffHaveNoSuchPage(FxRobot robot) throws Exception {
        signIn(robot, PROVIDER_EMAIL, PROVIDER_PASSWORD);
        waitFor(() -> visible(robot, "#calendar-title"));
        assertFalse(visible(robot, "#nav-settings"), "a provider has no Settings");
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#patient-search").query().isFocused());
        robot.write("Aarav");
        waitFor(() -> WindowSteps.listed(robot, "#patient-suggestions") == 1);
        robot.type(KeyCode.ENTER);
        waitFor(() -> shown(robot, "#chart") && text(robot, "#patient-name").equals("Aarav Patel"));
        robot.clickOn("#chart-section-notes");
        waitFor(() -> shown(robot, "#section-notes"));
        waitFor(() -> window.session().data().audit().forPatient(
                window.session().data().patientSearch().find("Aarav Patel", 2).get(0).id(), 5).size() >= 2);

        robot.clickOn("#switch-user-button");
        signIn(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        waitFor(() -> visible(robot, "#calendar-title"));
        robot.clickOn("#nav-settings");
        waitFor(() -> visible(robot, "#settings-chart-access"));
        robot.clickOn("#settings-chart-access");
        waitFor(() -> shown(robot, "#chart-access-list") && rows(robot).size() >= 2);
        assertTrue(text(robot, "#chart-access-caption").contains("America/Chicago"), text(robot, "#chart-access-caption"));
        assertEquals(List.of(PROVIDER_NAME + " · Aarav Patel · Notes", PROVIDER_NAME + " · Aarav Patel · Chart (summary)"),
                rows(robot).subList(0, 2), "newest first: the Notes after the opening");

        robot.clickOn("#chart-access-patient").write("Aarav");
        waitFor(() -> WindowSteps.listed(robot, "#chart-access-patient-matches") == 1);
        robot.type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#chart-access-patient-chosen").equals("Aarav Patel"));
        waitFor(() -> !rows(robot).isEmpty() && rows(robot).stream().allMatch(r -> r.contains(" · Aarav Patel · ")));

        robot.clickOn("#chart-access-user");
        robot.clickOn(PROVIDER_NAME);
        waitFor(() -> rows(robot).equals(List.of(PROVIDER_NAME + " · Aarav Patel · Notes",
                PROVIDER_NAME + " · Aarav Patel · Chart (summary)")));

        robot.clickOn("#chart-access-from").write("13/40/2026");
        robot.clickOn("#chart-access-search");
        waitFor(() -> text(robot, "#chart-access-from-error").equals("Enter the day as M/D/YYYY"));

        robot.clickOn("#switch-user-button");
        signIn(robot, STAFF_EMAIL, STAFF_PASSWORD);
        waitFor(() -> visible(robot, "#calendar-title"));
        assertFalse(visible(robot, "#nav-settings"), "staff have no Settings");
        assertFalse(visible(robot, "#page-chart-access"), "nor its Chart access page");
    }

    /** The list's rows as "user · patient · opened", top first. */
    private static List<String> rows(FxRobot robot) {
        TableView<?> table = robot.lookup("#chart-access-list").queryAs(TableView.class);
        return table.getItems().stream().map(r -> (ChartAccessViewModel.Row) r)
                .map(r -> r.user() + " · " + r.patient() + " · " + r.opened()).toList();
    }
}
