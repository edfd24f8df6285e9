package com.starlightdesk.app.billing.invoices;

import com.starlightdesk.app.billing.BillingPage;
import com.starlightdesk.app.billing.BillingPlace;
import com.starlightdesk.app.billing.InvoiceWords;
import com.starlightdesk.app.billing.MoneyText;
import com.starlightdesk.app.billing.payments.PaymentsViewModel;
import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.repo.Invoices;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What is done to invoices from the Invoices page: send a draft; void with a reason; a credit note (an amount and why)
 * on a sent invoice; reissue a voided membership invoice (as a draft to send); record a payment (on the Payments page,
 * the invoice's household chosen and the invoice filled first); and the new visit invoice's form
 * ({@link VisitInvoiceForm}). A sent invoice is never edited. Each bad value is named at its field and nothing is
 * written; writes run in the background. Confined to the FX thread; needs no toolkit.
 */
public final class InvoiceForms {
    /** The form beside the table, or none (the invoice's detail shows). */
    public enum Form { NONE, VISIT_INVOICE, VOID, CREDIT_NOTE }

    private final InvoicesViewModel invoices;
    private final VisitInvoiceForm visitInvoice;
    private final PaymentsViewModel payments;
    private final BillingPlace place;
    private final ObjectProperty<Form> form = new SimpleObjectProperty<>(Form.NONE);
    private final BooleanBinding open = form.isNotEqualTo(Form.NONE);
    private final ObjectProperty<InvoiceRow> target = new SimpleObjectProperty<>();
    private final StringProperty voidReason = new SimpleStringProperty("");
    private final StringProperty creditAmount = new SimpleStringProperty("");
    private final StringProperty creditReason = new SimpleStringProperty("");
    private final StringProperty creditLeft = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public InvoiceForms(InvoicesViewModel invoices, VisitInvoiceForm visitInvoice, PaymentsViewModel payments, BillingPlace place) {
        this.invoices = invoices;
        this.visitInvoice = visitInvoice;
        this.payments = payments;
        this.place = place;
        visitInvoice.onClose(this::close);
    }

    /** Opens the new visit invoice's form: a completed visit to choose. */
    public void newVisitInvoice() {
        invoices.clearNews();
        errors.clear();
        visitInvoice.start(invoices.rows());
        form.set(Form.VISIT_INVOICE);
    }

    /** Opens a draft in the visit invoice's form, to change its lines and send it. */
    public void editDraft(InvoiceRow row) {
        invoices.clearNews();
        visitInvoice.edit(row.id());
        form.set(Form.VISIT_INVOICE);
    }

    /** Sends a draft: from then on it is never edited. */
    public void send(InvoiceRow row) {
        write(() -> invoices.session().data().invoices().send(row.id()), sent -> "Invoice " + InvoiceWords.number(sent.id()) + " is sent, due "
                + InvoiceWords.day(sent.dueDate()) + ".");
    }

    /** Opens the void form for {@code row}. */
    public void voidInvoice(InvoiceRow row) {
        invoices.clearNews();
        errors.clear();
        target.set(row);
        voidReason.set("");
        form.set(Form.VOID);
    }

    /** Voids the invoice of the open void form with the reason typed. */
    public void confirmVoid() {
        errors.clear();
        InvoiceRow row = target.get();
        if (row == null) {
            return;
        }
        if (voidReason.get() == null || voidReason.get().isBlank()) {
            errors.set("voidReason", "Say why the invoice is voided, e.g. billed at the wrong plan");
            return;
        }
        String reason = voidReason.get().strip();
        write(() -> invoices.session().data().invoices().voidInvoice(row.id(), reason),
                voided -> "Invoice " + InvoiceWords.number(voided.id()) + " is void" + (row.kind() == com.starlightdesk.data.domain.InvoiceKind.MEMBERSHIP
                        ? ". Reissue makes the month's invoice again." : "."));
    }

    /** Reissues a voided membership invoice as a draft with the same lines, shown chosen so it can be sent. */
    public void reissue(InvoiceRow row) {
        write(() -> invoices.session().data().invoices().reissue(row.id()),
                draft -> "Invoice " + InvoiceWords.number(draft.id()) + " reissues " + row.number() + " as a draft: check it and Send.");
    }

    /** Opens the credit note form for a sent invoice. */
    public void creditNote(InvoiceRow row) {
        invoices.clearNews();
        errors.clear();
        target.set(row);
        creditAmount.set("");
        creditReason.set("");
        BigDecimal left = row.total().subtract(row.standing().credited());
        creditLeft.set("Up to " + Dollars.format(left) + " of invoice " + row.number() + " can be credited.");
        form.set(Form.CREDIT_NOTE);
    }

    /** Makes the credit note of the open form: the amount typed, with its reason. */
    public void confirmCreditNote() {
        errors.clear();
        InvoiceRow row = target.get();
        if (row == null) {
            return;
        }
        MoneyText.Reading amount = MoneyText.read(creditAmount.get(), null);
        if (!amount.ok()) {
            errors.set("amount", amount.problem());
        } else if (amount.amount().signum() == 0) {
            errors.set("amount", "Must be more than $0.00");
        }
        if (creditReason.get() == null || creditReason.get().isBlank()) {
            errors.set("reason", "Say why the amount is credited, e.g. sibling discount missed");
        }
        if (!errors.isEmpty()) {
            return;
        }
        List<Invoices.Credit> credits = List.of(new Invoices.Credit(creditReason.get().strip(), amount.amount()));
        write(() -> invoices.session().data().invoices().creditNote(row.id(), credits),
                note -> "Credit note " + InvoiceWords.number(note.id()) + " credits " + Dollars.format(note.totalAmount()) + " to invoice "
                        + row.number() + ".", row.id());
    }

    /** Opens the Payments page with the invoice's household chosen and the invoice filled first. */
    public void recordPayment(InvoiceRow row) {
        payments.recordFor(row.householdId(), row.id());
        place.pageProperty().set(BillingPage.PAYMENTS);
    }

    /** Closes the open form; the invoice's detail shows again. */
    public void close() {
        form.set(Form.NONE);
        errors.clear();
    }

    private void write(Callable<Invoice> work, Function<Invoice, String> said) {
        write(work, said, null);
    }

    private void write(Callable<Invoice> work, Function<Invoice, String> said, UUID choose) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        invoices.clearNews();
        invoices.executor().submit(work, written -> {
            busy.set(false);
            form.set(Form.NONE);
            invoices.written(said.apply(written), choose != null ? choose : written.id());
        }, e -> {
            busy.set(false);
            if (e instanceof ValidationException v) {
                errors.set(v, Map.of("voidReason", "voidReason", "credits", "amount", "amount", "amount", "reason", "reason"));
                if (form.get() == Form.NONE || errors.isEmpty()) {
                    invoices.failed(e);
                }
            } else {
                invoices.failed(e);
            }
        });
    }

    public ReadOnlyObjectProperty<Form> formProperty() { return form; }
    /** Whether a form shows beside the table in place of the detail. */
    public BooleanBinding openProperty() { return open; }
    public ReadOnlyObjectProperty<InvoiceRow> targetProperty() { return target; }
    public StringProperty voidReasonProperty() { return voidReason; }
    public StringProperty creditAmountProperty() { return creditAmount; }
    public StringProperty creditReasonProperty() { return creditReason; }
    /** "Up to $150.00 of invoice 3F9A1C2B can be credited." */
    public StringProperty creditLeftProperty() { return creditLeft; }
    public FieldErrors errors() { return errors; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public VisitInvoiceForm visitInvoice() { return visitInvoice; }

    /** "Void invoice 3F9A1C2B" or "Credit note for invoice 3F9A1C2B", the open form's title. */
    public javafx.beans.binding.StringBinding title() {
        return Bindings.createStringBinding(() -> target.get() == null ? "" : switch (form.get()) {
            case VOID -> "Void invoice " + target.get().number();
            case CREDIT_NOTE -> "Credit note for invoice " + target.get().number();
            default -> "";
        }, form, target);
    }
}
