package com.starlightdesk.data.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A bill to a family: a membership's month ({@code subscriptionId}, {@code billingMonth} its first day,
 * {@code reissue} 0 for the billing run's own invoice and 1, 2, ... for one made again after a void), a visit
 * ({@code appointmentId}), or a credit note correcting an invoice already sent ({@code correctsInvoiceId}; its
 * total is credited). Voided with the time and a reason, never deleted.
 */
public record Invoice(
        UUID id,
        UUID patientId,
        UUID appointmentId,
        InvoiceStatus status,
        LocalDate issuedOn,
        LocalDate dueDate,
        Instant paidAt,
        BigDecimal totalAmount,
        InvoiceKind kind,
        UUID subscriptionId,
        LocalDate billingMonth,
        int reissue,
        UUID correctsInvoiceId,
        Instant voidedAt,
        String voidReason) {

    public Invoice {
        Fields.id("id", id);
        Fields.id("patientId", patientId);
        Fields.required("status", status);
        Fields.notBefore("dueDate", dueDate, "issuedOn", issuedOn);
        paidAt = Fields.optionalInstant(paidAt);
        if (status == InvoiceStatus.PAID && paidAt == null) {
            throw new ValidationException("paidAt", "is required for a paid invoice");
        }
        totalAmount = Fields.money("totalAmount", totalAmount);
        Fields.required("kind", kind);
        if ((kind == InvoiceKind.MEMBERSHIP) != (subscriptionId != null && billingMonth != null)) {
            throw new ValidationException(kind == InvoiceKind.MEMBERSHIP ? "billingMonth" : "subscriptionId",
                    "a membership invoice, and only one, names its membership and month");
        }
        if (billingMonth != null && billingMonth.getDayOfMonth() != 1) {
            throw new ValidationException("billingMonth", "must be the first day of a month");
        }
        if (reissue < 0 || reissue > 999) {
            throw new ValidationException("reissue", "must be between 0 and 999");
        }
        if ((kind == InvoiceKind.CREDIT_NOTE) != (correctsInvoiceId != null)) {
            throw new ValidationException("correctsInvoiceId", "a credit note, and only one, names the invoice it corrects");
        }
        voidedAt = Fields.optionalInstant(voidedAt);
        voidReason = Fields.optionalText("voidReason", voidReason, 500);
        if ((voidedAt == null) != (voidReason == null) || (status == InvoiceStatus.VOID) != (voidedAt != null)) {
            throw new ValidationException("voidReason", "a void invoice, and only one, has the time and the reason it was voided");
        }
    }

    /**
     * The key of a membership's invoice for a month: name-based on the practice, the membership, the month and the
     * reissue, so every desk that bills that month makes the same invoice (and one row once they have synced).
     */
    public static UUID membershipInvoiceId(UUID practiceId, UUID subscriptionId, LocalDate billingMonth, int reissue) {
        return Ids.named("membership-invoice/" + practiceId + "/" + subscriptionId + "/" + billingMonth.withDayOfMonth(1) + "/" + reissue);
    }

    /**
     * The invoice's number as a family reads and quotes it: the last eight characters of its key in capitals
     * ("3F9A1C2B"), the same on every desk without a counter to share.
     */
    public String number() {
        return numberOf(id);
    }

    /** The number of the invoice keyed {@code invoiceId} (see {@link #number()}). */
    public static String numberOf(UUID invoiceId) {
        String hex = invoiceId.toString().replace("-", "");
        return hex.substring(hex.length() - 8).toUpperCase(java.util.Locale.ROOT);
    }

    /** The key of line {@code lineNumber} of a name-based invoice: the same on every desk. */
    public static UUID lineId(UUID invoiceId, int lineNumber) {
        return Ids.named("invoice-line/" + invoiceId + "/" + lineNumber);
    }

    /** An invoice for a visit (or for services with no visit when {@code appointmentId} is null). */
    public static Invoice visit(UUID id, UUID patientId, UUID appointmentId, InvoiceStatus status, LocalDate issuedOn,
                                LocalDate dueDate, Instant paidAt, BigDecimal totalAmount) {
        return new Invoice(id, patientId, appointmentId, status, issuedOn, dueDate, paidAt, totalAmount, InvoiceKind.VISIT,
                null, null, 0, null, null, null);
    }

    /** A membership's invoice for the month starting {@code billingMonth}. */
    public static Invoice membership(UUID id, UUID patientId, UUID subscriptionId, LocalDate billingMonth, int reissue,
                                     InvoiceStatus status, LocalDate issuedOn, LocalDate dueDate, Instant paidAt, BigDecimal totalAmount) {
        return new Invoice(id, patientId, null, status, issuedOn, dueDate, paidAt, totalAmount, InvoiceKind.MEMBERSHIP,
                subscriptionId, billingMonth, reissue, null, null, null);
    }
}
