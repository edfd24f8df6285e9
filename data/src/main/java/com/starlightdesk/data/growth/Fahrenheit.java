package com.starlightdesk.data.growth;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Temperatures in °F, as US thermometers read them (to a tenth), against the °C the vitals store to two
 * places. A tenth of a °F is 0.056 °C, so every tenth of a °F stored that way comes back as entered (to one
 * place, 0.18 °F, two neighbouring tenths could share a stored value). Stateless.
 */
public final class Fahrenheit {
    private static final BigDecimal THIRTY_TWO = new BigDecimal(32);
    private static final BigDecimal FIVE = new BigDecimal(5);
    private static final BigDecimal NINE = new BigDecimal(9);

    private Fahrenheit() {
    }

    /** Places of °C the vitals store. */
    public static final int CELSIUS_SCALE = 2;

    /** {@code fahrenheit} in °C as the vitals store it: to {@link #CELSIUS_SCALE} places, half up. */
    public static BigDecimal toCelsius(BigDecimal fahrenheit) {
        return fahrenheit.subtract(THIRTY_TWO).multiply(FIVE).divide(NINE, CELSIUS_SCALE, RoundingMode.HALF_UP);
    }

    /** {@code celsius} in °F to a tenth, half up. */
    public static BigDecimal fromCelsius(BigDecimal celsius) {
        return celsius.multiply(NINE).divide(FIVE, 10, RoundingMode.HALF_UP).add(THIRTY_TWO).setScale(1, RoundingMode.HALF_UP);
    }
}
