package com.starlightdesk.app.billing.payments;

import static com.starlightdesk.app.testing.WindowSteps.shown;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.billing.invoices.InvoiceRow;
import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import com.starlightdesk.data.billing.AccountStanding;
import com.starlightdesk.data.domain.InvoiceKind;
import com.starlightdesk.data.domain.InvoiceStatus;
import com.starlightdesk.data.repo.PracticeData;
import java.math.BigDecimal;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Billing, Payments in a real window over the demo practice: Record payment from an overdue invoice opens the Payments
 * page on its household with the invoice filled; amounts with three decimals, negative or over-allocated are refused
 * at their fields; a partial payment lowers the open amount; an overpayment is kept as credit on account; a refund
 * above the credit is refused at its field, one within it is recorded.
 */
@ExtendWith(ApplicationExtension.class)
final class PaymentsPageTest {
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();

    private DesktopWindow window;

    @Start
    void start(Stage stage) {
        window = DESK.show(stage);
    }

    @Test
    void recordAPartialPaymentAnOverpaymentAndARefund(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        PracticeData data = window.session().data();
        robot.clickOn("#nav-billing");
        TableView<InvoiceRow> table = robot.lookup("#invoices-table").queryTableView();
        waitFor(() -> shown(robot, "#invoices-table") && !table.getItems().isEmpty());
        InvoiceRow overdue = table.getItems().stream().filter(r -> r.status() == InvoiceStatus.OVERDUE && r.kind() == InvoiceKind.MEMBERSHIP)
                .findFirst().orElseThrow();
        AccountStanding before = data.ledger().household(overdue.householdId());
        robot.interact(() -> {
            table.getSelectionModel().select(overdue);
            table.scrollTo(overdue);
        });
        waitFor(() -> shown(robot, "#invoice-record-payment") && text(robot, "#invoice-detail-number").equals("Invoice " + overdue.number()));
        robot.clickOn("#invoice-record-payment");
        waitFor(() -> shown(robot, "#billing-page-payments") && shown(robot, "#payment-amount"));
        waitFor(() -> field(robot, "#payment-amount").equals(overdue.open().toPlainString()));
        assertEquals(overdue.open().toPlainString(), field(robot, "#payment-line-0"), "the invoice is filled first");
        assertTrue(text(robot, "#payment-household-name").contains("household"));
        waitFor(() -> text(robot, "#payment-balance-open").equals(com.starlightdesk.app.parts.Dollars.format(before.openTotal())));

        replace(robot, "#payment-amount", "12.345");
        waitFor(() -> text(robot, "#payment-amount-error").equals("Has more than two decimal places"));
        replace(robot, "#payment-amount", "-5");
        waitFor(() -> text(robot, "#payment-amount-error").equals("Must not be negative"));
        replace(robot, "#payment-amount", "50");
        waitFor(() -> shown(robot, "#payment-amount-error") == false && field(robot, "#payment-line-0").equals("50.00"));
        replace(robot, "#payment-line-0", "60");
        waitFor(() -> text(robot, "#payment-lines-error").equals("The invoices add to $60.00, more than the $50.00 received"));
        robot.clickOn("#payment-record");
        assertEquals(before.openTotal(), data.ledger().household(overdue.householdId()).openTotal(), "nothing recorded");
        replace(robot, "#payment-line-0", "50");
        waitFor(() -> !shown(robot, "#payment-lines-error") && text(robot, "#payment-credit").equals("$0.00 kept as credit on account"));
        robot.clickOn("#payment-reference").write("1234");
        robot.clickOn("#payment-record");
        waitFor(() -> text(robot, "#payments-done").equals("$50.00 recorded (Card), paying 1 invoice."));
        assertEquals(overdue.open().subtract(new BigDecimal("50.00")), data.ledger().invoice(overdue.id()).orElseThrow().open());
        waitFor(() -> text(robot, "#payment-balance-open").equals(com.starlightdesk.app.parts.Dollars.format(before.openTotal().subtract(new BigDecimal("50.00")))));

        // More than is open: the rest is credit on account.
        robot.clickOn("#payment-new");
        waitFor(() -> shown(robot, "#payment-amount"));
        BigDecimal open = data.ledger().household(overdue.householdId()).openTotal();
        replace(robot, "#payment-amount", open.add(new BigDecimal("30")).toPlainString());
        waitFor(() -> text(robot, "#payment-credit").equals("$30.00 kept as credit on account"));
        robot.clickOn("#payment-method");
        robot.clickOn("Check");
        robot.clickOn("#payment-record");
        waitFor(() -> text(robot, "#payments-done").endsWith("$30.00 kept as credit on account."));
        BigDecimal credit = data.ledger().household(overdue.householdId()).credit();
        assertTrue(credit.compareTo(new BigDecimal("30.00")) >= 0);
        waitFor(() -> text(robot, "#payment-balance-credit").equals(com.starlightdesk.app.parts.Dollars.format(credit)));

        robot.clickOn("#payment-refund");
        waitFor(() -> shown(robot, "#refund-amount"));
        robot.clickOn("#refund-amount").write(credit.add(BigDecimal.ONE).toPlainString());
        robot.clickOn("#refund-record");
        waitFor(() -> shown(robot, "#refund-amount-error"));
        assertEquals("More than the " + com.starlightdesk.app.parts.Dollars.format(credit) + " credit on account", text(robot, "#refund-amount-error"));
        assertEquals("Say why the money is returned, e.g. membership cancelled", text(robot, "#refund-reason-error"));
        replace(robot, "#refund-amount", "20");
        robot.clickOn("#refund-reason").write("Family asked for it back");
        robot.clickOn("#refund-record");
        waitFor(() -> text(robot, "#payments-done").equals("$20.00 refunded (Card)."));
        assertEquals(credit.subtract(new BigDecimal("20.00")), data.ledger().household(overdue.householdId()).credit());
    }

    private static String field(FxRobot robot, String query) {
        return ((TextInputControl) robot.lookup(query).query()).getText();
    }

    private static void replace(FxRobot robot, String field, String text) throws TimeoutException {
        Node node = robot.lookup(field).query();
        robot.clickOn(node);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        waitFor(() -> ((TextInputControl) node).getText().isEmpty());
        robot.write(text);
    }
}
