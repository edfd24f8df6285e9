package com.starlightdesk.data.growth;

import com.starlightdesk.data.domain.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Lengths in inches, as a US clinic's measuring board or tape reads them: to a tenth (20.3) or a quarter
 * (20.25, 20.75) of an inch. Stored in cm to a millimetre (one place, the {@code vitals.height_cm} and
 * {@code head_circumference_cm} columns). Tenths and quarters of an inch are at least 0.127 cm apart, more
 * than a millimetre, so each stored value comes from one of them only, and {@link #fromCentimetres} gives
 * back exactly what was entered. Eighths of an inch would not survive the millimetre, so they are refused.
 * Stateless.
 */
public final class Inches {
    /** The international inch, exactly. */
    public static final BigDecimal CM_PER_INCH = new BigDecimal("2.54");
    private static final BigDecimal FOUR = new BigDecimal(4);

    private Inches() {
    }

    /** {@code inches} (to a tenth or a quarter) in cm to the millimetre, half up; a finer value fails at {@code field}. */
    public static BigDecimal toCentimetres(String field, BigDecimal inches) {
        if (inches == null || inches.signum() <= 0) {
            throw new ValidationException(field, "must be greater than zero");
        }
        if (!isTenthOrQuarter(inches)) {
            throw new ValidationException(field, "in inches takes a tenth or a quarter (e.g. 20.3 or 20.25)");
        }
        return inches.multiply(CM_PER_INCH).setScale(1, RoundingMode.HALF_UP);
    }

    /** A stored length in cm as the inches it was entered as: the quarter that gives it back, else the tenth. */
    public static BigDecimal fromCentimetres(BigDecimal cm) {
        BigDecimal inches = cm.divide(CM_PER_INCH, 6, RoundingMode.HALF_UP);
        BigDecimal quarter = inches.multiply(FOUR).setScale(0, RoundingMode.HALF_UP).divide(FOUR, 2, RoundingMode.UNNECESSARY);
        boolean oddQuarter = quarter.remainder(new BigDecimal("0.5")).signum() != 0;
        if (oddQuarter && quarter.multiply(CM_PER_INCH).setScale(1, RoundingMode.HALF_UP).compareTo(cm) == 0) {
            return quarter;
        }
        return inches.setScale(1, RoundingMode.HALF_UP);
    }

    static boolean isTenthOrQuarter(BigDecimal inches) {
        if (inches.stripTrailingZeros().scale() <= 1) {
            return true;
        }
        return inches.multiply(FOUR).stripTrailingZeros().scale() <= 0;
    }
}
