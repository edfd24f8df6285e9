package com.starlightdesk.app.billing.payments;

import com.starlightdesk.app.billing.BillingPrintouts;
import com.starlightdesk.app.billing.InvoiceWords;
import com.starlightdesk.app.billing.MoneyText;
import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.parts.PatientPickerViewModel;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.billing.AccountStanding;
import com.starlightdesk.data.billing.HouseholdStatement;
import com.starlightdesk.data.billing.InvoiceStanding;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PaymentMethod;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.repo.Payments;
import com.starlightdesk.data.repo.PracticeData;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Billing, Payments: a household chosen by any of its patients; its balance (open, credit on account, balance) and
 * what is open by days past due, and its invoices as the practice's ledger has them; the Record payment form ({@link PaymentForm}) over its open
 * invoices, also opened from an invoice ({@link #recordFor}); and a refund of credit on account with its reason (never
 * more than the credit). Reads and writes run in the background. Confined to the FX thread; needs no toolkit.
 */
public final class PaymentsViewModel {
    /** Which form shows under the balance, if any. */
    public enum Form { NONE, PAYMENT, REFUND }

    private final Session session;
    private final TaskExecutor executor;
    private final Clock clock;
    private final PatientPickerViewModel picker;
    private final PaymentForm payment = new PaymentForm();
    private final ObjectProperty<UUID> household = new SimpleObjectProperty<>();
    private final ObjectProperty<UUID> payer = new SimpleObjectProperty<>();
    private final StringProperty householdName = new SimpleStringProperty("");
    private final ObjectProperty<AccountStanding> standing = new SimpleObjectProperty<>();
    private final ObjectProperty<HouseholdStatement.Aging> aging = new SimpleObjectProperty<>();
    private final ObservableList<HouseholdInvoice> invoices = FXCollections.observableArrayList();
    private final ObjectProperty<Form> form = new SimpleObjectProperty<>(Form.NONE);
    private final StringProperty refundAmount = new SimpleStringProperty("");
    private final StringProperty refundReason = new SimpleStringProperty("");
    private final ObjectProperty<PaymentMethod> refundMethod = new SimpleObjectProperty<>(PaymentMethod.CARD);
    private final FieldErrors refundErrors = new FieldErrors();
    private final ObservableList<YearMonth> statementMonths = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> statementMonth = new SimpleObjectProperty<>();
    private final StringProperty done = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private UUID fillFirst;
    private long reading;

    /** One of the household's invoices: where it stands, and whose it is. */
    public record HouseholdInvoice(InvoiceStanding standing, String patient) {
        public String number() {
            return InvoiceWords.number(standing.invoiceId());
        }
    }

    public PaymentsViewModel(Session session, TaskExecutor executor, Clock clock) {
        this.session = session;
        this.executor = executor;
        this.clock = clock;
        this.picker = new PatientPickerViewModel(session.data(), executor, this::pick);
        YearMonth current = YearMonth.from(today());
        for (int back = 0; back < 12; back++) {
            statementMonths.add(current.minusMonths(back));
        }
        statementMonth.set(current);
    }

    /** The practice's today, in its time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(session.zone()));
    }

    private void pick(Patient patient) {
        if (patient == null) {
            return;
        }
        fillFirst = null;
        form.set(Form.NONE);
        payer.set(patient.id());
        clearNews();
        executor.submit(() -> session.data().ledger().householdOf(patient.id()), id -> {
            household.set(id);
            load();
        }, this::failed);
    }

    /** Opens the page's Record payment form for {@code householdId}, the invoice {@code invoiceId} filled first. */
    public void recordFor(UUID householdId, UUID invoiceId) {
        clearNews();
        fillFirst = invoiceId;
        payer.set(null);
        household.set(householdId);
        form.set(Form.PAYMENT);
        load();
    }

    /** Reads the chosen household again: its members, balance and invoices. */
    public void load() {
        UUID id = household.get();
        if (id == null) {
            return;
        }
        long mine = ++reading;
        LocalDate today = today();
        executor.submit(() -> read(session.data(), id, today), read -> {
            if (mine != reading) {
                return;
            }
            householdName.set(read.name());
            standing.set(read.standing());
            aging.set(read.aging());
            invoices.setAll(read.invoices());
            if (payer.get() == null) {
                payer.set(read.firstMember());
            }
            if (form.get() == Form.PAYMENT) {
                startPayment();
            }
        }, this::failed);
    }

    private record Read(String name, UUID firstMember, AccountStanding standing, HouseholdStatement.Aging aging, List<HouseholdInvoice> invoices) {
    }

    private static Read read(PracticeData data, UUID householdId, LocalDate today) {
        List<InvoiceStanding> all = data.ledger().householdInvoices(householdId);
        List<Patient> members = data.patients().findById(householdId).map(p -> data.households().members(p.id()))
                .orElseGet(() -> data.patients().family(householdId));
        Map<UUID, String> names = data.patients().displayNames(all.stream().map(InvoiceStanding::patientId).distinct().toList());
        String name = members.isEmpty() ? "" : members.get(0).lastName() + " household: "
                + members.stream().map(Patient::firstName).collect(Collectors.joining(", "));
        return new Read(name, members.isEmpty() ? null : members.get(0).id(), data.ledger().household(householdId),
                data.statements().of(householdId, today, today).aging(),
                all.stream().map(s -> new HouseholdInvoice(s, names.getOrDefault(s.patientId(), ""))).toList());
    }

    /** Opens the Record payment form over the household's open invoices, oldest due first. */
    public void startPayment() {
        if (household.get() == null) {
            failure.set("Choose the family first: type a name in the household field.");
            return;
        }
        clearNews();
        List<PaymentForm.OpenInvoice> open = invoices.stream().filter(i -> i.standing().isOpen())
                .map(i -> new PaymentForm.OpenInvoice(i.standing().invoiceId(), i.number(), i.patient(),
                        com.starlightdesk.app.billing.InvoiceWords.kind(i.standing().kind()), i.standing().dueDate(), i.standing().open()))
                .toList();
        payment.start(open, today(), fillFirst);
        fillFirst = null;
        form.set(Form.PAYMENT);
    }

    /** Records the payment of the open form: its allocations, and the rest as credit on account. */
    public void recordPayment() {
        clearNews();
        UUID from = payer.get();
        var entry = payment.entry();
        if (entry.isEmpty() || from == null || busy.get()) {
            return;
        }
        PaymentForm.Entry e = entry.get();
        Instant at = e.day().equals(today()) ? clock.instant() : e.day().atTime(LocalTime.NOON).atZone(session.zone()).toInstant();
        busy.set(true);
        executor.submit(() -> session.data().payments().record(new Payments.Tender(from, e.amount(), e.method(), e.reference(), at),
                e.allocations().entrySet().stream().map(x -> new Payments.Allocation(x.getKey(), x.getValue())).toList()), recorded -> {
            busy.set(false);
            form.set(Form.NONE);
            done.set(Dollars.format(e.amount()) + " recorded (" + InvoiceWords.method(e.method()) + ")"
                    + (e.allocations().isEmpty() ? "" : ", paying " + e.allocations().size() + (e.allocations().size() == 1 ? " invoice" : " invoices"))
                    + (e.credit().signum() > 0 ? "; " + Dollars.format(e.credit()) + " kept as credit on account." : "."));
            session.changes().changed();
            load();
        }, this::failedForm);
    }

    /** Opens the refund form: money held as credit on account returned to the family. */
    public void startRefund() {
        clearNews();
        refundErrors.clear();
        refundAmount.set("");
        refundReason.set("");
        refundMethod.set(PaymentMethod.CARD);
        form.set(Form.REFUND);
    }

    /** Records the refund of the open form; refused at its field above the credit on account or without a reason. */
    public void refund() {
        clearNews();
        refundErrors.clear();
        UUID from = payer.get();
        AccountStanding now = standing.get();
        MoneyText.Reading amount = MoneyText.read(refundAmount.get(), null);
        if (!amount.ok()) {
            refundErrors.set("amount", amount.problem());
        } else if (amount.amount().signum() == 0) {
            refundErrors.set("amount", "Must be more than $0.00");
        } else if (now != null && amount.amount().compareTo(now.credit()) > 0) {
            refundErrors.set("amount", "More than the " + Dollars.format(now.credit().max(BigDecimal.ZERO)) + " credit on account");
        }
        if (refundReason.get() == null || refundReason.get().isBlank()) {
            refundErrors.set("reason", "Say why the money is returned, e.g. membership cancelled");
        }
        if (refundMethod.get() == null) {
            refundErrors.set("method", "Choose how the money is returned");
        }
        if (!refundErrors.isEmpty() || from == null || busy.get()) {
            return;
        }
        BigDecimal money = amount.amount();
        String reason = refundReason.get().strip();
        PaymentMethod method = refundMethod.get();
        busy.set(true);
        executor.submit(() -> session.data().payments().refund(from, money, method, reason, null, clock.instant()), r -> {
            busy.set(false);
            form.set(Form.NONE);
            done.set(Dollars.format(money) + " refunded (" + InvoiceWords.method(method) + ").");
            session.changes().changed();
            load();
        }, e -> {
            busy.set(false);
            if (e instanceof ValidationException v) {
                refundErrors.set(v, Map.of("amount", "amount", "reason", "reason"));
            } else {
                failure.set(SafeMessages.of(e));
            }
        });
    }

    /** Closes the open form. */
    public void closeForm() {
        form.set(Form.NONE);
    }

    private void failedForm(Throwable e) {
        busy.set(false);
        if (e instanceof ValidationException v && (v.field().startsWith("allocation")
                || List.of("amount", "paidAt", "referenceNumber").contains(v.field()))) {
            // An invoice's allocation ("allocation:<invoice id>") is shown under the invoices' lines.
            String field = v.field().startsWith("allocation") ? "lines" : Map.of("paidAt", "day", "referenceNumber", "reference")
                    .getOrDefault(v.field(), v.field());
            payment.errors().set(v, Map.of(v.field(), field));
        } else {
            failure.set(SafeMessages.of(e));
        }
    }

    private void failed(Throwable e) {
        failure.set(SafeMessages.of(e));
    }

    /** Forgets the last news (a new action starts). */
    public void clearNews() {
        done.set("");
        failure.set("");
    }

    /** Where a printout's news goes: this page's banners. */
    public BillingPrintouts.News news() {
        return BillingPrintouts.News.to(done, failure);
    }

    public Session session() { return session; }
    public PatientPickerViewModel picker() { return picker; }
    public PaymentForm payment() { return payment; }
    public ReadOnlyObjectProperty<UUID> householdProperty() { return household; }
    /** "Cohen household: Maya, Eli". */
    public ReadOnlyStringProperty householdNameProperty() { return householdName; }
    public ReadOnlyObjectProperty<AccountStanding> standingProperty() { return standing; }
    /** What the household has open today by days past due. */
    public ReadOnlyObjectProperty<HouseholdStatement.Aging> agingProperty() { return aging; }
    public ObservableList<HouseholdInvoice> invoices() { return invoices; }
    public ReadOnlyObjectProperty<Form> formProperty() { return form; }
    public StringProperty refundAmountProperty() { return refundAmount; }
    public StringProperty refundReasonProperty() { return refundReason; }
    public ObjectProperty<PaymentMethod> refundMethodProperty() { return refundMethod; }
    public FieldErrors refundErrors() { return refundErrors; }
    /** The months a statement is printed for: this one and the eleven before it, newest first. */
    public ObservableList<YearMonth> statementMonths() { return statementMonths; }
    public ObjectProperty<YearMonth> statementMonthProperty() { return statementMonth; }
    public ReadOnlyStringProperty doneProperty() { return done; }
    public ReadOnlyStringProperty failureProperty() { return failure; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
}
