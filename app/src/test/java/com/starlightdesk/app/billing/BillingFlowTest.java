package com.starlightdesk.app.billing;

import static com.starlightdesk.app.testing.WindowSteps.shown;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.billing.invoices.InvoiceRow;
import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import com.starlightdesk.data.billing.HouseholdStatement;
import com.starlightdesk.data.billing.InvoiceStanding;
import com.starlightdesk.data.domain.InvoiceKind;
import com.starlightdesk.data.domain.InvoiceStatus;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.repo.PracticeData;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A month end at the front desk, in one real window over the demo practice: a prospect's sibling joins the family and
 * is enrolled, the month's billing run makes the sibling's (prorated) membership invoice, the family pays part of it,
 * the invoice is voided (what was paid becomes credit on account) and reissued, the new invoice and the household's
 * statement are printed to the files chosen, and the month's statements into the folder chosen.
 */
@ExtendWith(ApplicationExtension.class)
final class BillingFlowTest {
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();

    @TempDir
    static Path printouts;

    private static final List<Path> ASKED = new ArrayList<>();
    private DesktopWindow window;

    @Start
    void start(Stage stage) {
        window = DESK.showSavingTo(stage, printouts, ASKED);
    }

    @Test
    void enrolASiblingRunTheMonthTakeAPartialPaymentVoidReissueAndPrintAStatement(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        PracticeData data = window.session().data();
        LocalDate today = LocalDate.now(window.session().zone());

        // The Park family asked about joining: Nora, a prospect, is enrolled with her brother Leo as her household.
        List<Patient> prospects = data.patients().byStatus(PatientStatus.PROSPECT.code(), 100, 0);
        Patient leo = prospects.stream().filter(p -> p.firstName().equals("Leo") && p.lastName().equals("Park")).findFirst().orElseThrow();
        Patient nora = prospects.stream().filter(p -> p.firstName().equals("Nora") && p.lastName().equals("Park")).findFirst().orElseThrow();
        if (data.households().members(leo.id()).stream().noneMatch(p -> p.id().equals(nora.id()))) {
            data.households().link(leo.id(), nora.id());
        }
        var plan = data.memberships().proposedPlan(nora.id(), today).orElseThrow();
        data.memberships().enrol(nora.id(), plan.id(), today, null);

        // The month's run makes the one invoice missing: Nora's, from today.
        robot.clickOn("#nav-billing");
        waitFor(() -> shown(robot, "#billing-run"));
        robot.clickOn("#billing-run");
        waitFor(() -> shown(robot, "#run-month"));
        ComboBox<YearMonth> month = robot.lookup("#run-month").queryComboBox();
        var expected = data.monthlyBilling().preview(YearMonth.from(today));
        assertTrue(expected.invoices().stream().anyMatch(i -> i.invoice().patientId().equals(nora.id())), "Nora is billed this month");
        int count = expected.invoices().size();
        robot.interact(() -> month.setValue(YearMonth.from(today)));
        robot.clickOn("#run-preview");
        waitFor(() -> shown(robot, "#run-headline") && text(robot, "#run-headline").startsWith(count + (count == 1 ? " invoice " : " invoices ")));
        robot.clickOn("#run-make");
        waitFor(() -> shown(robot, "#run-done"));
        InvoiceStanding made = data.ledger().patientInvoices(nora.id()).stream().filter(s -> s.kind() == InvoiceKind.MEMBERSHIP)
                .findFirst().orElseThrow();
        assertEquals(InvoiceStatus.SENT, made.status());
        String number = InvoiceWords.number(made.invoiceId());

        // On the Invoices page, the family pays part of it.
        robot.clickOn("#billing-invoices");
        TableView<InvoiceRow> invoices = robot.lookup("#invoices-table").queryTableView();
        waitFor(() -> invoices.getItems().stream().anyMatch(r -> r.id().equals(made.invoiceId())));
        robot.clickOn("#invoices-search").write("Park");
        waitFor(() -> !invoices.getItems().isEmpty() && invoices.getItems().stream().allMatch(r -> r.patient().contains("Park")));
        robot.clickOn(cell(robot, number));
        waitFor(() -> shown(robot, "#invoice-record-payment") && text(robot, "#invoice-detail-number").equals("Invoice " + number));
        assertEquals("Sent", text(robot, "#invoice-detail-status"));
        robot.clickOn("#invoice-record-payment");
        waitFor(() -> shown(robot, "#payment-amount") && field(robot, "#payment-amount").equals(made.open().toPlainString()));
        BigDecimal part = made.open().divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN);
        replace(robot, "#payment-amount", part.toPlainString());
        waitFor(() -> field(robot, "#payment-line-0").equals(part.toPlainString()));
        robot.clickOn("#payment-method");
        robot.clickOn("Cash");
        robot.clickOn("#payment-record");
        waitFor(() -> text(robot, "#payments-done").startsWith(Dollars.format(part) + " recorded (Cash)"));
        InvoiceStanding partly = data.ledger().invoice(made.invoiceId()).orElseThrow();
        assertEquals(made.open().subtract(part), partly.open());
        assertEquals(InvoiceStatus.SENT, partly.status(), "partly paid, not yet due");

        // Billed wrongly: voided (what was paid becomes credit on account) and reissued, then sent again.
        robot.clickOn("#billing-invoices");
        waitFor(() -> shown(robot, "#invoice-void") && text(robot, "#invoice-detail-number").equals("Invoice " + number));
        waitFor(() -> text(robot, "#invoice-detail-open").equals(Dollars.format(partly.open())));
        robot.clickOn("#invoice-void");
        robot.clickOn("#invoice-void-reason").write("Started on the wrong day");
        robot.clickOn("#invoice-void-confirm");
        waitFor(() -> shown(robot, "#invoice-detail-status") && text(robot, "#invoice-detail-status").equals("Void"));
        assertEquals(part, data.ledger().household(data.ledger().householdOf(nora.id())).credit(),
                "money paid on a voided invoice returns to credit on account");
        robot.clickOn("#invoice-reissue");
        waitFor(() -> shown(robot, "#invoice-detail-status") && text(robot, "#invoice-detail-status").equals("Draft"));
        robot.clickOn("#invoice-send");
        waitFor(() -> shown(robot, "#invoice-detail-status") && text(robot, "#invoice-detail-status").equals("Sent"));
        InvoiceStanding reissued = data.ledger().patientInvoices(nora.id()).stream()
                .filter(s -> s.kind() == InvoiceKind.MEMBERSHIP && s.status() == InvoiceStatus.SENT).findFirst().orElseThrow();
        assertEquals(made.total(), reissued.total());
        assertEquals(data.billing().invoice(reissued.invoiceId()).orElseThrow().reissue(), 1);

        // The reissued invoice printed for the family: saved where chosen, under its number, naming no one.
        String reissuedNumber = InvoiceWords.number(reissued.invoiceId());
        waitFor(() -> text(robot, "#invoice-detail-number").equals("Invoice " + reissuedNumber));
        robot.clickOn("#invoice-print");
        Path invoicePdf = printouts.resolve("invoice-" + reissuedNumber + ".pdf");
        waitFor(() -> text(robot, "#invoices-done").startsWith("Invoice " + reissuedNumber + " saved to " + invoicePdf));
        String invoiceText = pdfText(invoicePdf);
        assertTrue(invoiceText.contains(reissuedNumber) && invoiceText.contains(Dollars.format(reissued.total())), invoiceText);

        // The household's statement for this month, printed from the Payments page: its closing balance is what the
        // family owes today.
        UUID household = data.ledger().householdOf(nora.id());
        YearMonth thisMonth = YearMonth.from(today);
        robot.clickOn("#billing-payments");
        waitFor(() -> shown(robot, "#statement-print") && !robot.lookup("#statement-print").queryButton().isDisabled()
                && text(robot, "#payment-household-name").contains("Park"));
        robot.clickOn("#statement-print");
        Path statementPdf = printouts.resolve("statement-" + thisMonth + "-" + HouseholdStatement.shortId(household) + ".pdf");
        waitFor(() -> text(robot, "#payments-done").startsWith("Statement for ") && text(robot, "#payments-done").contains(statementPdf.toString()));
        BigDecimal closing = data.statements().of(household, thisMonth.atDay(1), thisMonth.atEndOfMonth()).closingBalance();
        assertEquals(data.ledger().household(household).balance(), closing, "nothing is billed later this month");
        String statementText = pdfText(statementPdf);
        assertTrue(statementText.contains("Closing balance") && statementText.contains(Dollars.format(closing)), statementText);
        assertTrue(text(robot, "#payments-done").contains("closing balance " + Dollars.format(closing)));

        // The month's statements: one for every household with a balance, into the folder chosen.
        Files.delete(statementPdf);
        int owing = data.statements().withBalance(thisMonth.atEndOfMonth()).size();
        robot.clickOn("#statements-month");
        waitFor(() -> text(robot, "#payments-done").contains(" written to " + printouts));
        try (var files = Files.list(printouts)) {
            assertEquals(owing, files.filter(f -> f.getFileName().toString().startsWith("statement-" + thisMonth + "-")).count());
        }
        assertTrue(Files.exists(statementPdf), "the Park household owes, so its statement is in the batch");
        assertEquals(List.of(invoicePdf, statementPdf, printouts), ASKED);
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static Node cell(FxRobot robot, String text) {
        return robot.lookup("#invoices-table .table-cell").match((Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && text.equals(c.getText())).query();
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
