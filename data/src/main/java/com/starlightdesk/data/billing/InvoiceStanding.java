package com.starlightdesk.data.billing;

import com.starlightdesk.data.domain.InvoiceKind;
import com.starlightdesk.data.domain.InvoiceStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * Where an invoice stands on a given day, by the practice's money contract.
 * <ul>
 * <li>{@code net}: for a charge invoice (membership or visit) that is sent and not void, its total less the totals of the
 *     non-void credit notes correcting it (never below zero); 0 for a draft, a void invoice or a credit note.</li>
 * <li>{@code allocated}: every payment allocation to the invoice; {@code applied = min(allocated, net)}: what of it pays
 *     the invoice (the rest, e.g. money allocated to an invoice since voided or paid twice by two desks, is the
 *     household's credit on account).</li>
 * <li>{@code open = net - applied}, never negative.</li>
 * <li>{@code status}: VOID when voided; DRAFT when stored draft; a credit note otherwise SENT; a charge invoice PAID
 *     when nothing is open, OVERDUE when something is open and the due date is before the practice's today, else SENT.
 *     PAID and OVERDUE are never stored.</li>
 * </ul>
 * Money is scale 2. {@code householdId} is the patient's {@code family_id}, or the patient's own id when in none.
 * Immutable.
 */
public record InvoiceStanding(
        UUID invoiceId,
        UUID patientId,
        UUID householdId,
        InvoiceKind kind,
        LocalDate issuedOn,
        LocalDate dueDate,
        BigDecimal total,
        BigDecimal credited,
        BigDecimal net,
        BigDecimal allocated,
        BigDecimal applied,
        BigDecimal open,
        InvoiceStatus status) {

    public InvoiceStanding {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(status, "status");
    }

    /**
     * The status by the contract: {@code stored} is the stored status ('draft', 'sent' or 'void'; an older 'paid' or
     * 'overdue' counts as sent), {@code voided} whether the invoice carries a void time.
     */
    public static InvoiceStatus statusOf(InvoiceKind kind, InvoiceStatus stored, boolean voided, BigDecimal open, LocalDate dueDate,
                                         LocalDate today) {
        if (voided || stored == InvoiceStatus.VOID) {
            return InvoiceStatus.VOID;
        }
        if (stored == InvoiceStatus.DRAFT) {
            return InvoiceStatus.DRAFT;
        }
        if (kind == InvoiceKind.CREDIT_NOTE) {
            return InvoiceStatus.SENT;
        }
        if (open.signum() == 0) {
            return InvoiceStatus.PAID;
        }
        return dueDate != null && dueDate.isBefore(today) ? InvoiceStatus.OVERDUE : InvoiceStatus.SENT;
    }

    /** Whether something of the invoice is still to pay. */
    public boolean isOpen() {
        return open.signum() > 0;
    }

    /**
     * Days from the due date to {@code today} (0 when not yet due, due today or with no due date): the aging
     * buckets' measure for an open invoice.
     */
    public long daysPastDue(LocalDate today) {
        return dueDate == null || !dueDate.isBefore(today) ? 0 : ChronoUnit.DAYS.between(dueDate, today);
    }
}
