package com.starlightdesk.data.billing;

import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceLineItem;
import com.starlightdesk.data.domain.LineKind;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * What the monthly billing run would make for a month: every invoice with its lines, the totals per plan, the
 * household discounts, and each membership it skips with the reason. Made by {@link MonthlyBillingRun#plan};
 * committed by {@code MonthlyBilling.commit}. Immutable.
 */
public record BillingRunPreview(YearMonth month, List<PlannedInvoice> invoices, List<Skipped> skipped, List<PlanTotal> plans,
                                BigDecimal total, BigDecimal householdDiscounts) {
    public BillingRunPreview {
        invoices = List.copyOf(invoices);
        skipped = List.copyOf(skipped);
        plans = List.copyOf(plans);
    }

    /** One invoice the run would make, with its lines (membership stretches, then a household discount if any). */
    public record PlannedInvoice(Invoice invoice, List<InvoiceLineItem> lines, UUID household, UUID planId) {
        public PlannedInvoice {
            lines = List.copyOf(lines);
        }

        /** The household discount on this invoice (zero when none). */
        public BigDecimal discount() {
            return lines.stream().filter(l -> l.kind() == LineKind.DISCOUNT).map(InvoiceLineItem::amount)
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }
    }

    /** A membership the run makes no invoice for, and why. */
    public record Skipped(UUID subscriptionId, UUID patientId, SkipReason reason) {
    }

    /** A plan's invoices in the run and what they bill (after household discounts). */
    public record PlanTotal(UUID planId, String planName, int invoices, BigDecimal billed) {
    }
}
