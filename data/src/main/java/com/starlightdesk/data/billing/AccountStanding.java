package com.starlightdesk.data.billing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * A household's (or a patient's) account by the practice's money contract:
 * <ul>
 * <li>{@code openTotal}: Σ open of its invoices (see {@link InvoiceStanding});</li>
 * <li>{@code credit}: credit on account, Σ payments − Σ refunds − Σ applied of its invoices;</li>
 * <li>{@code balance = openTotal − credit}: what the family owes (negative: what the practice owes the family).</li>
 * </ul>
 * {@code accountId} is the household id ({@code family_id}, or the patient's id when in none) or the patient's id.
 * A household's credit goes below zero only when desks offline refunded the same credit twice. For one patient of a household the figures are that patient's share: the
 * patient's invoices and the payments taken from that patient, so a payment from one sibling paying another's
 * invoice shows as credit on the one and as negative credit on the other; the household's figures are the ones to
 * show a family. Money is scale 2. Immutable.
 */
public record AccountStanding(UUID accountId, BigDecimal openTotal, BigDecimal credit, BigDecimal balance) {

    public AccountStanding {
        Objects.requireNonNull(accountId, "accountId");
    }

    /** An account with no invoice and no payment. */
    public static AccountStanding empty(UUID accountId) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new AccountStanding(accountId, zero, zero, zero);
    }
}
