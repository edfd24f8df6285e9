package com.starlightdesk.app.billing.payments;

import com.starlightdesk.app.billing.InvoiceWords;
import com.starlightdesk.app.parts.ChoiceLabels;
import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.app.parts.UsDates;
import com.starlightdesk.data.domain.PaymentMethod;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Record payment and Refund forms of the Payments page, bound to {@link PaymentsViewModel}: the amount received,
 * method, reference and day; one amount per open invoice (filled oldest due first), each refused at its field as it is
 * typed when it has more than two decimals, is negative or is more than the invoice's open amount; the credit on
 * account the rest makes. The refund: amount (at most the credit on account), method and reason. Built anew when the
 * form opens. Confined to the FX thread.
 */
public final class PaymentFormsView {
    private final PaymentsViewModel viewModel;
    private VBox box;

    public PaymentFormsView(PaymentsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    void bind(VBox into) {
        this.box = into;
        viewModel.formProperty().addListener((obs, old, now) -> show());
        viewModel.payment().lines().addListener((javafx.collections.ListChangeListener<PaymentForm.Line>) c -> show());
        show();
    }

    private void show() {
        box.getChildren().clear();
        switch (viewModel.formProperty().get()) {
            case PAYMENT -> payment();
            case REFUND -> refund();
            default -> { }
        }
    }

    private void payment() {
        PaymentForm form = viewModel.payment();
        box.getChildren().add(title("Record payment"));
        TextField amount = input("payment-amount", "$120.00", 10);
        amount.setMaxWidth(180);
        box.getChildren().add(field("Amount received", amount, form.amountProperty(), "payment-amount-error", form.errors().of("amount")));
        ComboBox<PaymentMethod> method = methods("payment-method");
        method.valueProperty().bindBidirectional(form.methodProperty());
        TextField reference = input("payment-reference", "check no., last 4 of card", 12);
        reference.textProperty().bindBidirectional(form.referenceProperty());
        DatePicker day = UsDates.use(new DatePicker());
        day.setId("payment-day");
        day.setPrefWidth(130);
        day.valueProperty().bindBidirectional(form.dayProperty());
        HBox how = new HBox(8, labelled("Method", method), labelled("Reference", reference), labelled("Received on", day));
        box.getChildren().add(how);
        box.getChildren().add(errorLine("payment-day-error", form.errors().of("day")));

        Label linesTitle = new Label(form.lines().isEmpty() ? "Nothing is open: the whole amount is kept as credit on account."
                : "Paying these invoices (oldest due first)");
        linesTitle.getStyleClass().add("section-title");
        linesTitle.setWrapText(true);
        box.getChildren().add(linesTitle);
        GridPane grid = new GridPane();
        grid.setId("payment-lines");
        grid.getStyleClass().add("allocation-lines");
        int r = 0;
        for (PaymentForm.Line line : form.lines()) {
            PaymentForm.OpenInvoice i = line.invoice();
            Label what = new Label(i.number() + " · " + i.patient() + " · due " + InvoiceWords.day(i.dueDate()));
            what.setWrapText(true);
            Label open = new Label(Dollars.format(i.open()) + " open");
            open.setMinWidth(Label.USE_PREF_SIZE);
            open.getStyleClass().add("text-muted");
            TextField paid = input("payment-line-" + r, "0.00", 8);
            paid.setAccessibleText("Amount paid on " + i.number());
            Label error = new Label();
            error.setId("payment-line-" + r + "-error");
            error.setWrapText(true);
            FieldError.bind(paid, line.amountProperty(), error, line.errorProperty());
            grid.add(what, 0, r * 2);
            grid.add(open, 1, r * 2);
            grid.add(paid, 2, r * 2);
            grid.add(error, 0, r * 2 + 1, 3, 1);
            r++;
        }
        box.getChildren().add(grid);
        if (!form.lines().isEmpty()) {
            Hyperlink fill = new Hyperlink("Fill oldest due first");
            fill.setId("payment-fill");
            fill.setOnAction(e -> form.fillOldestFirst());
            box.getChildren().add(fill);
        }
        box.getChildren().add(errorLine("payment-lines-error", form.errors().of("lines")));
        Label credit = new Label();
        credit.setId("payment-credit");
        credit.textProperty().bind(Bindings.when(form.creditProperty().isEmpty()).then("")
                .otherwise(Bindings.concat(form.creditProperty(), " kept as credit on account")));
        box.getChildren().add(credit);
        Button record = button("payment-record", "Record payment", viewModel::recordPayment);
        record.getStyleClass().add("accent");
        record.setDefaultButton(true);
        record.disableProperty().bind(viewModel.busyProperty());
        box.getChildren().add(buttons(record, button("payment-cancel", "Cancel", viewModel::closeForm)));
        amount.requestFocus();
    }

    private void refund() {
        box.getChildren().add(title("Refund"));
        Label about = new Label("Money held as credit on account, returned to the family. At most the credit on account.");
        about.setWrapText(true);
        about.getStyleClass().add("text-muted");
        box.getChildren().add(about);
        TextField amount = input("refund-amount", "$20.00", 10);
        box.getChildren().add(field("Amount", amount, viewModel.refundAmountProperty(), "refund-amount-error",
                viewModel.refundErrors().of("amount")));
        ComboBox<PaymentMethod> method = methods("refund-method");
        method.valueProperty().bindBidirectional(viewModel.refundMethodProperty());
        box.getChildren().add(labelled("Returned by", method));
        TextField reason = input("refund-reason", "e.g. membership cancelled", 20);
        box.getChildren().add(field("Reason", reason, viewModel.refundReasonProperty(), "refund-reason-error",
                viewModel.refundErrors().of("reason")));
        Button confirm = button("refund-record", "Record refund", viewModel::refund);
        confirm.getStyleClass().add("accent");
        confirm.disableProperty().bind(viewModel.busyProperty());
        box.getChildren().add(buttons(confirm, button("payment-cancel", "Cancel", viewModel::closeForm)));
    }

    private static ComboBox<PaymentMethod> methods(String id) {
        ComboBox<PaymentMethod> method = new ComboBox<>();
        method.setId(id);
        method.getItems().setAll(PaymentMethod.values());
        method.setConverter(ChoiceLabels.of(m -> m == null ? "" : InvoiceWords.method(m)));
        return method;
    }

    private static TextField input(String id, String prompt, int columns) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        t.setPrefColumnCount(columns);
        return t;
    }

    private static Node field(String name, TextInputControl input, StringProperty value, String errorId, ReadOnlyStringProperty message) {
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

    private static VBox labelled(String name, javafx.scene.control.Control input) {
        Label label = new Label(name);
        label.setLabelFor(input);
        VBox f = new VBox(label, input);
        f.getStyleClass().add("field");
        return f;
    }

    private static Label errorLine(String id, ReadOnlyStringProperty message) {
        Label error = new Label();
        error.setId(id);
        error.setWrapText(true);
        FieldError.show(error, message);
        return error;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.setId("payment-form-title");
        l.getStyleClass().add("title-4");
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
        return b;
    }
}
