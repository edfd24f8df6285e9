package com.starlightdesk.data.growth;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Temperatures in °F, as US thermometers read them (to a tenth), against the °C the vitals store. A tenth
 * of a °F is 0.056 °C: with °C kept to two places every tenth of a °F comes back as entered; with one place
 * (0.18 °F) two neighbouring tenths can share a stored value, and the nearer one is shown. Stateless.
 */
public final class Fahrenheit {
    private static final BigDecimal THIRTY_TWO = new BigDecimal(32);
    private static final BigDecimal FIVE = new BigDecimal(5);
    private static final BigDecimal NINE = new BigDecimal(9);

    private Fahrenheit() {
    }

    /** {@code fahrenheit} in °C to {@code scale} places, half up. */
    public static BigDecimal toCelsius(BigDecimal fahrenheit, int scale) {
        return fahrenheit.subtract(THIRTY_TWO).multiply(FIVE).divide(NINE, scale, RoundingMode.HALF_UP);
    }

    /** {@code celsius} in °F to a tenth, half up. */
    public static BigDecimal fromCelsius(BigDecimal celsius) {
        return celsius.multiply(NINE).divide(FIVE, 10, RoundingMode.HALF_UP).add(THIRTY_TWO).setScale(1, RoundingMode.HALF_UP);
    }
}
