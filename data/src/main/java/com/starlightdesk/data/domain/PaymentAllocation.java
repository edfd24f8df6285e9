package com.starlightdesk.data.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** How much of a payment went to an invoice. Insert-only; what a payment has not allocated is credit on account. */
public record PaymentAllocation(UUID id, UUID paymentId, UUID invoiceId, BigDecimal amount) {
    public PaymentAllocation {
        Fields.id("id", id);
        Fields.id("paymentId", paymentId);
        Fields.id("invoiceId", invoiceId);
        amount = Fields.money("amount", amount);
        if (amount.signum() == 0) {
            throw new ValidationException("amount", "must be greater than zero");
        }
    }
}
