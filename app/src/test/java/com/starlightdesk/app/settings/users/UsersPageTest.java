package com.starlightdesk.app.settings.users;

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
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
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
 * Settings, Users, in a real window (headless Monocle): an admin of the demo practice resets a staff
 * member's password, who then signs in with the temporary one and must choose their own before the
 * calendar shows.
 */
@ExtendWith(ApplicationExtension.class)
final class UsersPageTest {
    private static final String STAFF_EMAIL = "jess.front@starlight-peds.test";
    private static final String STAFF_NAME = "Jess Front Desk";

    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();
    private DesktopWindow window;

    @BeforeAll
    static void demoPracticeWithAStaffMember() throws Exception {
        PracticeStores stores = DESK.services().stores();
        try (Session admin = stores.signIn(stores.list().get(0).practiceId(), DemoStore.EMAIL, DemoStore.PASSWORD.toCharArray())) {
            admin.store().addUser(new User(Ids.next(), STAFF_EMAIL, STAFF_NAME, Role.STAFF, null, true),
                    "jess-own-password-1".toCharArray());
        }
    }

    @Start
    void start(Stage stage) {
        window = DESK.show(stage);
    }

    @Test
    void anAdminResetsAPasswordAndTheUserChoosesTheirOwnBeforeTheCalendarShows(FxRobot robot) throws Exception {
        signIn(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        waitFor(() -> visible(robot, "#calendar-title"));
        openSettingsPage(robot, "#settings-users", "#users-list");
        waitFor(() -> userCell(robot) != null);
        robot.clickOn(userCell(robot));
        waitFor(() -> text(robot, "#user-chosen").equals(STAFF_NAME));
        robot.clickOn("#user-temporary-password").write("short");
        robot.clickOn("#user-reset-password");
        waitFor(() -> text(robot, "#user-temporary-password-error").equals("Must be at least 10 characters"));
        robot.doubleClickOn("#user-temporary-password").eraseText(5).write("temporary-4821");
        robot.clickOn("#user-reset-password");
        waitFor(() -> text(robot, "#users-done").startsWith("The password of " + STAFF_NAME + " is reset on this PC"));

        robot.clickOn("#switch-user-button");
        signIn(robot, STAFF_EMAIL, "temporary-4821");
        waitFor(() -> visible(robot, "#own-password"));
        assertEquals("Choose your own password", text(robot, "#own-password-title"));
        assertFalse(robot.lookup("#calendar-title").tryQuery().isPresent(), "the shell waits for the user's own password");
        robot.clickOn("#own-password-current").write("temporary-4821");
        robot.clickOn("#own-password-new").write("jess-chosen-phrase");
        robot.clickOn("#own-password-confirm").write("jess-chosen-phrase").type(KeyCode.ENTER);
        waitFor(() -> visible(robot, "#calendar-title"));
        assertEquals(STAFF_NAME + " · Staff", text(robot, "#signed-in-user"));
        assertFalse(window.session().store().mustChangePassword());

        robot.clickOn("#switch-user-button");
        signIn(robot, STAFF_EMAIL, "jess-chosen-phrase");
        waitFor(() -> visible(robot, "#calendar-title"));
        assertTrue(robot.lookup("#own-password").tryQuery().map(n -> n.getScene() == null || !n.isVisible()).orElse(true));
    }

    private static void openSettingsPage(FxRobot robot, String pageButton, String shown) throws TimeoutException {
        robot.clickOn("#nav-settings");
        waitFor(() -> visible(robot, pageButton));
        robot.clickOn(pageButton);
        waitFor(() -> robot.lookup(shown).tryQuery().map(Node::isVisible).orElse(false));
    }

    private static Node userCell(FxRobot robot) {
        return robot.lookup("#users-list .list-cell")
                .match(n -> n instanceof ListCell<?> cell && cell.getText() != null && cell.getText().startsWith(STAFF_NAME))
                .tryQuery().orElse(null);
    }
}
