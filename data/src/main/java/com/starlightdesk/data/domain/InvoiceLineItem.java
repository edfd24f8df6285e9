package com.starlightdesk.data.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One line of an invoice, at its place ({@code lineNumber}): a charge, a service the membership covers (at zero)
 * or a discount (subtracted from the invoice's total); a CPT code, a quantity and a unit price with
 * {@code amount = quantity × unitPrice}. A membership line names the plan it bills and the days it covers
 * ({@code serviceFrom} to {@code serviceTo}, inclusive); a vaccine line may name the dose it is for.
 */
public record InvoiceLineItem(
        UUID id,
        UUID invoiceId,
        String cptCode,
        String description,
        int quantity,
        BigDecimal unitPrice,
        BigDecimal amount,
        int lineNumber,
        LineKind kind,
        UUID planId,
        LocalDate serviceFrom,
        LocalDate serviceTo,
        UUID immunizationId) {

    private static final Pattern CPT = Pattern.compile("^[0-9]{4}[0-9A-Z]$");

    public InvoiceLineItem {
        Fields.id("id", id);
        Fields.id("invoiceId", invoiceId);
        cptCode = cpt("cptCode", cptCode);
        description = Fields.text("description", description, 500);
        if (quantity < 1 || quantity > 10_000) {
            throw new ValidationException("quantity", "must be between 1 and 10000");
        }
        unitPrice = Fields.money("unitPrice", unitPrice);
        amount = Fields.money("amount", amount);
        if (amount.compareTo(unitPrice.multiply(BigDecimal.valueOf(quantity))) != 0) {
            throw new ValidationException("amount", "must equal quantity × unitPrice");
        }
        if (lineNumber < 1 || lineNumber > 10_000) {
            throw new ValidationException("lineNumber", "must be between 1 and 10000");
        }
        Fields.required("kind", kind);
        if (kind == LineKind.COVERED && amount.signum() != 0) {
            throw new ValidationException("amount", "is zero on a line the membership covers");
        }
        Fields.notBefore("serviceTo", serviceTo, "serviceFrom", serviceFrom);
    }

    /** A charge whose amount is computed from quantity and unit price. */
    public static InvoiceLineItem of(UUID id, UUID invoiceId, int lineNumber, String cptCode, String description, int quantity,
                                     BigDecimal unitPrice) {
        BigDecimal price = Fields.money("unitPrice", unitPrice);
        return new InvoiceLineItem(id, invoiceId, cptCode, description, quantity, price, price.multiply(BigDecimal.valueOf(quantity)),
                lineNumber, LineKind.CHARGE, null, null, null, null);
    }

    /** What this line adds to its invoice's total: its amount, or minus it for a discount. */
    public BigDecimal signedAmount() {
        return kind == LineKind.DISCOUNT ? amount.negate() : amount;
    }

    /** Validates an optional CPT code: five characters, four digits then a digit or letter (e.g. 99213, 0001F). */
    public static String cpt(String field, String code) {
        String t = Fields.optionalText(field, code, 5);
        if (t == null) {
            return null;
        }
        t = t.toUpperCase(Locale.ROOT);
        if (!CPT.matcher(t).matches()) {
            throw new ValidationException(field, "is not a CPT code (five characters, e.g. 99213)");
        }
        return t;
    }
}
