package com.starlightdesk.data.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A plan's monthly fee from the first day of a month on. The billing run bills a month at the fee in effect on
 * its first day; invoices already made keep their amounts.
 */
public record PlanFeeChange(UUID id, UUID planId, LocalDate effectiveFrom, BigDecimal monthlyFee) {
    public PlanFeeChange {
        Fields.id("id", id);
        Fields.id("planId", planId);
        Fields.required("effectiveFrom", effectiveFrom);
        if (effectiveFrom.getDayOfMonth() != 1) {
            throw new ValidationException("effectiveFrom", "must be the first day of a month");
        }
        monthlyFee = Fields.money("monthlyFee", monthlyFee);
    }
}
