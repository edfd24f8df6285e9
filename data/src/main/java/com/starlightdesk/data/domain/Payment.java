package com.starlightdesk.data.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Money received from a family (a payment, with its method and reference) or returned to it (a refund, with its
 * reason and, when it returns one, the payment). Insert-only. What a payment paid is in its
 * {@link PaymentAllocation allocations}; what it has not allocated is the family's credit on account.
 */
public record Payment(
        UUID id,
        UUID patientId,
        BigDecimal amount,
        PaymentMethod paymentMethod,
        Instant paidAt,
        String referenceNumber,
        PaymentKind kind,
        UUID refundsPaymentId,
        String reason,
        UUID recordedBy) {

    public Payment {
        Fields.id("id", id);
        Fields.id("patientId", patientId);
        amount = Fields.money("amount", amount);
        if (amount.signum() == 0) {
            throw new ValidationException("amount", "must be greater than zero");
        }
        paidAt = Fields.instant("paidAt", paidAt);
        referenceNumber = Fields.optionalText("referenceNumber", referenceNumber, 64);
        Fields.required("kind", kind);
        reason = Fields.optionalText("reason", reason, 500);
        if (kind == PaymentKind.REFUND && reason == null) {
            throw new ValidationException("reason", "is required for a refund");
        }
        if (refundsPaymentId != null && kind != PaymentKind.REFUND) {
            throw new ValidationException("refundsPaymentId", "is only for a refund");
        }
    }

    /** A payment received. */
    public static Payment received(UUID id, UUID patientId, BigDecimal amount, PaymentMethod method, Instant paidAt, String reference,
                                   UUID recordedBy) {
        return new Payment(id, patientId, amount, method, paidAt, reference, PaymentKind.PAYMENT, null, null, recordedBy);
    }
}
