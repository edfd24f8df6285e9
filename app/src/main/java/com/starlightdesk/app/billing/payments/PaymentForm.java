package com.starlightdesk.app.billing.payments;

import com.starlightdesk.app.billing.MoneyText;
import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.data.domain.PaymentMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Record payment form: the amount received, how (card, cash, check, ACH, HSA, other), its reference and day, and
 * one amount field per open invoice of the household, filled oldest due first from the amount received until the
 * desk types its own; what the lines leave of the amount is shown as credit on account. Each field is checked as it
 * is typed: more than two decimals, a negative amount, more than an invoice's open amount, or lines adding to more
 * than was received are named at the field. Needs no toolkit; confined to the thread that owns the form.
 */
public final class PaymentForm {
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>(PaymentMethod.CARD);
    private final StringProperty reference = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final StringProperty credit = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();
    /** Whether the desk typed in a line: the lines are then no longer filled from the amount. */
    private boolean typedByHand;
    private boolean filling;

    /** One open invoice of the household, as the form offers it. */
    public record OpenInvoice(UUID invoiceId, String number, String patient, String what, LocalDate dueDate, BigDecimal open) {
    }

    /** One open invoice and what this payment pays of it. */
    public final class Line {
        private final OpenInvoice invoice;
        private final StringProperty typed = new SimpleStringProperty("");
        private final StringProperty error = new SimpleStringProperty("");

        private Line(OpenInvoice invoice) {
            this.invoice = invoice;
            typed.addListener((obs, old, now) -> {
                if (!filling) {
                    typedByHand = true;
                }
                check();
            });
        }

        public OpenInvoice invoice() { return invoice; }
        public StringProperty amountProperty() { return typed; }
        public ReadOnlyStringProperty errorProperty() { return error; }
    }

    public PaymentForm() {
        amount.addListener((obs, old, now) -> {
            if (!typedByHand) {
                fillOldestFirst();
            }
            check();
        });
        day.addListener((obs, old, now) -> check());
    }

    /** Starts over for a household's open invoices, received today; {@code first} (if any) is filled first. */
    public void start(List<OpenInvoice> open, LocalDate today, UUID first) {
        typedByHand = false;
        List<OpenInvoice> ordered = new ArrayList<>(open);
        ordered.sort(Comparator.comparing((OpenInvoice i) -> !i.invoiceId().equals(first))
                .thenComparing(OpenInvoice::dueDate, Comparator.nullsLast(Comparator.naturalOrder())));
        filling = true;
        try {
            lines.setAll(ordered.stream().map(Line::new).toList());
            amount.set(first == null ? "" : ordered.stream().filter(i -> i.invoiceId().equals(first)).findFirst()
                    .map(i -> Dollars.format(i.open()).substring(1)).orElse(""));
            reference.set("");
            method.set(PaymentMethod.CARD);
            day.set(today);
        } finally {
            filling = false;
        }
        fillOldestFirst();
        errors.clear();
        check();
    }

    /** Fills the lines from the amount received, each line's invoice in full while the money lasts (the order shown). */
    public void fillOldestFirst() {
        MoneyText.Reading received = MoneyText.read(amount.get(), BigDecimal.ZERO);
        BigDecimal left = received.ok() ? received.amount() : BigDecimal.ZERO;
        filling = true;
        try {
            for (Line line : lines) {
                BigDecimal paid = left.min(line.invoice.open());
                line.typed.set(paid.signum() > 0 ? paid.toPlainString() : "");
                left = left.subtract(paid);
            }
            typedByHand = false;
        } finally {
            filling = false;
        }
        check();
    }

    /** Checks every field as typed; returns whether the form can be recorded. */
    public boolean check() {
        MoneyText.Reading received = MoneyText.read(amount.get(), null);
        errors.set("amount", amount.get().isBlank() ? "" : received.problem());
        BigDecimal allocated = BigDecimal.ZERO.setScale(2);
        boolean linesOk = true;
        for (Line line : lines) {
            MoneyText.Reading paid = MoneyText.read(line.typed.get(), BigDecimal.ZERO);
            if (!paid.ok()) {
                line.error.set(paid.problem());
                linesOk = false;
            } else if (paid.amount().compareTo(line.invoice.open()) > 0) {
                line.error.set("More than the " + Dollars.format(line.invoice.open()) + " open on this invoice");
                linesOk = false;
            } else {
                line.error.set("");
                allocated = allocated.add(paid.amount());
            }
        }
        if (received.ok() && linesOk && allocated.compareTo(received.amount()) > 0) {
            errors.set("lines", "The invoices add to " + Dollars.format(allocated) + ", more than the " + Dollars.format(received.amount())
                    + " received");
            linesOk = false;
        } else {
            errors.set("lines", "");
        }
        credit.set(received.ok() && linesOk ? Dollars.format(received.amount().subtract(allocated)) : "");
        return received.ok() && linesOk;
    }

    /** What to record, or empty with each problem at its field. */
    public java.util.Optional<Entry> entry() {
        if (!check()) {
            if (amount.get().isBlank()) {
                errors.set("amount", "Type the amount received, e.g. $120.00");
            }
            return java.util.Optional.empty();
        }
        if (method.get() == null) {
            errors.set("method", "Choose how the family paid");
            return java.util.Optional.empty();
        }
        if (day.get() == null) {
            errors.set("day", "Type the day the payment was received, e.g. 12/4/2026");
            return java.util.Optional.empty();
        }
        errors.set("method", "");
        errors.set("day", "");
        Map<UUID, BigDecimal> allocations = new LinkedHashMap<>();
        for (Line line : lines) {
            BigDecimal paid = MoneyText.read(line.typed.get(), BigDecimal.ZERO).amount();
            if (paid.signum() > 0) {
                allocations.put(line.invoice.invoiceId(), paid);
            }
        }
        BigDecimal received = MoneyText.read(amount.get(), null).amount();
        String ref = reference.get() == null || reference.get().isBlank() ? null : reference.get().strip();
        return java.util.Optional.of(new Entry(received, method.get(), ref, day.get(), allocations));
    }

    /** A payment as the form has it: what was received, how, and what it pays of each invoice (the rest is credit). */
    public record Entry(BigDecimal amount, PaymentMethod method, String reference, LocalDate day, Map<UUID, BigDecimal> allocations) {
        public BigDecimal credit() {
            return amount.subtract(allocations.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    public StringProperty amountProperty() { return amount; }
    public ObjectProperty<PaymentMethod> methodProperty() { return method; }
    public StringProperty referenceProperty() { return reference; }
    public ObjectProperty<LocalDate> dayProperty() { return day; }
    public ObservableList<Line> lines() { return lines; }
    /** "$20.00": what the amount received leaves after the lines, kept as credit on account ("" while a field is wrong). */
    public ReadOnlyStringProperty creditProperty() { return credit; }
    /** The form's fields' problems: amount, lines (their sum), method, day; each line has its own. */
    public FieldErrors errors() { return errors; }
}
