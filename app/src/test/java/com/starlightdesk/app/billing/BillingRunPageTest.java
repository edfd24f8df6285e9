package com.starlightdesk.app.billing;

import static com.starlightdesk.app.testing.WindowSteps.shown;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.billing.run.BillingRunViewModel.Row;
import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import com.starlightdesk.data.billing.BillingRunPreview;
import com.starlightdesk.data.repo.PracticeData;
import java.time.LocalDate;
import java.time.YearMonth;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Billing, Billing run, in a real window over the demo practice: next month previewed (every invoice the store's
 * own preview makes, the totals per plan and the paused memberships skipped), made with its progress and summary,
 * then previewed again and found billed already; a preview cancelled leaves nothing shown.
 */
@ExtendWith(ApplicationExtension.class)
final class BillingRunPageTest {
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();

    private DesktopWindow window;

    @Start
    void start(Stage stage) {
        window = DESK.show(stage);
    }

    @Test
    void previewMakeAndFindTheMonthBilledAlready(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        PracticeData data = window.session().data();
        YearMonth next = YearMonth.from(LocalDate.now(window.session().zone())).plusMonths(1);
        BillingRunPreview expected = data.monthlyBilling().preview(next);
        assertTrue(expected.invoices().size() > 5, "the demo's members are billed next month");

        robot.clickOn("#nav-billing");
        waitFor(() -> shown(robot, "#billing-run"));
        robot.clickOn("#billing-run");
        waitFor(() -> shown(robot, "#run-month"));
        assertTrue(text(robot, "#run-placeholder").startsWith("Choose a month"));
        ComboBox<YearMonth> month = robot.lookup("#run-month").queryComboBox();
        robot.interact(() -> month.setValue(next));
        robot.clickOn("#run-preview");
        TableView<Row> table = robot.lookup("#run-table").queryTableView();
        waitFor(() -> table.getItems().size() == expected.invoices().size() && shown(robot, "#run-headline"));
        assertTrue(text(robot, "#run-headline").startsWith(expected.invoices().size() + " invoices for "), text(robot, "#run-headline"));
        assertEquals(com.starlightdesk.app.parts.Dollars.format(expected.total()), text(robot, "#run-total"));
        assertTrue(shown(robot, "#run-skip-paused"), "the paused memberships are listed as skipped");
        Button make = robot.lookup("#run-make").queryButton();
        assertEquals("Make " + expected.invoices().size() + " invoices", make.getText());
        within(robot, make);
        within(robot, robot.lookup("#run-skips").query());

        robot.clickOn("#run-make");
        waitFor(() -> shown(robot, "#run-done"));
        assertTrue(text(robot, "#run-done").startsWith("Made " + expected.invoices().size() + " invoices for "), text(robot, "#run-done"));
        assertEquals(expected.invoices().size(), data.monthlyBilling().preview(next).skipped().stream()
                .filter(s -> s.reason() == com.starlightdesk.data.billing.SkipReason.ALREADY_BILLED).count());
        assertTrue(make.isDisabled(), "made once");

        robot.clickOn("#run-preview");
        waitFor(() -> text(robot, "#run-headline").contains("is billed already: nothing new to make"));
        assertTrue(table.getItems().isEmpty());
        assertTrue(make.isDisabled());

        robot.clickOn("#run-cancel");
        waitFor(() -> !shown(robot, "#run-headline") && text(robot, "#run-placeholder").startsWith("Choose a month"));
    }

    /** The node lies wholly inside the window (nothing cut at 1366×768). */
    private static void within(FxRobot robot, Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        double width = node.getScene().getWidth();
        double height = node.getScene().getHeight();
        assertTrue(b.getMinX() >= 0 && b.getMaxX() <= width && b.getMinY() >= 0 && b.getMaxY() <= height,
                node.getId() + " at " + b + " in " + width + "×" + height);
    }
}
