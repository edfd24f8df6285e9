package com.starlightdesk.data.growth;

import com.starlightdesk.data.domain.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A weight as a US scale reads it: whole pounds and ounces to a tenth (0 to 15.9). Stored in kg to the
 * gram (three places, the {@code vitals.weight_kg} column); a gram is less than half of a tenth of an
 * ounce (2.83 g), so {@link #fromKilograms} gives back exactly what was entered. Immutable.
 */
public record Pounds(int pounds, BigDecimal ounces) {
    /** The international pound, exactly. */
    public static final BigDecimal KG_PER_POUND = new BigDecimal("0.45359237");
    private static final BigDecimal OUNCES_PER_POUND = new BigDecimal(16);

    public Pounds {
        if (pounds < 0 || pounds > 660) {
            throw new ValidationException("pounds", "must be between 0 and 660");
        }
        ounces = ounces == null ? BigDecimal.ZERO.setScale(1) : ounces;
        if (ounces.signum() < 0 || ounces.compareTo(OUNCES_PER_POUND) >= 0) {
            throw new ValidationException("ounces", "must be at least 0 and below 16");
        }
        if (ounces.stripTrailingZeros().scale() > 1) {
            throw new ValidationException("ounces", "takes at most one decimal place");
        }
        ounces = ounces.setScale(1, RoundingMode.UNNECESSARY);
    }

    /** The weight in kg, to the gram (half up). */
    public BigDecimal toKilograms() {
        BigDecimal totalOunces = new BigDecimal(pounds).multiply(OUNCES_PER_POUND).add(ounces);
        return totalOunces.multiply(KG_PER_POUND).divide(OUNCES_PER_POUND, 3, RoundingMode.HALF_UP);
    }

    /** A weight in kg as pounds and ounces, to the nearest tenth of an ounce. */
    public static Pounds fromKilograms(BigDecimal kg) {
        if (kg == null || kg.signum() < 0) {
            throw new IllegalArgumentException("a weight must not be negative");
        }
        BigDecimal tenthsOfOunce = kg.multiply(OUNCES_PER_POUND).multiply(BigDecimal.TEN)
                .divide(KG_PER_POUND, 0, RoundingMode.HALF_UP);
        BigDecimal[] split = tenthsOfOunce.divideAndRemainder(new BigDecimal(160));
        return new Pounds(split[0].intValueExact(), split[1].movePointLeft(1));
    }

    /** The weight in decimal pounds (e.g. 7.53), for axes and estimates. */
    public BigDecimal inPounds() {
        return new BigDecimal(pounds).add(ounces.divide(OUNCES_PER_POUND, 4, RoundingMode.HALF_UP));
    }

    /** E.g. "7 lb 8 oz", "7 lb 8.5 oz". */
    @Override
    public String toString() {
        return pounds + " lb " + ounces.stripTrailingZeros().toPlainString() + " oz";
    }
}
