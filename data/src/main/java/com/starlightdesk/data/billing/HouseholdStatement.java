package com.starlightdesk.data.billing;

import com.starlightdesk.data.domain.InvoiceKind;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PaymentMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A household's account for a period, as its statement shows it: the balance at the start of {@code from}, every
 * charge (a sent invoice, on the day it was issued), credit note, payment and refund from {@code from} to
 * {@code to} in date order with the balance after each, the balance at the end of {@code to}, and the aging of
 * what was open then. Balances follow the money contract: a household's balance is what its sent, unvoided
 * charge invoices came to less their credit notes, less what it paid, plus what was refunded (so it equals
 * Σ open − credit on account); a voided invoice and a draft count nothing. Immutable.
 *
 * @param household the household's key: the family, or the patient when in none
 * @param members   the patients of the household, eldest first
 * @param credit    the household's credit on account at the end of {@code to} (money paid and not applied)
 */
public record HouseholdStatement(
        UUID household,
        List<Patient> members,
        LocalDate from,
        LocalDate to,
        BigDecimal openingBalance,
        List<Entry> entries,
        BigDecimal closingBalance,
        BigDecimal credit,
        Aging aging) {

    public HouseholdStatement {
        members = List.copyOf(members);
        entries = List.copyOf(entries);
    }

    /** What an entry is: a charge raises the balance, the others (but a refund) lower it. */
    public enum Kind {
        CHARGE, CREDIT_NOTE, PAYMENT, REFUND;

        /** +1 when the entry raises the balance (a charge, a refund), −1 when it lowers it. */
        public int sign() {
            return this == CHARGE || this == REFUND ? 1 : -1;
        }
    }

    /**
     * One line of the account.
     *
     * @param id           the invoice's or the payment's key
     * @param patientId    whose invoice or payment
     * @param number       the invoice's number (a credit note's own), null for a payment
     * @param invoiceKind  for a charge: membership or visit; null otherwise
     * @param billingMonth for a membership charge: the month billed
     * @param corrects     for a credit note: the number of the invoice it corrects
     * @param method       for a payment or refund: how it was paid
     * @param reference    for a payment: its reference; for a refund: its reason
     * @param amount       the amount, never negative ({@link Kind#sign()} says which way it moves the balance)
     * @param balance      the household's balance after this entry
     */
    public record Entry(LocalDate on, Kind kind, UUID id, UUID patientId, String number, InvoiceKind invoiceKind,
                        LocalDate billingMonth, String corrects, PaymentMethod method, String reference, BigDecimal amount,
                        BigDecimal balance) {
    }

    /** What was open at the end of the period by days past due (the day it is as of less the due date). */
    public record Aging(BigDecimal current, BigDecimal days1to30, BigDecimal days31to60, BigDecimal days61to90, BigDecimal over90) {
        public static final Aging NONE = new Aging(zero(), zero(), zero(), zero(), zero());

        /** Everything open. */
        public BigDecimal total() {
            return current.add(days1to30).add(days31to60).add(days61to90).add(over90);
        }

        /** This aging with {@code open} added to the bucket of {@code daysPastDue} (0 or less: current). */
        public Aging plus(long daysPastDue, BigDecimal open) {
            if (daysPastDue <= 0) {
                return new Aging(current.add(open), days1to30, days31to60, days61to90, over90);
            } else if (daysPastDue <= 30) {
                return new Aging(current, days1to30.add(open), days31to60, days61to90, over90);
            } else if (daysPastDue <= 60) {
                return new Aging(current, days1to30, days31to60.add(open), days61to90, over90);
            } else if (daysPastDue <= 90) {
                return new Aging(current, days1to30, days31to60, days61to90.add(open), over90);
            }
            return new Aging(current, days1to30, days31to60, days61to90, over90.add(open));
        }

        private static BigDecimal zero() {
            return BigDecimal.ZERO.setScale(2);
        }
    }

    /** What the household owes at the end of the period: the closing balance, or zero when it is in credit. */
    public BigDecimal amountDue() {
        return closingBalance.signum() > 0 ? closingBalance : BigDecimal.ZERO.setScale(2);
    }

    /** Σ charges and refunds of the period. */
    public BigDecimal charges() {
        return entries.stream().filter(e -> e.kind().sign() > 0).map(Entry::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Σ payments and credit notes of the period. */
    public BigDecimal credits() {
        return entries.stream().filter(e -> e.kind().sign() < 0).map(Entry::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The household's key as a file or a letter may name it without naming anyone: its last eight characters, "3F9A1C2B". */
    public static String shortId(UUID household) {
        String hex = household.toString().replace("-", "");
        return hex.substring(hex.length() - 8).toUpperCase(java.util.Locale.ROOT);
    }
}
