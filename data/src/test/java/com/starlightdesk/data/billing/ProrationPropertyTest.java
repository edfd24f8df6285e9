package com.starlightdesk.data.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Proration's promises over 20,000 random invoices: exact to the cent, lines adding up, nothing made or lost. */
class ProrationPropertyTest {
    private static final int CASES = 20_000;

    private static BigDecimal fee(Random random) {
        return BigDecimal.valueOf(random.nextInt(random.nextBoolean() ? 100 : 60_000), 2);
    }

    @Test
    void aMonthCutIntoAnyStretchesAtOneFeeBillsExactlyTheFeeAndItsLinesAddUp() {
        Random random = new Random(14);
        for (int c = 0; c < CASES; c++) {
            int days = 28 + random.nextInt(4);
            BigDecimal fee = fee(random);
            List<Proration.Stretch> stretches = new ArrayList<>();
            int left = days;
            while (left > 0) {
                int d = 1 + random.nextInt(left);
                stretches.add(new Proration.Stretch(fee, d));
                left -= d;
            }
            assertEquals(fee.setScale(2), Proration.total(stretches, days), "a whole month is its fee: " + stretches);
            assertEquals(fee.setScale(2), Proration.shares(stretches, days).stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                    "the lines of a whole month add up to its fee: " + stretches);
        }
    }

    @Test
    void anInvoiceIsItsExactWorthRoundedOnceHalfUpAndItsLinesAddUpToIt() {
        Random random = new Random(1414);
        for (int c = 0; c < CASES; c++) {
            int days = 28 + random.nextInt(4);
            List<Proration.Stretch> stretches = new ArrayList<>();
            BigDecimal worthTimesDays = BigDecimal.ZERO; // the exact worth times the days of the month
            int left = days;
            for (int k = 0; k < 1 + random.nextInt(4) && left > 0; k++) {
                int d = random.nextInt(left + 1);
                Proration.Stretch s = new Proration.Stretch(fee(random), d);
                stretches.add(s);
                worthTimesDays = worthTimesDays.add(s.monthlyFee().multiply(BigDecimal.valueOf(d)));
                left -= d;
            }
            BigDecimal total = Proration.total(stretches, days);
            assertEquals(2, total.scale());
            BigDecimal errorTimesDays = total.multiply(BigDecimal.valueOf(days)).subtract(worthTimesDays);
            BigDecimal halfCentTimesDays = new BigDecimal("0.005").multiply(BigDecimal.valueOf(days));
            assertTrue(errorTimesDays.abs().compareTo(halfCentTimesDays) <= 0, "rounded to the nearest cent: " + total + " for " + stretches);
            if (errorTimesDays.abs().compareTo(halfCentTimesDays) == 0) {
                assertTrue(errorTimesDays.signum() > 0, "a half cent rounds up: " + total + " for " + stretches);
            }
            List<BigDecimal> shares = Proration.shares(stretches, days);
            assertEquals(total, shares.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add), "lines add up to the total");
            for (int i = 0; i < shares.size(); i++) {
                BigDecimal own = stretches.get(i).monthlyFee().multiply(BigDecimal.valueOf(stretches.get(i).days()))
                        .divide(BigDecimal.valueOf(days), MathContext.DECIMAL128);
                assertTrue(shares.get(i).subtract(own).abs().compareTo(new BigDecimal("0.01")) < 0, "each line within a cent of its worth");
                assertTrue(shares.get(i).signum() >= 0);
            }
        }
    }

    @Test
    void billedDaysAndTheDaysLeftNeverMakeOrLoseACentBeyondTheOneRounding() {
        Random random = new Random(141414);
        for (int c = 0; c < CASES; c++) {
            int days = 28 + random.nextInt(4);
            BigDecimal fee = fee(random);
            int billed = random.nextInt(days + 1);
            BigDecimal part = Proration.total(List.of(new Proration.Stretch(fee, billed)), days);
            BigDecimal rest = Proration.total(List.of(new Proration.Stretch(fee, days - billed)), days);
            BigDecimal drift = part.add(rest).subtract(fee).abs();
            assertTrue(drift.compareTo(new BigDecimal("0.01")) <= 0, "two invoices of one month: at most their two roundings apart");
            assertTrue(part.compareTo(fee) <= 0 && part.signum() >= 0, "a part of a month never bills more than the month");
        }
    }
}
