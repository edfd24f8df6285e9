package com.starlightdesk.app.contacts;

import static com.starlightdesk.app.testing.WindowSteps.replace;
import static com.starlightdesk.app.testing.WindowSteps.shown;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import com.starlightdesk.data.domain.Contact;
import com.starlightdesk.data.repo.PracticeData;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Contacts in a real window over the demo practice: searched by organization and by phone, a referring doctor added
 * after a bad e-mail and a bad phone are named at their fields, edited, and deleted after the desk confirms.
 */
@ExtendWith(ApplicationExtension.class)
final class ContactsFlowTest {
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();

    private DesktopWindow window;

    @Start
    void start(Stage stage) {
        window = DESK.show(stage);
    }

    @Test
    void searchAddEditAndDeleteAContact(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        PracticeData data = window.session().data();
        int all = data.contacts().all().size();

        robot.clickOn("#nav-contacts");
        ListView<Contact> list = robot.lookup("#contacts-list").queryListView();
        waitFor(() -> list.getItems().size() == all && robot.lookup("#contacts-search").query().isFocused());
        robot.write("ent assoc");
        waitFor(() -> list.getItems().size() == 1 && list.getItems().get(0).name().equals("Dr. Marcus Ode"));
        replace(robot, "#contacts-search", "555-0303");
        waitFor(() -> list.getItems().size() == 1 && list.getItems().get(0).organization().equals("Midwest Medical Supply"));

        robot.clickOn("#contact-add");
        robot.clickOn("#contact-name").write("Dr. Nisha Patel");
        robot.clickOn("#contact-organization").write("Wheaton Children's Clinic");
        robot.clickOn("#contact-email").write("npatel@");
        robot.clickOn("#contact-phone").write("call her");
        robot.clickOn("#contact-save");
        waitFor(() -> shown(robot, "#contact-phone-error"));
        assertEquals("Is not a phone number (7 or more digits)", text(robot, "#contact-phone-error"));
        replace(robot, "#contact-phone", "630-555-0142");
        robot.clickOn("#contact-save");
        waitFor(() -> shown(robot, "#contact-email-error") && !shown(robot, "#contact-phone-error"));
        assertEquals("Is not an email address", text(robot, "#contact-email-error"));
        assertEquals(all, data.contacts().all().size(), "nothing written");
        replace(robot, "#contact-email", "npatel@wcc.example");
        robot.clickOn("#contact-save");
        waitFor(() -> text(robot, "#contact-done").equals("Dr. Nisha Patel is added to the contacts."));
        Contact patel = data.contacts().search("patel").get(0);
        assertEquals("(630) 555-0142", patel.phone(), "a US number is kept as the practice writes it");

        replace(robot, "#contacts-search", "patel");
        waitFor(() -> list.getItems().size() == 1);
        replace(robot, "#contact-organization", "Naperville Pediatrics");
        robot.clickOn("#contact-save");
        waitFor(() -> text(robot, "#contact-done").equals("Saved Dr. Nisha Patel."));
        assertEquals("Naperville Pediatrics", data.contacts().find(patel.id()).organization());

        robot.clickOn("#contact-delete");
        waitFor(() -> shown(robot, "#contact-confirm"));
        robot.clickOn("#contact-delete-no");
        waitFor(() -> !shown(robot, "#contact-confirm"));
        assertEquals(all + 1, data.contacts().all().size(), "kept");
        robot.clickOn("#contact-delete");
        waitFor(() -> shown(robot, "#contact-delete-yes"));
        robot.clickOn("#contact-delete-yes");
        waitFor(() -> text(robot, "#contact-done").equals("Dr. Nisha Patel is deleted from the contacts.") && list.getItems().isEmpty());
        assertEquals(all, data.contacts().all().size());
        assertTrue(data.contacts().search("patel").isEmpty());
    }
}
