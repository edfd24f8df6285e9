package com.starlightdesk.data.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Money received from a family, against an invoice or on account. */
public record Payment(
        UUID id,
        UUID invoiceId,
        UUID patientId,
        BigDecimal amount,
        PaymentMethod paymentMethod,
        Instant paidAt,
        String referenceNumber) {

    public Payment {
        Fields.id("id", id);
        Fields.id("patientId", patientId);
        amount = Fields.money("amount", amount);
        if (amount.signum() == 0) {
            throw new ValidationException("amount", "must be greater than zero");
        }
        paidAt = Fields.instant("paidAt", paidAt);
        referenceNumber = Fields.optionalText("referenceNumber", referenceNumber, 64);
    }
}
