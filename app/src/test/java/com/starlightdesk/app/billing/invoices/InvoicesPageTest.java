package com.starlightdesk.app.billing.invoices;

import static com.starlightdesk.app.testing.WindowSteps.shown;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import com.starlightdesk.data.domain.FeeScheduleEntry;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceKind;
import com.starlightdesk.data.domain.InvoiceStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
 * Billing, Invoices in a real window over the demo practice: the list with worded status chips, narrowed to the
 * overdue invoices; an overdue membership invoice voided (a void with no reason refused at its field), reissued as a
 * draft and sent; a credit note on a sent visit invoice (an amount with three decimals refused at its field).
 */
@ExtendWith(ApplicationExtension.class)
final class InvoicesPageTest {
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();

    private DesktopWindow window;

    @Start
    void start(Stage stage) {
        window = DESK.show(stage);
    }

    @Test
    void filterVoidReissueSendAndCreditAnInvoice(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        robot.clickOn("#nav-billing");
        TableView<InvoiceRow> table = robot.lookup("#invoices-table").queryTableView();
        waitFor(() -> shown(robot, "#invoices-table") && !table.getItems().isEmpty());
        Set<String> words = Set.of("Paid", "Overdue", "Sent", "Draft", "Void");
        assertTrue(robot.lookup("#invoices-table .status-chip").queryAll().stream().map(n -> ((Label) n).getText()).allMatch(words::contains));
        assertTrue(text(robot, "#invoices-count").matches("\\d+ invoices"), text(robot, "#invoices-count"));

        ComboBox<InvoiceStatus> status = robot.lookup("#invoices-status").queryComboBox();
        robot.interact(() -> status.setValue(InvoiceStatus.OVERDUE));
        waitFor(() -> !table.getItems().isEmpty() && table.getItems().stream().allMatch(r -> r.status() == InvoiceStatus.OVERDUE));
        assertTrue(text(robot, "#invoices-count").matches("\\d+ of \\d+ invoices"));
        InvoiceRow overdue = table.getItems().stream().filter(r -> r.kind() == InvoiceKind.MEMBERSHIP).findFirst().orElseThrow();
        assertTrue(overdue.open().signum() > 0);

        robot.clickOn(cell(robot, overdue.number()));
        waitFor(() -> shown(robot, "#invoice-detail-status") && text(robot, "#invoice-detail-number").equals("Invoice " + overdue.number()));
        assertEquals("Overdue", text(robot, "#invoice-detail-status"));
        assertFalse(shown(robot, "#invoice-edit"), "a sent invoice offers no edit");

        robot.clickOn("#invoice-void");
        waitFor(() -> shown(robot, "#invoice-void-reason"));
        robot.clickOn("#invoice-void-confirm");
        waitFor(() -> shown(robot, "#invoice-void-reason-error"));
        assertEquals("Say why the invoice is voided, e.g. billed at the wrong plan", text(robot, "#invoice-void-reason-error"));
        assertEquals(InvoiceStatus.OVERDUE, window.session().data().ledger().invoice(overdue.id()).orElseThrow().status(), "nothing written");
        robot.clickOn("#invoice-void-reason").write("Billed at the wrong plan");
        robot.clickOn("#invoice-void-confirm");
        waitFor(() -> text(robot, "#invoices-done").startsWith("Invoice " + overdue.number() + " is void"));
        robot.interact(() -> status.setValue(null));
        waitFor(() -> shown(robot, "#invoice-detail-status") && text(robot, "#invoice-detail-status").equals("Void"));
        assertEquals("Billed at the wrong plan", text(robot, "#invoice-detail-void-reason").replaceFirst("^Voided [0-9/]+: ", ""));

        robot.clickOn("#invoice-reissue");
        waitFor(() -> text(robot, "#invoices-done").contains("reissues " + overdue.number() + " as a draft"));
        waitFor(() -> shown(robot, "#invoice-detail-status") && text(robot, "#invoice-detail-status").equals("Draft"));
        Invoice reissued = window.session().data().billing().invoice(table.getSelectionModel().getSelectedItem().id()).orElseThrow();
        assertEquals(1, reissued.reissue());
        robot.clickOn("#invoice-send");
        waitFor(() -> text(robot, "#invoices-done").contains(" is sent"));
        waitFor(() -> shown(robot, "#invoice-detail-status") && text(robot, "#invoice-detail-status").equals("Sent"));

        // A credit note on a sent visit invoice.
        InvoiceKind visit = InvoiceKind.VISIT;
        robot.interact(() -> robot.lookup("#invoices-kind").<InvoiceKind>queryComboBox().setValue(visit));
        waitFor(() -> !table.getItems().isEmpty() && table.getItems().stream().allMatch(r -> r.kind() == visit));
        InvoiceRow visitInvoice = table.getItems().stream().filter(r -> r.status() == InvoiceStatus.SENT || r.status() == InvoiceStatus.OVERDUE)
                .findFirst().orElseThrow();
        robot.clickOn(cell(robot, visitInvoice.number()));
        waitFor(() -> shown(robot, "#invoice-credit-note") && text(robot, "#invoice-detail-number").equals("Invoice " + visitInvoice.number()));
        robot.clickOn("#invoice-credit-note");
        waitFor(() -> shown(robot, "#invoice-credit-amount"));
        robot.clickOn("#invoice-credit-amount").write("2.345");
        robot.clickOn("#invoice-credit-reason").write("Test charged twice");
        robot.clickOn("#invoice-credit-confirm");
        waitFor(() -> shown(robot, "#invoice-credit-amount-error"));
        assertEquals("Has more than two decimal places", text(robot, "#invoice-credit-amount-error"));
        replace(robot, "#invoice-credit-amount", "5");
        robot.clickOn("#invoice-credit-confirm");
        waitFor(() -> text(robot, "#invoices-done").startsWith("Credit note "));
        waitFor(() -> shown(robot, "#invoice-detail-credit-notes"));
        List<Invoice> notes = window.session().data().invoices().creditNotes(visitInvoice.id());
        assertEquals(1, notes.size());
        assertEquals(new BigDecimal("5.00"), notes.get(0).totalAmount());
    }

    @Test
    void makeAVisitInvoiceFromACompletedVisitWithTheFeeSchedule(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        int services = window.session().data().feeSchedule().activeEntries().size();
        robot.clickOn("#nav-billing");
        TableView<InvoiceRow> table = robot.lookup("#invoices-table").queryTableView();
        waitFor(() -> shown(robot, "#invoices-table") && !table.getItems().isEmpty());

        robot.clickOn("#invoice-new-visit");
        waitFor(() -> shown(robot, "#visit-invoice-start"));
        robot.clickOn("#visit-invoice-start");
        waitFor(() -> text(robot, "#visit-invoice-visit-error").equals("Choose the completed visit to invoice"));
        ComboBox<VisitInvoiceForm.VisitChoice> visits = robot.lookup("#visit-invoice-visit").queryComboBox();
        waitFor(() -> !visits.getItems().isEmpty());
        robot.clickOn("#visit-invoice-visit");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitFor(() -> visits.getValue() != null);
        VisitInvoiceForm.VisitChoice visit = visits.getValue();
        robot.clickOn("#visit-invoice-start");
        waitFor(() -> shown(robot, "#visit-invoice-service"));
        assertTrue(text(robot, "#invoice-form-title").startsWith("Draft invoice "));

        ComboBox<FeeScheduleEntry> schedule = robot.lookup("#visit-invoice-service").queryComboBox();
        waitFor(() -> schedule.getItems().size() == services);
        robot.interact(() -> schedule.setValue(schedule.getItems().stream().filter(e -> e.cptCode().equals("99213")).findFirst().orElseThrow()));
        replace(robot, "#visit-invoice-add-quantity", "0");
        robot.clickOn("#visit-invoice-add");
        waitFor(() -> text(robot, "#visit-invoice-quantity-error").equals("Type a quantity from 1 to 10000"));
        replace(robot, "#visit-invoice-add-quantity", "1");
        robot.clickOn("#visit-invoice-add");
        waitFor(() -> robot.lookup("#visit-invoice-lines .label").queryAll().stream().anyMatch(n -> ((Label) n).getText().startsWith("99213")));
        // The demo's fee schedule gives members their visits at no charge: the line is covered, at $0.00.
        boolean member = robot.lookup("#visit-invoice-lines .label").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().equals("99213 Sick visit, established — covered by membership"));
        BigDecimal before = new BigDecimal(text(robot, "#visit-invoice-total").replace("Total $", "").replace(",", ""));
        ComboBox<FeeScheduleEntry> again = robot.lookup("#visit-invoice-service").queryComboBox();
        robot.interact(() -> again.setValue(again.getItems().stream().filter(e -> e.cptCode().equals("87880")).findFirst().orElseThrow()));
        robot.clickOn("#visit-invoice-add");
        waitFor(() -> robot.lookup("#visit-invoice-lines .label").queryAll().stream().anyMatch(n -> ((Label) n).getText().startsWith("87880")));
        waitFor(() -> text(robot, "#visit-invoice-total").equals("Total " + com.starlightdesk.app.parts.Dollars.format(before.add(new BigDecimal("25.00")))));

        robot.clickOn("#visit-invoice-save");
        waitFor(() -> text(robot, "#invoices-done").startsWith("Draft invoice "));
        waitFor(() -> shown(robot, "#invoice-detail-status") && text(robot, "#invoice-detail-status").equals("Draft"));
        assertTrue(shown(robot, "#invoice-edit"), "a draft is edited");
        assertTrue(text(robot, "#invoice-detail-patient").equals(visit.patient()));
        robot.clickOn("#invoice-send");
        waitFor(() -> text(robot, "#invoices-done").contains(" is sent"));
        waitFor(() -> shown(robot, "#invoice-detail-status") && text(robot, "#invoice-detail-status").equals("Sent"));
        assertFalse(shown(robot, "#invoice-edit"), "a sent invoice offers no edit");
        if (member) {
            assertTrue(robot.lookup("#invoice-detail-lines .line-covered").tryQuery().isPresent(), "the covered line shows at zero");
        }
    }

    /** The table cell showing {@code text} (a click on it chooses its line). */
    static Node cell(FxRobot robot, String text) {
        return robot.lookup("#invoices-table .table-cell").match((Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && text.equals(c.getText())).query();
    }

    static void replace(FxRobot robot, String field, String text) throws TimeoutException {
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        waitFor(() -> ((TextInputControl) robot.lookup(field).query()).getText().isEmpty());
        robot.write(text);
    }
}
