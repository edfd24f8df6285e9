package com.starlightdesk.app.billing.invoices;

import com.starlightdesk.app.billing.BillingPrintouts;
import com.starlightdesk.app.billing.InvoiceWords;
import com.starlightdesk.app.billing.StatusChip;
import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.app.parts.SaveLocation;
import com.starlightdesk.app.print.InvoiceSheet;
import com.starlightdesk.data.domain.InvoiceKind;
import com.starlightdesk.data.domain.InvoiceLineItem;
import com.starlightdesk.data.domain.InvoiceStatus;
import com.starlightdesk.data.domain.LineKind;
import java.time.ZoneId;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The chosen invoice beside the Invoices table: number and status chip, patient, kind, days and amounts, its lines (a
 * line the membership covers shown as covered, at $0.00; a discount subtracted), the payments applied to it, its credit
 * notes, why it was voided, and the buttons for what can be done with it now, Print invoice… among them (saved where
 * the user chooses). Built anew each time the detail changes.
 * Confined to the FX thread.
 */
public final class InvoiceDetailView {
    private final InvoicesViewModel viewModel;
    private final InvoiceForms forms;
    private final BillingPrintouts printouts;
    private final SaveLocation saveLocation;
    private VBox box;

    public InvoiceDetailView(InvoicesViewModel viewModel, InvoiceForms forms, BillingPrintouts printouts, SaveLocation saveLocation) {
        this.viewModel = viewModel;
        this.forms = forms;
        this.printouts = printouts;
        this.saveLocation = saveLocation;
    }

    /** Shows the view-model's detail in {@code into}. */
    void bind(VBox into) {
        this.box = into;
        viewModel.detailProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.detailProperty().get());
    }

    private void show(InvoicesViewModel.InvoiceDetail d) {
        box.getChildren().clear();
        if (d == null) {
            return;
        }
        InvoiceRow row = d.row();
        Label number = new Label("Invoice " + row.number());
        number.setId("invoice-detail-number");
        number.getStyleClass().add("title-4");
        Label chip = StatusChip.of(row.status());
        chip.setId("invoice-detail-status");
        HBox head = new HBox(number, chip);
        head.getStyleClass().add("detail-head");
        box.getChildren().add(head);

        GridPane facts = new GridPane();
        facts.getStyleClass().add("facts");
        int r = 0;
        fact(facts, r++, "Patient", row.patient(), "invoice-detail-patient");
        String what = InvoiceWords.kind(row.kind());
        if (row.kind() == InvoiceKind.MEMBERSHIP && d.invoice().billingMonth() != null) {
            what += ", " + InvoiceWords.month(d.invoice().billingMonth())
                    + (d.invoice().reissue() > 0 ? " (reissued)" : "");
        }
        fact(facts, r++, "For", what, "invoice-detail-kind");
        fact(facts, r++, "Issued", InvoiceWords.day(row.issuedOn()), "invoice-detail-issued");
        fact(facts, r++, "Due", InvoiceWords.day(row.dueDate()), "invoice-detail-due");
        fact(facts, r++, row.kind() == InvoiceKind.CREDIT_NOTE ? "Credited" : "Total", Dollars.format(row.total()), "invoice-detail-total");
        if (row.open() != null && row.kind() != InvoiceKind.CREDIT_NOTE && row.status() != InvoiceStatus.VOID && row.status() != InvoiceStatus.DRAFT) {
            fact(facts, r++, "Open", Dollars.format(row.open()), "invoice-detail-open");
        }
        box.getChildren().add(facts);

        if (row.status() == InvoiceStatus.VOID && d.invoice().voidReason() != null) {
            Label reason = new Label("Voided " + voidedDay(d.invoice()) + ": " + d.invoice().voidReason());
            reason.setId("invoice-detail-void-reason");
            reason.setWrapText(true);
            reason.getStyleClass().add("void-reason");
            box.getChildren().add(reason);
        }

        box.getChildren().add(section("Lines"));
        box.getChildren().add(lines(d.lines()));

        if (row.kind() != InvoiceKind.CREDIT_NOTE) {
            box.getChildren().add(section("Payments applied"));
            if (d.payments().isEmpty()) {
                box.getChildren().add(muted("None yet.", "invoice-detail-no-payments"));
            }
            VBox paid = new VBox(2);
            paid.setId("invoice-detail-payments");
            for (InvoicesViewModel.Applied a : d.payments()) {
                paid.getChildren().add(new Label(InvoiceWords.day(a.payment().paidAt().atZone(zone()).toLocalDate()) + " · "
                        + InvoiceWords.method(a.payment().paymentMethod())
                        + (a.payment().referenceNumber() == null ? "" : " " + a.payment().referenceNumber())
                        + (a.amount() == null ? "" : " · " + Dollars.format(a.amount()) + " of " + Dollars.format(a.payment().amount()))));
            }
            box.getChildren().add(paid);
            if (!d.creditNotes().isEmpty()) {
                box.getChildren().add(section("Credit notes"));
                VBox notes = new VBox(2);
                notes.setId("invoice-detail-credit-notes");
                for (InvoiceRow note : d.creditNotes()) {
                    Label line = new Label(note.number() + " · " + InvoiceWords.day(note.issuedOn()) + " · " + Dollars.format(note.total())
                            + (note.status() == InvoiceStatus.VOID ? " (void)" : ""));
                    notes.getChildren().add(line);
                }
                box.getChildren().add(notes);
            }
        }
        box.getChildren().add(actions(d));
    }

    private ZoneId zone() {
        return viewModel.session().zone();
    }

    private String voidedDay(com.starlightdesk.data.domain.Invoice invoice) {
        return invoice.voidedAt() == null ? "" : InvoiceWords.day(invoice.voidedAt().atZone(zone()).toLocalDate());
    }

    private Node lines(List<InvoiceLineItem> items) {
        GridPane grid = new GridPane();
        grid.setId("invoice-detail-lines");
        grid.getStyleClass().add("lines");
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        ColumnConstraints amount = new ColumnConstraints();
        amount.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().addAll(wide, amount);
        int r = 0;
        for (InvoiceLineItem line : items) {
            String words = (line.cptCode() == null ? "" : line.cptCode() + " ") + line.description()
                    + (line.quantity() > 1 ? " × " + line.quantity() + " at " + Dollars.format(line.unitPrice()) : "");
            Label what = new Label(words);
            what.setWrapText(true);
            Label money = new Label(line.kind() == LineKind.DISCOUNT ? "−" + Dollars.format(line.amount()) : Dollars.format(line.amount()));
            money.setMinWidth(Label.USE_PREF_SIZE);
            if (line.kind() == LineKind.COVERED) {
                what.setText(words + " — covered by membership");
                what.getStyleClass().add("line-covered");
                money.getStyleClass().add("line-covered");
            }
            what.getStyleClass().add("invoice-line");
            grid.addRow(r++, what, money);
        }
        if (items.isEmpty()) {
            grid.addRow(0, muted("No lines.", null));
        }
        return grid;
    }

    private Node actions(InvoicesViewModel.InvoiceDetail d) {
        InvoiceRow row = d.row();
        FlowPane actions = new FlowPane();
        actions.getStyleClass().add("actions");
        actions.setId("invoice-actions");
        boolean sent = row.status() == InvoiceStatus.SENT || row.status() == InvoiceStatus.OVERDUE || row.status() == InvoiceStatus.PAID;
        if (row.status() == InvoiceStatus.DRAFT) {
            actions.getChildren().add(button("invoice-edit", "Edit draft", () -> forms.editDraft(row)));
            actions.getChildren().add(button("invoice-send", "Send", () -> forms.send(row)));
        }
        if (row.kind() != InvoiceKind.CREDIT_NOTE && row.open() != null && row.open().signum() > 0 && sent) {
            actions.getChildren().add(button("invoice-record-payment", "Record payment…", () -> forms.recordPayment(row)));
        }
        if (row.kind() != InvoiceKind.CREDIT_NOTE && sent) {
            actions.getChildren().add(button("invoice-credit-note", "Credit note…", () -> forms.creditNote(row)));
        }
        if (row.status() != InvoiceStatus.VOID) {
            actions.getChildren().add(button("invoice-void", "Void…", () -> forms.voidInvoice(row)));
        }
        if (row.status() == InvoiceStatus.VOID && row.kind() == InvoiceKind.MEMBERSHIP) {
            actions.getChildren().add(button("invoice-reissue", "Reissue", () -> forms.reissue(row)));
        }
        Button print = button("invoice-print", row.kind() == InvoiceKind.CREDIT_NOTE ? "Print credit note…" : "Print invoice…",
                () -> print(d));
        print.disableProperty().bind(printouts.busyProperty());
        actions.getChildren().add(print);
        return actions;
    }

    private void print(InvoicesViewModel.InvoiceDetail d) {
        viewModel.clearNews();
        saveLocation.choose(box.getScene() == null ? null : box.getScene().getWindow(), "Save the invoice",
                        InvoiceSheet.fileName(d.invoice()), "PDF documents", "pdf")
                .ifPresent(file -> printouts.invoice(d.invoice().id(), file, viewModel.news()));
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static void fact(GridPane facts, int row, String name, String value, String id) {
        Label n = new Label(name);
        n.getStyleClass().add("fact-name");
        Label v = new Label(value);
        v.setId(id);
        v.setWrapText(true);
        facts.addRow(row, n, v);
    }

    private static Label section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label muted(String text, String id) {
        Label l = new Label(text);
        if (id != null) {
            l.setId(id);
        }
        l.getStyleClass().add("text-muted");
        return l;
    }
}
