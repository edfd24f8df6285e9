package com.starlightdesk.data.repo;

import com.starlightdesk.data.billing.MonthlyBillingRun;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.FeeScheduleEntry;
import com.starlightdesk.data.domain.Fields;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceKind;
import com.starlightdesk.data.domain.InvoiceLineItem;
import com.starlightdesk.data.domain.InvoiceStatus;
import com.starlightdesk.data.domain.LineKind;
import com.starlightdesk.data.domain.MembershipChange;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Subscription;
import com.starlightdesk.data.domain.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/**
 * Invoices through their life: a draft visit invoice made from a completed visit, its lines edited while it is a
 * draft, sent, voided with a reason, a voided membership invoice reissued, a sent invoice corrected by a credit
 * note.
 *
 * <p>Rules kept here, each refused at its field with nothing written:
 * <ul>
 * <li>A visit invoice is made from a <em>completed</em> visit, for its patient, one live (not void) invoice per visit.
 *     Its lines come from the practice's fee schedule with the price of the day copied onto the line. When the patient
 *     was a member on the visit's day (the membership covering that day in the practice's time zone, not paused), a
 *     service the schedule marks covered by membership is a {@link LineKind#COVERED covered} line at zero.</li>
 * <li>The doses given here at the visit (recorded on the visit, or on its day with no visit named; not entered in
 *     error) suggest lines when the draft is made: for each dose, its vaccine product (the active entry whose CVX is
 *     the dose's) and one administration (the active entry 90460 for a child under 18 on the visit's day, else 90471;
 *     the other of the two when the practice has only one). Each suggested line keeps the dose it is for.</li>
 * <li>Only a draft's lines change (add, remove, quantity); a discount line is allowed; the total is Σ charges −
 *     Σ discounts and may not go below zero. A sent or void invoice and its lines are never edited: corrections are a
 *     void with a reason or a credit note.</li>
 * <li>Sending issues the invoice on the practice's today, due {@value MonthlyBillingRun#DAYS_TO_PAY} days later.</li>
 * <li>Voiding needs a reason; a void invoice keeps its rows, and money allocated to it becomes the family's credit
 *     (the ledger computes this; nothing is moved).</li>
 * <li>A voided membership invoice is reissued as a draft for the same membership and month with the next reissue
 *     number, its lines copied; its key is the billing run's ({@link Invoice#membershipInvoiceId}), so two desks
 *     reissuing the same invoice offline make one.</li>
 * <li>A credit note corrects a sent charge invoice (not void) with lines that each give a reason; it is made sent;
 *     its total may not exceed the invoice's total less its earlier credit notes that are not void.</li>
 * </ul>
 * Every write is one transaction through {@link PracticeData#write}, audited and put in the outbox. Thread-safe;
 * every call blocks on the store (never call it on the JavaFX thread).
 */
public final class Invoices {
    /** The fee schedule codes of a vaccine's administration: for a child (under 18), and otherwise. */
    public static final String CHILD_ADMINISTRATION = "90460";
    public static final String ADMINISTRATION = "90471";

    private final PracticeData data;

    Invoices(PracticeData data) {
        this.data = data;
    }

    /** One line of a credit note: why the amount is credited, and the amount. */
    public record Credit(String reason, BigDecimal amount) {
    }

    /** The invoice, if the store has it. */
    public Optional<Invoice> invoice(UUID id) {
        return data.billing().invoice(id);
    }

    /** An invoice's lines in their order. */
    public List<InvoiceLineItem> lines(UUID invoiceId) {
        return data.billing().lineItems(invoiceId);
    }

    /** The credit notes correcting an invoice, void ones too, oldest first. */
    public List<Invoice> creditNotes(UUID invoiceId) {
        return data.read(InvoiceQueries.class, q -> q.creditNotes(invoiceId));
    }

    /** The invoices made for a visit, void ones too, oldest first. */
    public List<Invoice> forVisit(UUID appointmentId) {
        return data.read(InvoiceQueries.class, q -> q.visitInvoices(appointmentId));
    }

    /**
     * Makes the draft invoice of a completed visit, with the lines its doses suggest (see the class comment). Refused at
     * {@code appointmentId} when the visit is not completed or has a live invoice already.
     */
    public Invoice startVisitInvoice(UUID appointmentId) {
        return data.write(changes -> {
            Appointment visit = changes.queries(AppointmentQueries.class).findById(appointmentId)
                    .orElseThrow(() -> new NoSuchElementException("No visit " + appointmentId));
            if (visit.status() != AppointmentStatus.COMPLETED) {
                throw new ValidationException("appointmentId", "is not a completed visit; a visit is invoiced once it is completed");
            }
            InvoiceQueries q = changes.queries(InvoiceQueries.class);
            List<Invoice> earlier = q.visitInvoices(appointmentId);
            if (earlier.stream().anyMatch(i -> i.status() != InvoiceStatus.VOID)) {
                throw new ValidationException("appointmentId", "has an invoice already; void it first to make another");
            }
            LocalDate day = visit.startTime().atZone(data.office().practice().orElseThrow().zone()).toLocalDate();
            boolean member = memberOn(changes, visit.patientId(), day);
            UUID id = Ids.named("visit-invoice/" + data.practiceId() + "/" + appointmentId + "/" + earlier.size());
            List<FeeScheduleEntry> schedule = q.feeSchedule().stream().filter(FeeScheduleEntry::isActive).toList();
            Patient patient = changes.queries(PatientQueries.class).findById(visit.patientId()).orElseThrow();
            Optional<FeeScheduleEntry> administration = administration(schedule, patient, day);
            List<InvoiceLineItem> lines = new ArrayList<>();
            for (Immunization dose : q.dosesAtVisit(visit.patientId(), appointmentId, day)) {
                Optional<FeeScheduleEntry> product = schedule.stream().filter(e -> dose.cvx().equals(e.cvx())).findFirst();
                for (FeeScheduleEntry e : product.isPresent() ? List.of(product.get(), administration.orElse(product.get()))
                        : administration.map(List::of).orElse(List.of())) {
                    if (lines.stream().noneMatch(l -> dose.id().equals(l.immunizationId()) && e.cptCode().equals(l.cptCode()))) {
                        lines.add(line(Invoice.lineId(id, lines.size() + 1), id, lines.size() + 1, e, 1, member, dose.id()));
                    }
                }
            }
            Invoice invoice = changes.insert(Invoice.visit(id, visit.patientId(), appointmentId, InvoiceStatus.DRAFT, null, null, null,
                    total(lines)));
            changes.insertAll(lines);
            return invoice;
        });
    }

    /**
     * Adds a service of the fee schedule to a draft, its price copied (covered at zero when the membership covers it on
     * the visit's day). Refused at {@code feeScheduleEntryId} for an inactive entry, {@code quantity} out of 1–10000.
     */
    public InvoiceLineItem addService(UUID invoiceId, UUID feeScheduleEntryId, int quantity) {
        return data.write(changes -> {
            Invoice invoice = draft(changes, invoiceId);
            FeeScheduleEntry entry = changes.queries(InvoiceQueries.class).feeScheduleEntry(feeScheduleEntryId)
                    .filter(FeeScheduleEntry::isActive)
                    .orElseThrow(() -> new ValidationException("feeScheduleEntryId", "is not an active entry of the fee schedule"));
            boolean member = memberOn(changes, invoice.patientId(), serviceDay(changes, invoice));
            int n = changes.queries(InvoiceQueries.class).lastLineNumber(invoiceId) + 1;
            InvoiceLineItem line = changes.insert(line(Ids.next(), invoiceId, n, entry, quantity, member, null));
            retotal(changes, invoice, null);
            return line;
        });
    }

    /**
     * Adds a discount to a draft: {@code description} says what it is for, {@code amount} is subtracted from the total.
     * Refused at {@code amount} when it is not above zero or would take the total below zero.
     */
    public InvoiceLineItem addDiscount(UUID invoiceId, String description, BigDecimal amount) {
        String words = Fields.text("description", description, 500);
        BigDecimal money = Fields.money("amount", amount);
        if (money.signum() == 0) {
            throw new ValidationException("amount", "must be more than zero");
        }
        return data.write(changes -> {
            Invoice invoice = draft(changes, invoiceId);
            int n = changes.queries(InvoiceQueries.class).lastLineNumber(invoiceId) + 1;
            InvoiceLineItem line = changes.insert(new InvoiceLineItem(Ids.next(), invoiceId, null, words, 1, money, money, n,
                    LineKind.DISCOUNT, null, null, null, null));
            retotal(changes, invoice, "amount");
            return line;
        });
    }

    /** Changes a draft line's quantity (1–10000), its amount following. Refused at {@code quantity}. */
    public InvoiceLineItem changeQuantity(UUID lineId, int quantity) {
        return data.write(changes -> {
            InvoiceLineItem old = changes.current(InvoiceLineItem.class, lineId);
            Invoice invoice = draft(changes, old.invoiceId());
            InvoiceLineItem line = changes.update(new InvoiceLineItem(old.id(), old.invoiceId(), old.cptCode(), old.description(), quantity,
                    old.unitPrice(), old.unitPrice().multiply(BigDecimal.valueOf(quantity)), old.lineNumber(), old.kind(), old.planId(),
                    old.serviceFrom(), old.serviceTo(), old.immunizationId()));
            retotal(changes, invoice, "quantity");
            return line;
        });
    }

    /** Removes a line from a draft. Refused at {@code lines} when the discounts left would exceed the charges. */
    public void removeLine(UUID lineId) {
        data.writeAll(changes -> {
            InvoiceLineItem old = changes.current(InvoiceLineItem.class, lineId);
            Invoice invoice = draft(changes, old.invoiceId());
            changes.softDelete(InvoiceLineItem.class, lineId);
            retotal(changes, invoice, "lines");
        });
    }

    /**
     * Sends a draft: issued on the practice's today, due {@value MonthlyBillingRun#DAYS_TO_PAY} days later. From then on
     * the invoice and its lines are never edited. Refused at {@code lines} for a draft with none.
     */
    public Invoice send(UUID invoiceId) {
        LocalDate today = today();
        return data.write(changes -> {
            Invoice d = draft(changes, invoiceId);
            if (changes.queries(BillingQueries.class).lineItems(invoiceId).isEmpty()) {
                throw new ValidationException("lines", "are empty: an invoice is sent with at least one line");
            }
            return changes.update(new Invoice(d.id(), d.patientId(), d.appointmentId(), InvoiceStatus.SENT, today,
                    today.plusDays(MonthlyBillingRun.DAYS_TO_PAY), null, d.totalAmount(), d.kind(), d.subscriptionId(), d.billingMonth(),
                    d.reissue(), d.correctsInvoiceId(), null, null));
        });
    }

    /**
     * Voids a draft or sent invoice with {@code reason} (refused at {@code voidReason} without one, at {@code status}
     * when void already). Its rows stay; money allocated to it becomes the family's credit.
     */
    public Invoice voidInvoice(UUID invoiceId, String reason) {
        String why = Fields.text("voidReason", reason, 500);
        return data.write(changes -> {
            Invoice i = changes.current(Invoice.class, invoiceId);
            if (i.status() == InvoiceStatus.VOID) {
                throw new ValidationException("status", "is void already");
            }
            return changes.update(new Invoice(i.id(), i.patientId(), i.appointmentId(), InvoiceStatus.VOID, i.issuedOn(), i.dueDate(),
                    null, i.totalAmount(), i.kind(), i.subscriptionId(), i.billingMonth(), i.reissue(), i.correctsInvoiceId(),
                    changes.now(), why));
        });
    }

    /**
     * Reissues a voided membership invoice as a draft for the same membership and month, reissue number one above the
     * month's highest, with the voided invoice's lines copied. Refused at {@code status} unless the invoice is the
     * month's latest and void, at {@code kind} for an invoice that bills no membership.
     */
    public Invoice reissue(UUID invoiceId) {
        return data.write(changes -> {
            Invoice voided = changes.current(Invoice.class, invoiceId);
            if (voided.kind() != InvoiceKind.MEMBERSHIP) {
                throw new ValidationException("kind", "is not a membership invoice; only a membership's month is reissued");
            }
            if (voided.status() != InvoiceStatus.VOID) {
                throw new ValidationException("status", "is not void; an invoice is reissued once voided");
            }
            List<Invoice> month = changes.queries(InvoiceQueries.class).membershipMonth(voided.subscriptionId(), voided.billingMonth());
            int last = month.stream().mapToInt(Invoice::reissue).max().orElse(0);
            if (last != voided.reissue()) {
                throw new ValidationException("status", "was reissued already (reissue " + last + ")");
            }
            int reissue = last + 1;
            UUID id = Invoice.membershipInvoiceId(data.practiceId(), voided.subscriptionId(), voided.billingMonth(), reissue);
            List<InvoiceLineItem> lines = new ArrayList<>();
            for (InvoiceLineItem l : changes.queries(BillingQueries.class).lineItems(invoiceId)) {
                int n = lines.size() + 1;
                lines.add(new InvoiceLineItem(Invoice.lineId(id, n), id, l.cptCode(), l.description(), l.quantity(), l.unitPrice(),
                        l.amount(), n, l.kind(), l.planId(), l.serviceFrom(), l.serviceTo(), l.immunizationId()));
            }
            Invoice copy = changes.insert(Invoice.membership(id, voided.patientId(), voided.subscriptionId(), voided.billingMonth(),
                    reissue, InvoiceStatus.DRAFT, null, null, null, total(lines)));
            changes.insertAll(lines);
            return copy;
        });
    }

    /**
     * Makes a sent credit note correcting {@code invoiceId}, one line per credit. Refused at {@code correctsInvoiceId}
     * unless the invoice is a sent charge invoice, at {@code credits} when there are none, at {@code reason} or
     * {@code amount} for a credit without a reason, not above zero, or taking the credit beyond what is left to
     * credit.
     */
    public Invoice creditNote(UUID invoiceId, List<Credit> credits) {
        if (credits == null || credits.isEmpty()) {
            throw new ValidationException("credits", "are empty: a credit note credits at least one amount");
        }
        List<String> reasons = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        for (Credit c : credits) {
            reasons.add(Fields.text("reason", c.reason(), 500));
            BigDecimal amount = Fields.money("amount", c.amount());
            if (amount.signum() == 0) {
                throw new ValidationException("amount", "must be more than zero");
            }
            amounts.add(amount);
        }
        LocalDate today = today();
        return data.write(changes -> {
            Invoice corrected = changes.current(Invoice.class, invoiceId);
            if (corrected.kind() == InvoiceKind.CREDIT_NOTE || corrected.status() == InvoiceStatus.DRAFT
                    || corrected.status() == InvoiceStatus.VOID) {
                throw new ValidationException("correctsInvoiceId", "is not a sent invoice; a credit note corrects a sent invoice");
            }
            BigDecimal left = corrected.totalAmount();
            for (Invoice earlier : changes.queries(InvoiceQueries.class).creditNotes(invoiceId)) {
                if (earlier.status() != InvoiceStatus.VOID) {
                    left = left.subtract(earlier.totalAmount());
                }
            }
            BigDecimal sum = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(left) > 0) {
                throw new ValidationException("amount", "is more than is left to credit on the invoice (" + left.toPlainString() + ")");
            }
            UUID id = Ids.next();
            List<InvoiceLineItem> lines = new ArrayList<>();
            for (int i = 0; i < amounts.size(); i++) {
                lines.add(new InvoiceLineItem(Invoice.lineId(id, i + 1), id, null, reasons.get(i), 1, amounts.get(i), amounts.get(i), i + 1,
                        LineKind.CHARGE, null, null, null, null));
            }
            Invoice note = changes.insert(new Invoice(id, corrected.patientId(), corrected.appointmentId(), InvoiceStatus.SENT, today, today,
                    null, sum, InvoiceKind.CREDIT_NOTE, null, null, 0, invoiceId, null, null));
            changes.insertAll(lines);
            return note;
        });
    }

    /** The practice's today, in its time zone. */
    private LocalDate today() {
        return LocalDate.now(data.clock().withZone(data.office().practice().orElseThrow().zone()));
    }

    /** The invoice, locked, when it is a draft; refused at {@code status} otherwise. */
    private static Invoice draft(Changes changes, UUID invoiceId) {
        Invoice invoice = changes.current(Invoice.class, invoiceId);
        if (invoice.status() != InvoiceStatus.DRAFT) {
            throw new ValidationException("status", invoice.status() == InvoiceStatus.VOID
                    ? "is void: a void invoice is never edited"
                    : "is sent: a sent invoice is never edited; void it with a reason or make a credit note");
        }
        return invoice;
    }

    /** Saves a draft's total from its lines; refused at {@code field} when discounts exceed charges. */
    private static void retotal(Changes changes, Invoice d, String field) {
        BigDecimal total = changes.queries(BillingQueries.class).lineItems(d.id()).stream()
                .map(InvoiceLineItem::signedAmount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        if (total.signum() < 0) {
            throw new ValidationException(field == null ? "lines" : field,
                    "would take the total below zero: the discounts would exceed the charges");
        }
        changes.update(new Invoice(d.id(), d.patientId(), d.appointmentId(), d.status(), d.issuedOn(), d.dueDate(), d.paidAt(), total,
                d.kind(), d.subscriptionId(), d.billingMonth(), d.reissue(), d.correctsInvoiceId(), d.voidedAt(), d.voidReason()));
    }

    private static BigDecimal total(List<InvoiceLineItem> lines) {
        return lines.stream().map(InvoiceLineItem::signedAmount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** A line for a fee schedule entry: its price copied, or covered at zero for a member when the entry says so. */
    private static InvoiceLineItem line(UUID id, UUID invoiceId, int n, FeeScheduleEntry e, int quantity, boolean member, UUID doseId) {
        boolean covered = member && e.coveredByMembership();
        BigDecimal price = covered ? BigDecimal.ZERO.setScale(2) : e.price();
        if (quantity < 1 || quantity > 10_000) {
            throw new ValidationException("quantity", "must be between 1 and 10000");
        }
        return new InvoiceLineItem(id, invoiceId, e.cptCode(), e.description(), quantity, price, price.multiply(BigDecimal.valueOf(quantity)),
                n, covered ? LineKind.COVERED : LineKind.CHARGE, null, null, null, doseId);
    }

    /** The administration entry for a dose: 90460 for a child under 18 on the day, else 90471; the other when only one is kept. */
    private static Optional<FeeScheduleEntry> administration(List<FeeScheduleEntry> schedule, Patient patient, LocalDate day) {
        boolean child = patient.dateOfBirth() == null || Period.between(patient.dateOfBirth(), day).getYears() < 18;
        List<String> order = child ? List.of(CHILD_ADMINISTRATION, ADMINISTRATION) : List.of(ADMINISTRATION, CHILD_ADMINISTRATION);
        for (String code : order) {
            Optional<FeeScheduleEntry> e = schedule.stream().filter(x -> x.cptCode().equals(code)).findFirst();
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    /** The day an invoice's services were given: its visit's day, else its billing month, else today. */
    private LocalDate serviceDay(Changes changes, Invoice invoice) {
        if (invoice.appointmentId() != null) {
            Optional<Appointment> visit = changes.queries(AppointmentQueries.class).findById(invoice.appointmentId());
            if (visit.isPresent()) {
                return visit.get().startTime().atZone(data.office().practice().orElseThrow().zone()).toLocalDate();
            }
        }
        return invoice.billingMonth() != null ? invoice.billingMonth() : today();
    }

    /** Whether one of the patient's memberships covered {@code day}. */
    private static boolean memberOn(Changes changes, UUID patientId, LocalDate day) {
        BillingQueries q = changes.queries(BillingQueries.class);
        List<MembershipChange> history = q.membershipHistory(patientId);
        for (Subscription m : q.subscriptions(patientId)) {
            List<MembershipChange> own = history.stream().filter(c -> c.subscriptionId().equals(m.id())).toList();
            if (MonthlyBillingRun.covers(m, own, day)) {
                return true;
            }
        }
        return false;
    }
}
