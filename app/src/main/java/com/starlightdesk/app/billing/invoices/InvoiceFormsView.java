package com.starlightdesk.app.billing.invoices;

import com.starlightdesk.app.billing.InvoiceWords;
import com.starlightdesk.app.parts.ChoiceLabels;
import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.data.domain.FeeScheduleEntry;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceLineItem;
import com.starlightdesk.data.domain.LineKind;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The forms beside the Invoices table, bound to {@link InvoiceForms}: void with a reason, a credit note, and the visit
 * invoice (the completed visit to start from, then the draft's lines with their quantities, a service of the fee
 * schedule to add, Save draft and Send). Built anew when the open form or the draft changes. Confined to the FX thread.
 */
public final class InvoiceFormsView {
    private final InvoiceForms forms;
    private VBox box;

    public InvoiceFormsView(InvoiceForms forms) {
        this.forms = forms;
    }

    void bind(VBox into) {
        this.box = into;
        forms.formProperty().addListener((obs, old, now) -> show());
        VisitInvoiceForm visit = forms.visitInvoice();
        visit.draftProperty().addListener((obs, old, now) -> show());
        visit.lines().addListener((javafx.collections.ListChangeListener<InvoiceLineItem>) c -> show());
        show();
    }

    private void show() {
        box.getChildren().clear();
        switch (forms.formProperty().get()) {
            case VOID -> voidForm();
            case CREDIT_NOTE -> creditNote();
            case VISIT_INVOICE -> {
                if (forms.visitInvoice().draftProperty().get() == null) {
                    chooseVisit();
                } else {
                    draft(forms.visitInvoice().draftProperty().get());
                }
            }
            default -> { }
        }
    }

    private void voidForm() {
        box.getChildren().add(title(forms.title().get(), "invoice-form-title"));
        box.getChildren().add(muted("A void invoice keeps its lines and is no longer owed; money paid on it becomes the family's credit."
                + " A sent invoice is never edited: void it, or make a credit note."));
        TextArea reason = new TextArea();
        reason.setId("invoice-void-reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setPromptText("e.g. billed at the wrong plan");
        box.getChildren().add(field("Reason", reason, forms.voidReasonProperty(), "invoice-void-reason-error", forms.errors().of("voidReason")));
        Button confirm = button("invoice-void-confirm", "Void invoice", forms::confirmVoid);
        confirm.getStyleClass().add("danger");
        confirm.disableProperty().bind(forms.busyProperty());
        box.getChildren().add(buttons(confirm, button("invoice-form-cancel", "Cancel", forms::close)));
        reason.requestFocus();
    }

    private void creditNote() {
        box.getChildren().add(title(forms.title().get(), "invoice-form-title"));
        Label left = muted("");
        left.setId("invoice-credit-left");
        left.textProperty().bind(forms.creditLeftProperty());
        box.getChildren().add(left);
        TextField amount = new TextField();
        amount.setId("invoice-credit-amount");
        amount.setPromptText("$25.00");
        amount.setPrefColumnCount(10);
        box.getChildren().add(field("Amount to credit", amount, forms.creditAmountProperty(), "invoice-credit-amount-error",
                forms.errors().of("amount")));
        TextField reason = new TextField();
        reason.setId("invoice-credit-reason");
        reason.setPromptText("e.g. sibling discount missed");
        box.getChildren().add(field("Reason", reason, forms.creditReasonProperty(), "invoice-credit-reason-error", forms.errors().of("reason")));
        Button confirm = button("invoice-credit-confirm", "Make credit note", forms::confirmCreditNote);
        confirm.getStyleClass().add("accent");
        confirm.disableProperty().bind(forms.busyProperty());
        box.getChildren().add(buttons(confirm, button("invoice-form-cancel", "Cancel", forms::close)));
    }

    private void chooseVisit() {
        VisitInvoiceForm form = forms.visitInvoice();
        box.getChildren().add(title("New visit invoice", "invoice-form-title"));
        box.getChildren().add(muted("From a completed visit of the last " + VisitInvoiceForm.DAYS_BACK + " days with no invoice yet."
                + " Starting saves a draft with the lines the visit's doses suggest."));
        ComboBox<VisitInvoiceForm.VisitChoice> visit = new ComboBox<>(form.visits());
        visit.setId("visit-invoice-visit");
        visit.setMaxWidth(Double.MAX_VALUE);
        visit.setPromptText("Choose a completed visit");
        visit.setConverter(ChoiceLabels.of(v -> v == null ? "" : v.label()));
        visit.valueProperty().bindBidirectional(form.visitProperty());
        box.getChildren().add(fieldOf("Visit", visit, "visit-invoice-visit-error", form.errors().of("visit")));
        Button start = button("visit-invoice-start", "Start invoice", form::startDraft);
        start.getStyleClass().add("accent");
        start.disableProperty().bind(form.busyProperty());
        box.getChildren().add(buttons(start, button("invoice-form-cancel", "Cancel", forms::close)));
        box.getChildren().add(news(form.newsProperty()));
    }

    private void draft(Invoice invoice) {
        VisitInvoiceForm form = forms.visitInvoice();
        box.getChildren().add(title("Draft invoice " + InvoiceWords.number(invoice.id()), "invoice-form-title"));
        box.getChildren().add(muted("A draft can still change. Once sent, an invoice is never edited."));
        GridPane grid = new GridPane();
        grid.setId("visit-invoice-lines");
        grid.getStyleClass().add("lines");
        int r = 0;
        for (InvoiceLineItem line : form.lines()) {
            Label what = new Label((line.cptCode() == null ? "" : line.cptCode() + " ") + line.description()
                    + (line.kind() == LineKind.COVERED ? " — covered by membership" : ""));
            what.setWrapText(true);
            what.setMaxWidth(190);
            if (line.kind() == LineKind.COVERED) {
                what.getStyleClass().add("line-covered");
            }
            TextField q = new TextField(Integer.toString(line.quantity()));
            q.setId("visit-invoice-quantity-" + line.lineNumber());
            q.setPrefColumnCount(3);
            q.setOnAction(e -> form.changeQuantity(line, q.getText()));
            q.focusedProperty().addListener((obs, was, is) -> {
                if (!is && !q.getText().equals(Integer.toString(line.quantity()))) {
                    form.changeQuantity(line, q.getText());
                }
            });
            Label money = new Label(line.kind() == LineKind.DISCOUNT ? "−" + Dollars.format(line.amount()) : Dollars.format(line.amount()));
            money.setMinWidth(Label.USE_PREF_SIZE);
            Button remove = button("visit-invoice-remove-" + line.lineNumber(), "Remove", () -> form.removeLine(line));
            remove.getStyleClass().add("flat");
            grid.addRow(r++, what, q, money, remove);
        }
        if (form.lines().isEmpty()) {
            grid.addRow(0, muted("No lines yet."));
        }
        box.getChildren().add(grid);
        Label linesError = new Label();
        linesError.setId("visit-invoice-lines-error");
        FieldError.show(linesError, form.errors().of("lines"));
        box.getChildren().add(linesError);
        Label total = new Label();
        total.setId("visit-invoice-total");
        total.textProperty().bind(javafx.beans.binding.Bindings.concat("Total ", form.totalProperty()));
        total.getStyleClass().add("title-4");
        box.getChildren().add(total);

        ComboBox<FeeScheduleEntry> service = new ComboBox<>(form.services());
        service.setId("visit-invoice-service");
        service.setMaxWidth(Double.MAX_VALUE);
        service.setPromptText("A service of the fee schedule");
        service.setConverter(ChoiceLabels.of(e -> e == null ? "" : e.cptCode() + " " + e.description() + ", " + Dollars.format(e.price())
                + (e.coveredByMembership() ? " (members: covered)" : "")));
        service.valueProperty().bindBidirectional(form.serviceProperty());
        HBox.setHgrow(service, Priority.ALWAYS);
        TextField quantity = new TextField();
        quantity.setId("visit-invoice-add-quantity");
        quantity.setPrefColumnCount(3);
        quantity.textProperty().bindBidirectional(form.quantityProperty());
        Button add = button("visit-invoice-add", "Add", form::addService);
        HBox adding = new HBox(6, service, quantity, add);
        adding.setAlignment(Pos.CENTER_LEFT);
        VBox addField = new VBox(3, new Label("Add a service"), adding);
        addField.getStyleClass().add("field");
        Label serviceError = new Label();
        serviceError.setId("visit-invoice-service-error");
        FieldError.show(service, serviceError, form.errors().of("service"));
        Label quantityError = new Label();
        quantityError.setId("visit-invoice-quantity-error");
        FieldError.show(quantity, quantityError, form.errors().of("quantity"));
        addField.getChildren().addAll(serviceError, quantityError);
        box.getChildren().add(addField);

        Button send = button("visit-invoice-send", "Send", form::send);
        send.getStyleClass().add("accent");
        send.disableProperty().bind(form.busyProperty());
        Button save = button("visit-invoice-save", "Save draft", form::saveDraft);
        box.getChildren().add(buttons(send, save));
        box.getChildren().add(news(form.newsProperty()));
    }

    private static Node field(String name, TextInputControl input, javafx.beans.property.StringProperty value, String errorId,
                              ReadOnlyStringProperty message) {
        Label error = new Label();
        error.setId(errorId);
        error.setWrapText(true);
        FieldError.bind(input, value, error, message);
        Label label = new Label(name);
        label.setLabelFor(input);
        VBox f = new VBox(label, input, error);
        f.getStyleClass().add("field");
        return f;
    }

    private static Node fieldOf(String name, javafx.scene.control.Control input, String errorId, ReadOnlyStringProperty message) {
        Label error = new Label();
        error.setId(errorId);
        error.setWrapText(true);
        FieldError.show(input, error, message);
        Label label = new Label(name);
        label.setLabelFor(input);
        VBox f = new VBox(label, input, error);
        f.getStyleClass().add("field");
        return f;
    }

    private static Label news(ReadOnlyStringProperty text) {
        Label l = new Label();
        l.setId("invoice-form-news");
        l.setWrapText(true);
        l.textProperty().bind(text);
        l.visibleProperty().bind(text.isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        l.getStyleClass().add("text-muted");
        return l;
    }

    private static Label title(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add("title-4");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("text-muted");
        return l;
    }

    private static HBox buttons(Button... buttons) {
        HBox line = new HBox(8, buttons);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                action.run();
            }
        });
        return b;
    }
}
