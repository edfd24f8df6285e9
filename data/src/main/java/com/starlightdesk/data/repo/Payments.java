package com.starlightdesk.data.repo;

import com.starlightdesk.data.billing.AccountStanding;
import com.starlightdesk.data.billing.InvoiceStanding;
import com.starlightdesk.data.domain.Fields;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.InvoiceKind;
import com.starlightdesk.data.domain.InvoiceStatus;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Payment;
import com.starlightdesk.data.domain.PaymentAllocation;
import com.starlightdesk.data.domain.PaymentKind;
import com.starlightdesk.data.domain.PaymentMethod;
import com.starlightdesk.data.domain.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Money taken and returned at the desk, by the practice's money contract (see {@link Ledger}).
 * <ul>
 * <li>{@link #record}: a payment from a patient (for the patient's household) with the invoices it pays, named
 *     ({@link Allocation}) or chosen oldest due first ({@link #proposeAllocations}); what it does not pay is the
 *     household's credit on account.</li>
 * <li>{@link #applyCredit}: credit on account paid onto an invoice (allocations drawn from the household's
 *     payments).</li>
 * <li>{@link #refund}: money held as credit returned, with a reason, optionally naming the payment returned.</li>
 * </ul>
 * Payments, refunds and allocations are insert-only, so two desks taking payments offline both count once synced.
 * Bad input is refused at its field ({@link ValidationException}; an allocation's field is {@link #allocationField})
 * and nothing is written. Amounts are greater than zero, with at most two decimals, at most {@link #MAX_AMOUNT}.
 * Every write is one transaction through {@link PracticeData#write}: audited, in the outbox, recorded by the signed-in
 * user. Thread-safe; every call blocks on the store (never call it on the JavaFX thread).
 */
public final class Payments {
    /** The largest amount the desk takes in one payment, allocation or refund. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final PracticeData data;

    Payments(PracticeData data) {
        this.data = data;
    }

    /** How much of a payment goes to one invoice. */
    public record Allocation(UUID invoiceId, BigDecimal amount) {
    }

    /**
     * A payment as the desk takes it: from {@code patientId} (any member of the household it is for), its amount,
     * method, reference (a check number, a card's last digits; optional) and when it was paid (null: now).
     */
    public record Tender(UUID patientId, BigDecimal amount, PaymentMethod method, String reference, Instant paidAt) {
    }

    /** A payment recorded: the payment, what it paid, and what it left as credit on account. */
    public record Receipt(Payment payment, List<PaymentAllocation> allocations, BigDecimal toCredit) {
    }

    /** The field an allocation's error is reported at: {@code allocation:<invoice id>}. */
    public static String allocationField(UUID invoiceId) {
        return "allocation:" + invoiceId;
    }

    /**
     * Records {@code tender} paying {@code allocations} (invoices of its household that are sent, not draft or void,
     * each at most what is open on it; together at most the payment). What is not allocated is credit on account.
     */
    public Receipt record(Tender tender, List<Allocation> allocations) {
        BigDecimal amount = amount("amount", tender.amount());
        Fields.required("method", tender.method());
        Fields.required("patientId", tender.patientId());
        List<Allocation> asked = List.copyOf(allocations);
        LocalDate today = data.ledger().today();
        return data.write(changes -> {
            UUID household = householdOf(changes, tender.patientId());
            List<Allocation> checked = checkAllocations(changes, household, asked, today);
            BigDecimal allocated = sum(checked);
            if (allocated.compareTo(amount) > 0) {
                throw new ValidationException("amount", "is less than the " + allocated.toPlainString() + " allocated to invoices");
            }
            return insertPayment(changes, tender, amount, checked, allocated);
        });
    }

    /**
     * Records {@code tender} paying its household's open invoices oldest due first (due date, then issue date);
     * what is left over is credit on account.
     */
    public Receipt recordOldestFirst(Tender tender) {
        BigDecimal amount = amount("amount", tender.amount());
        Fields.required("method", tender.method());
        Fields.required("patientId", tender.patientId());
        LocalDate today = data.ledger().today();
        return data.write(changes -> {
            UUID household = householdOf(changes, tender.patientId());
            List<Allocation> chosen = oldestFirst(openInvoices(changes, household, today), amount);
            return insertPayment(changes, tender, amount, chosen, sum(chosen));
        });
    }

    /**
     * What {@code amount} would pay of the household's open invoices, oldest due first: the form's proposal, which
     * the desk may change before {@link #record}.
     */
    public List<Allocation> proposeAllocations(UUID householdId, BigDecimal amount) {
        BigDecimal a = amount("amount", amount);
        return oldestFirst(data.ledger().householdInvoices(householdId).stream().filter(InvoiceStanding::isOpen)
                .filter(s -> s.status() != InvoiceStatus.DRAFT && s.status() != InvoiceStatus.VOID).toList(), a);
    }

    /**
     * Pays {@code amount} (null: as much as the credit and the invoice allow) of the household's credit on account onto
     * {@code invoiceId}; refused at {@code amount} beyond the credit or what is open on the invoice. Returns the
     * allocations made, drawn from the household's payments that have room, oldest first.
     */
    public List<PaymentAllocation> applyCredit(UUID invoiceId, BigDecimal amount) {
        BigDecimal typed = amount == null ? null : amount("amount", amount);
        LocalDate today = data.ledger().today();
        return data.write(changes -> {
            LedgerQueries ledger = changes.queries(LedgerQueries.class);
            InvoiceStanding invoice = ledger.standingsOf(List.of(invoiceId), today).stream().findFirst()
                    .orElseThrow(() -> new ValidationException("invoiceId", "is not an invoice of this practice"));
            payable(invoice, "invoiceId");
            AccountStanding account = household(ledger, invoice.householdId());
            BigDecimal most = account.credit().min(invoice.open());
            if (most.signum() <= 0) {
                throw new ValidationException("amount", account.credit().signum() <= 0 ? "the household has no credit on account"
                        : "nothing is open on this invoice");
            }
            BigDecimal apply = typed == null ? most : typed;
            if (apply.compareTo(account.credit()) > 0) {
                throw new ValidationException("amount", "is more than the household's credit on account, " + account.credit().toPlainString());
            }
            if (apply.compareTo(invoice.open()) > 0) {
                throw new ValidationException("amount", "is more than the " + invoice.open().toPlainString() + " open on the invoice");
            }
            List<PaymentAllocation> made = new ArrayList<>();
            for (Map.Entry<UUID, BigDecimal> draw : drawFromPayments(changes, invoice.householdId(), apply).entrySet()) {
                made.add(changes.insert(new PaymentAllocation(Ids.next(), draw.getKey(), invoiceId, draw.getValue())));
            }
            return made;
        });
    }

    /**
     * Returns {@code amount} of the household's credit on account to the family, with {@code reason}; when
     * {@code paymentId} names the payment returned (of the household, not refunded beyond its amount), the refund
     * goes back by its method unless {@code method} says otherwise. Refused at {@code amount} beyond the household's
     * credit on account as this desk knows it.
     */
    public Payment refund(UUID patientId, BigDecimal amount, PaymentMethod method, String reason, UUID paymentId, Instant paidAt) {
        BigDecimal a = amount("amount", amount);
        String why = Fields.optionalText("reason", reason, 500);
        if (why == null) {
            throw new ValidationException("reason", "says why the money is returned");
        }
        Fields.required("patientId", patientId);
        return data.write(changes -> {
            UUID household = householdOf(changes, patientId);
            PaymentMethod how = method;
            if (paymentId != null) {
                PaymentQueries q = changes.queries(PaymentQueries.class);
                List<Payment> all = q.householdPayments(household);
                Payment returned = all.stream().filter(p -> p.id().equals(paymentId) && p.kind() == PaymentKind.PAYMENT).findFirst()
                        .orElseThrow(() -> new ValidationException("paymentId", "is not a payment of this household"));
                BigDecimal refundedBefore = all.stream().filter(p -> paymentId.equals(p.refundsPaymentId()))
                        .map(Payment::amount).reduce(ZERO, BigDecimal::add);
                BigDecimal left = returned.amount().subtract(refundedBefore);
                if (a.compareTo(left) > 0) {
                    throw new ValidationException("amount", "is more than the " + left.toPlainString() + " of that payment not yet refunded");
                }
                how = how == null ? returned.paymentMethod() : how;
            }
            Fields.required("method", how);
            AccountStanding account = household(changes.queries(LedgerQueries.class), household);
            if (a.compareTo(account.credit()) > 0) {
                throw new ValidationException("amount", account.credit().signum() <= 0 ? "the household has no credit on account"
                        : "is more than the household's credit on account, " + account.credit().toPlainString());
            }
            return changes.insert(new Payment(Ids.next(), patientId, a, how, paidAt == null ? changes.now() : paidAt, null,
                    PaymentKind.REFUND, paymentId, why, data.actorId()));
        });
    }

    /** A household's payments and refunds, oldest first. */
    public List<Payment> householdPayments(UUID householdId) {
        return data.paymentQueries().householdPayments(householdId);
    }

    /** What a payment paid (its allocations). */
    public List<PaymentAllocation> allocationsOf(UUID paymentId) {
        return data.paymentQueries().allocationsOf(paymentId);
    }

    /** The allocations to an invoice (the payments that paid it, with how much each). */
    public List<PaymentAllocation> allocationsTo(UUID invoiceId) {
        return data.paymentQueries().allocationsTo(invoiceId);
    }

    private Receipt insertPayment(Changes changes, Tender tender, BigDecimal amount, List<Allocation> allocations, BigDecimal allocated) {
        Payment payment = changes.insert(Payment.received(Ids.next(), tender.patientId(), amount, tender.method(),
                tender.paidAt() == null ? changes.now() : tender.paidAt(), tender.reference(), data.actorId()));
        List<PaymentAllocation> made = new ArrayList<>();
        for (Allocation a : allocations) {
            made.add(changes.insert(new PaymentAllocation(Ids.next(), payment.id(), a.invoiceId(), a.amount())));
        }
        return new Receipt(payment, made, amount.subtract(allocated));
    }

    private List<Allocation> checkAllocations(Changes changes, UUID household, List<Allocation> asked, LocalDate today) {
        Set<UUID> seen = new HashSet<>();
        List<Allocation> checked = new ArrayList<>();
        for (Allocation a : asked) {
            Fields.required("allocations", a);
            Fields.required("invoiceId", a.invoiceId());
            String field = allocationField(a.invoiceId());
            if (!seen.add(a.invoiceId())) {
                throw new ValidationException(field, "names an invoice twice");
            }
            checked.add(new Allocation(a.invoiceId(), amount(field, a.amount())));
        }
        Map<UUID, InvoiceStanding> standings = new HashMap<>();
        for (InvoiceStanding s : changes.queries(LedgerQueries.class).standingsOf(seen, today)) {
            standings.put(s.invoiceId(), s);
        }
        for (Allocation a : checked) {
            String field = allocationField(a.invoiceId());
            InvoiceStanding s = standings.get(a.invoiceId());
            if (s == null || !s.householdId().equals(household)) {
                throw new ValidationException(field, "is not an invoice of this household");
            }
            payable(s, field);
            if (a.amount().compareTo(s.open()) > 0) {
                throw new ValidationException(field, s.open().signum() == 0 ? "the invoice is paid"
                        : "is more than the " + s.open().toPlainString() + " open on the invoice");
            }
        }
        return checked;
    }

    private static void payable(InvoiceStanding s, String field) {
        if (s.kind() == InvoiceKind.CREDIT_NOTE) {
            throw new ValidationException(field, "is a credit note, not an invoice to pay");
        }
        if (s.status() == InvoiceStatus.DRAFT) {
            throw new ValidationException(field, "the invoice is a draft; send it first");
        }
        if (s.status() == InvoiceStatus.VOID) {
            throw new ValidationException(field, "the invoice is void");
        }
    }

    private static List<InvoiceStanding> openInvoices(Changes changes, UUID household, LocalDate today) {
        return changes.queries(LedgerQueries.class).openStandings(Ledger.HOUSEHOLD, today, q -> q.bind("householdId", household));
    }

    /** {@code amount} spread over {@code open} (oldest due first) until it runs out. */
    private static List<Allocation> oldestFirst(List<InvoiceStanding> open, BigDecimal amount) {
        List<InvoiceStanding> byDue = new ArrayList<>(open);
        byDue.sort(Comparator.comparing(InvoiceStanding::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(InvoiceStanding::issuedOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(InvoiceStanding::invoiceId));
        List<Allocation> chosen = new ArrayList<>();
        BigDecimal left = amount;
        for (InvoiceStanding s : byDue) {
            if (left.signum() <= 0) {
                break;
            }
            if (s.kind() == InvoiceKind.CREDIT_NOTE || !s.isOpen()) {
                continue;
            }
            BigDecimal take = left.min(s.open());
            chosen.add(new Allocation(s.invoiceId(), take));
            left = left.subtract(take);
        }
        return chosen;
    }

    /**
     * Which payments of the household an application of credit is drawn from: each payment's room (its amount less
     * its allocations and the refunds naming it), oldest first; what no payment has room for (credit that came back
     * from an invoice voided or credited since) is drawn from the newest payment.
     */
    private static Map<UUID, BigDecimal> drawFromPayments(Changes changes, UUID household, BigDecimal amount) {
        PaymentQueries q = changes.queries(PaymentQueries.class);
        List<Payment> all = q.householdPayments(household);
        Map<UUID, BigDecimal> room = new java.util.LinkedHashMap<>();
        for (Payment p : all) {
            if (p.kind() == PaymentKind.PAYMENT) {
                room.put(p.id(), p.amount());
            }
        }
        for (Payment p : all) {
            if (p.refundsPaymentId() != null && room.containsKey(p.refundsPaymentId())) {
                room.merge(p.refundsPaymentId(), p.amount().negate(), BigDecimal::add);
            }
        }
        for (PaymentAllocation a : q.householdAllocations(household)) {
            room.computeIfPresent(a.paymentId(), (id, r) -> r.subtract(a.amount()));
        }
        Map<UUID, BigDecimal> draw = new java.util.LinkedHashMap<>();
        BigDecimal left = amount;
        UUID newest = null;
        for (Map.Entry<UUID, BigDecimal> r : room.entrySet()) {
            newest = r.getKey();
            if (left.signum() > 0 && r.getValue().signum() > 0) {
                BigDecimal take = left.min(r.getValue());
                draw.put(r.getKey(), take);
                left = left.subtract(take);
            }
        }
        if (left.signum() > 0) {
            if (newest == null) {
                throw new ValidationException("amount", "the household has no payment to draw credit from");
            }
            draw.merge(newest, left, BigDecimal::add);
        }
        return draw;
    }

    private static AccountStanding household(LedgerQueries ledger, UUID household) {
        return ledger.accounts("household_id", Ledger.HOUSEHOLD, Ledger.HOUSEHOLD, q -> q.bind("householdId", household)).stream()
                .findFirst().orElse(AccountStanding.empty(household));
    }

    private static UUID householdOf(Changes changes, UUID patientId) {
        Patient p = changes.queries(PatientQueries.class).findById(patientId)
                .orElseThrow(() -> new ValidationException("patientId", "is not a patient of this practice"));
        return p.familyId() == null ? p.id() : p.familyId();
    }

    /** A typed amount: greater than zero, at most two decimals, at most {@link #MAX_AMOUNT}. */
    private static BigDecimal amount(String field, BigDecimal value) {
        BigDecimal a = Fields.money(field, value);
        if (a.signum() == 0) {
            throw new ValidationException(field, "must be greater than zero");
        }
        if (a.compareTo(MAX_AMOUNT) > 0) {
            throw new ValidationException(field, "is larger than " + MAX_AMOUNT.toPlainString());
        }
        return a;
    }

    private static BigDecimal sum(List<Allocation> allocations) {
        return allocations.stream().map(Allocation::amount).reduce(ZERO, BigDecimal::add);
    }
}
