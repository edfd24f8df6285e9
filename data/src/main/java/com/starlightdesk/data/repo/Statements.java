package com.starlightdesk.data.repo;

import com.starlightdesk.data.billing.HouseholdStatement;
import com.starlightdesk.data.billing.HouseholdStatement.Aging;
import com.starlightdesk.data.billing.HouseholdStatement.Entry;
import com.starlightdesk.data.billing.HouseholdStatement.Kind;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceKind;
import com.starlightdesk.data.domain.InvoiceStatus;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Payment;
import com.starlightdesk.data.domain.PaymentKind;
import com.starlightdesk.data.domain.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * Households' statements: {@link #of} reads one household's invoices, credit notes, payments and refunds in one read
 * transaction and works out its account for a period under the money contract (see {@link HouseholdStatement});
 * {@link #withBalance} lists the households that owe something at the end of a day, for a month's batch of
 * statements. Days are the practice's: a payment counts on the day it was made in the practice's time zone.
 * Thread-safe; every call blocks on the store (never call it on the JavaFX thread).
 */
public final class Statements {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final PracticeData data;

    Statements(PracticeData data) {
        this.data = data;
    }

    /** The period a statement covers when none is given: the last whole month before {@code today}. */
    public static YearMonth lastMonth(LocalDate today) {
        return YearMonth.from(today).minusMonths(1);
    }

    /** The household {@code patientId} belongs to: the family, or the patient when in none. */
    public UUID householdOf(UUID patientId) {
        Patient p = data.patients().findById(patientId).orElseThrow(() -> new NoSuchElementException("No patient with id " + patientId));
        return p.familyId() == null ? p.id() : p.familyId();
    }

    /** The households whose balance at the end of {@code to} is above zero, by key. */
    public List<StatementQueries.HouseholdBalance> withBalance(LocalDate to) {
        return data.read(StatementQueries.class, q -> q.balances(to, endOf(to, zone())));
    }

    /** {@code household}'s statement for the last whole month before today (in the practice's time zone). */
    public HouseholdStatement lastMonth(UUID household) {
        YearMonth month = lastMonth(LocalDate.now(data.clock().withZone(zone())));
        return of(household, month.atDay(1), month.atEndOfMonth());
    }

    /**
     * {@code household}'s statement from {@code from} to {@code to}, both whole days. Refused at {@code to} when it is
     * before {@code from}; a household with no patient is no household.
     */
    public HouseholdStatement of(UUID household, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new ValidationException(from == null ? "from" : "to", "is required");
        }
        if (to.isBefore(from)) {
            throw new ValidationException("to", "is before the statement's first day");
        }
        ZoneId zone = zone();
        Instant end = endOf(to, zone);
        return data.read(StatementQueries.class, q -> {
            List<Patient> members = q.members(household);
            if (members.isEmpty()) {
                throw new NoSuchElementException("No household with key " + household);
            }
            Map<UUID, BigDecimal> allocated = new HashMap<>();
            q.allocated(household, end).forEach(a -> allocated.put(a.invoiceId(), a.amount()));
            return account(household, members, from, to, zone, q.invoices(household), q.payments(household, end), allocated);
        });
    }

    private static HouseholdStatement account(UUID household, List<Patient> members, LocalDate from, LocalDate to, ZoneId zone,
                                              List<Invoice> invoices, List<Payment> payments, Map<UUID, BigDecimal> allocated) {
        Map<UUID, Invoice> byId = new HashMap<>();
        invoices.forEach(i -> byId.put(i.id(), i));
        List<Entry> moves = new ArrayList<>();
        Map<UUID, BigDecimal> credited = new HashMap<>();
        for (Invoice i : invoices) {
            LocalDate on = day(i);
            if (on == null || on.isAfter(to) || !counts(i)) {
                continue;
            }
            if (i.kind() == InvoiceKind.CREDIT_NOTE) {
                Invoice corrected = byId.get(i.correctsInvoiceId());
                if (corrected == null || !counts(corrected) || corrected.kind() == InvoiceKind.CREDIT_NOTE) {
                    continue; // a credit note of a voided invoice credits nothing: the invoice's net is zero already
                }
                credited.merge(corrected.id(), i.totalAmount(), BigDecimal::add);
                moves.add(new Entry(on, Kind.CREDIT_NOTE, i.id(), i.patientId(), i.number(), null, null, corrected.number(), null, null,
                        i.totalAmount(), null));
            } else {
                moves.add(new Entry(on, Kind.CHARGE, i.id(), i.patientId(), i.number(), i.kind(), i.billingMonth(), null, null, null,
                        i.totalAmount(), null));
            }
        }
        BigDecimal paid = ZERO;
        for (Payment p : payments) {
            boolean refund = p.kind() == PaymentKind.REFUND;
            moves.add(new Entry(p.paidAt().atZone(zone).toLocalDate(), refund ? Kind.REFUND : Kind.PAYMENT, p.id(), p.patientId(), null, null,
                    null, null, p.paymentMethod(), refund ? p.reason() : p.referenceNumber(), p.amount(), null));
            paid = refund ? paid.subtract(p.amount()) : paid.add(p.amount());
        }
        moves.sort(Comparator.comparing(Entry::on).thenComparing(e -> e.kind().ordinal()).thenComparing(Entry::id));

        BigDecimal opening = ZERO;
        List<Entry> entries = new ArrayList<>();
        BigDecimal balance = null;
        for (Entry e : moves) {
            BigDecimal change = e.kind().sign() > 0 ? e.amount() : e.amount().negate();
            if (e.on().isBefore(from)) {
                opening = opening.add(change);
                continue;
            }
            balance = (balance == null ? opening : balance).add(change);
            entries.add(new Entry(e.on(), e.kind(), e.id(), e.patientId(), e.number(), e.invoiceKind(), e.billingMonth(), e.corrects(),
                    e.method(), e.reference(), e.amount(), balance));
        }
        BigDecimal closing = balance == null ? opening : balance;

        // What was open at the end of the period, invoice by invoice, and the credit on account then.
        Aging aging = Aging.NONE;
        BigDecimal applied = ZERO;
        for (Entry e : moves) {
            if (e.kind() != Kind.CHARGE) {
                continue;
            }
            Invoice i = byId.get(e.id());
            BigDecimal net = i.totalAmount().subtract(credited.getOrDefault(i.id(), ZERO));
            BigDecimal applies = allocated.getOrDefault(i.id(), ZERO).min(net);
            BigDecimal open = net.subtract(applies);
            applied = applied.add(applies);
            if (open.signum() > 0) {
                LocalDate due = i.dueDate() != null ? i.dueDate() : e.on();
                aging = aging.plus(ChronoUnit.DAYS.between(due, to), open);
            }
        }
        BigDecimal credit = paid.subtract(applied);
        return new HouseholdStatement(household, members, from, to, opening, entries, closing, credit, aging);
    }

    /** Whether the money contract counts {@code invoice}: sent (never draft) and not voided. */
    private static boolean counts(Invoice invoice) {
        return invoice.status() != InvoiceStatus.DRAFT && invoice.status() != InvoiceStatus.VOID && invoice.voidedAt() == null;
    }

    /** The day an invoice counts from: the day it was issued (its due date when it has none). */
    private static LocalDate day(Invoice invoice) {
        return invoice.issuedOn() != null ? invoice.issuedOn() : invoice.dueDate();
    }

    private ZoneId zone() {
        return data.office().practice().orElseThrow().zone();
    }

    private static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
