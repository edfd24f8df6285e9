package com.starlightdesk.data.growth;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Body mass index, kg/m², from a weight in kg and a length or height in cm. Stateless. */
public final class Bmi {
    private static final BigDecimal CM2_PER_M2 = new BigDecimal(10_000);

    private Bmi() {
    }

    /** The BMI as shown and charted: one decimal place, half up (e.g. 16.4). */
    public static BigDecimal of(BigDecimal weightKg, BigDecimal lengthCm) {
        return exact(weightKg, lengthCm).setScale(1, RoundingMode.HALF_UP);
    }

    /** The BMI to 16 significant digits, for z-scores. */
    public static BigDecimal exact(BigDecimal weightKg, BigDecimal lengthCm) {
        if (weightKg == null || lengthCm == null || weightKg.signum() <= 0 || lengthCm.signum() <= 0) {
            throw new IllegalArgumentException("a BMI needs a weight and a length greater than zero");
        }
        return weightKg.multiply(CM2_PER_M2).divide(lengthCm.multiply(lengthCm), MathContext.DECIMAL64);
    }
}
