package com.starlightdesk.app.billing;

import static com.starlightdesk.app.testing.WindowSteps.shown;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Billing place in a real window over the demo practice: its pages listed in order, one shown at a time, the
 * arrow keys moving through the list, and the admin's link to the membership plans in Settings.
 */
@ExtendWith(ApplicationExtension.class)
final class BillingViewTest {
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();

    @Start
    void start(Stage stage) {
        DESK.show(stage);
    }

    @Test
    void pagesListedOneShownArrowKeysMoveAndAdminsReachThePlans(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        robot.clickOn("#nav-billing");
        waitFor(() -> shown(robot, "#billing-page-invoices"));
        List<String> labels = robot.lookup("#place-billing .page-button").queryAll().stream()
                .map(n -> ((ToggleButton) n).getText()).toList();
        assertEquals(List.of("Invoices", "Payments", "Billing run", "Memberships", "Age-band changes"), labels);
        assertTrue(selected(robot, "#billing-invoices"));
        assertTrue(shown(robot, "#invoices-table"));
        assertFalse(shown(robot, "#billing-page-payments"), "one page at a time");

        robot.clickOn("#billing-invoices");
        robot.type(KeyCode.DOWN);
        waitFor(() -> shown(robot, "#billing-page-payments") && !shown(robot, "#billing-page-invoices"));
        assertTrue(selected(robot, "#billing-payments"));
        assertTrue(robot.lookup("#billing-payments").query().isFocused(), "the focus moves with the page");
        robot.type(KeyCode.DOWN);
        waitFor(() -> shown(robot, "#billing-page-run"));
        robot.type(KeyCode.UP);
        waitFor(() -> shown(robot, "#billing-page-payments"));

        // Away and back: Billing keeps its page.
        robot.clickOn("#nav-calendar");
        waitFor(() -> !shown(robot, "#place-billing"));
        robot.clickOn("#nav-billing");
        waitFor(() -> shown(robot, "#billing-page-payments"));

        Node link = robot.lookup("#billing-settings-membership-plans").query();
        assertTrue(link.isVisible());
        robot.clickOn(link);
        waitFor(() -> shown(robot, "#page-membership-plans"));
    }

    private static boolean selected(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ToggleButton.class).isSelected();
    }
}
