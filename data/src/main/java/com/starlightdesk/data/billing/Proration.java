package com.starlightdesk.data.billing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Proration by day: a stretch of {@code days} of a month of {@code daysInMonth} days at a monthly fee is worth
 * {@code fee × days / daysInMonth}. An invoice's stretches are added exactly and rounded once, half-up to the cent;
 * its lines then share that total (each line's exact worth rounded down to the cent, the cents left over going to
 * the lines with the largest remainders), so the lines always add up to the total and a month billed whole is
 * exactly its fee. All arithmetic is in whole cents times days, never in floating point. Stateless.
 */
public final class Proration {
    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private Proration() {
    }

    /** The invoice's total for {@code stretches} (each a monthly fee and a number of days), rounded once half-up. */
    public static BigDecimal total(List<Stretch> stretches, int daysInMonth) {
        return new BigDecimal(numerator(stretches)).divide(BigDecimal.valueOf(daysInMonth).multiply(new BigDecimal(HUNDRED)), 2,
                RoundingMode.HALF_UP);
    }

    /** Each stretch's share of {@link #total}, in the same order; the shares add up to the total exactly. */
    public static List<BigDecimal> shares(List<Stretch> stretches, int daysInMonth) {
        BigInteger n = BigInteger.valueOf(daysInMonth);
        long totalCents = total(stretches, daysInMonth).movePointRight(2).longValueExact();
        long[] cents = new long[stretches.size()];
        BigInteger[] remainders = new BigInteger[stretches.size()];
        long floors = 0;
        for (int i = 0; i < stretches.size(); i++) {
            BigInteger[] qr = stretches.get(i).centDays().divideAndRemainder(n);
            cents[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            floors += cents[i];
        }
        long left = totalCents - floors;
        List<Integer> order = new ArrayList<>(IntStream.range(0, stretches.size()).boxed().toList());
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
        for (int k = 0; k < left; k++) {
            cents[order.get(k % order.size())]++;
        }
        List<BigDecimal> shares = new ArrayList<>();
        for (long c : cents) {
            shares.add(BigDecimal.valueOf(c, 2));
        }
        return shares;
    }

    private static BigInteger numerator(List<Stretch> stretches) {
        BigInteger sum = BigInteger.ZERO;
        for (Stretch s : stretches) {
            sum = sum.add(s.centDays());
        }
        return sum;
    }

    /** {@code days} billed at {@code monthlyFee}. */
    public record Stretch(BigDecimal monthlyFee, int days) {
        public Stretch {
            if (monthlyFee.signum() < 0 || monthlyFee.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("a monthly fee is whole cents, not negative");
            }
            if (days < 0 || days > 31) {
                throw new IllegalArgumentException("days of a month are 0 to 31");
            }
        }

        /** The fee in cents times the days: the stretch's worth times the days in the month, in cents. */
        BigInteger centDays() {
            return monthlyFee.movePointRight(2).toBigIntegerExact().multiply(BigInteger.valueOf(days));
        }
    }
}
