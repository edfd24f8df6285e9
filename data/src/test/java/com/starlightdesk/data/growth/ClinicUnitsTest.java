package com.starlightdesk.data.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.starlightdesk.data.domain.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Pounds and ounces, inches and °F against the metric values stored, and back as entered. */
class ClinicUnitsTest {

    @Test
    void poundsAndOuncesConvertWithTheExactPound() {
        assertEquals(new BigDecimal("3.402"), new Pounds(7, new BigDecimal("8")).toKilograms());
        assertEquals(new BigDecimal("0.454"), new Pounds(1, null).toKilograms());
        assertEquals(new BigDecimal("45.359"), new Pounds(100, BigDecimal.ZERO).toKilograms());
        assertEquals("7 lb 8 oz", Pounds.fromKilograms(new BigDecimal("3.402")).toString());
        assertEquals("7 lb 8.5 oz", new Pounds(7, new BigDecimal("8.50")).toString());
    }

    @Test
    void everyTenthOfAnOunceComesBackAsEntered() {
        for (int pounds = 0; pounds <= 300; pounds++) {
            for (int tenths = 0; tenths < 160; tenths++) {
                Pounds entered = new Pounds(pounds, BigDecimal.valueOf(tenths, 1));
                assertEquals(entered, Pounds.fromKilograms(entered.toKilograms()));
            }
        }
    }

    @Test
    void ouncesAreRefusedAtTheirField() {
        assertEquals("ounces", assertThrows(ValidationException.class, () -> new Pounds(7, new BigDecimal("16"))).field());
        assertEquals("ounces", assertThrows(ValidationException.class, () -> new Pounds(7, new BigDecimal("8.25"))).field());
        assertEquals("pounds", assertThrows(ValidationException.class, () -> new Pounds(-1, null)).field());
    }

    @Test
    void inchesConvertWithTheExactInch() {
        assertEquals(new BigDecimal("50.8"), Inches.toCentimetres("length", new BigDecimal("20")));
        assertEquals(new BigDecimal("51.4"), Inches.toCentimetres("length", new BigDecimal("20.25")));
        assertEquals(new BigDecimal("20.25"), Inches.fromCentimetres(new BigDecimal("51.4")));
        assertEquals(new BigDecimal("20.2"), Inches.fromCentimetres(new BigDecimal("51.3")));
        assertEquals("length", assertThrows(ValidationException.class,
                () -> Inches.toCentimetres("length", new BigDecimal("20.125"))).field());
    }

    @Test
    void everyTenthAndQuarterOfAnInchComesBackAsEntered() {
        for (int hundredths = 500; hundredths <= 9000; hundredths += 5) {
            BigDecimal inches = BigDecimal.valueOf(hundredths, 2);
            if (!Inches.isTenthOrQuarter(inches)) {
                continue;
            }
            BigDecimal back = Inches.fromCentimetres(Inches.toCentimetres("length", inches));
            assertEquals(0, inches.compareTo(back), () -> inches + " came back as " + back);
        }
    }

    @Test
    void fahrenheitComesBackAsEnteredWithCelsiusToTwoPlaces() {
        assertEquals(new BigDecimal("37.00"), Fahrenheit.toCelsius(new BigDecimal("98.6")));
        assertEquals(new BigDecimal("37.28"), Fahrenheit.toCelsius(new BigDecimal("99.1")), "37.277… half up");
        assertEquals(new BigDecimal("37.22"), Fahrenheit.toCelsius(new BigDecimal("99.0")), "37.222… half up");
        assertEquals(new BigDecimal("98.6"), Fahrenheit.fromCelsius(new BigDecimal("37.00")));
        assertEquals(new BigDecimal("-40.0"), Fahrenheit.fromCelsius(new BigDecimal("-40")));
        for (int tenths = 770; tenths <= 1130; tenths++) {
            BigDecimal f = BigDecimal.valueOf(tenths, 1);
            BigDecimal stored = Fahrenheit.toCelsius(f);
            assertEquals(2, stored.scale(), () -> f + " stored as " + stored);
            assertEquals(f, Fahrenheit.fromCelsius(stored), () -> f + " stored as " + stored);
        }
    }

    @Test
    void bmiIsKilogramsOverSquareMetresToOnePlace() {
        assertEquals(new BigDecimal("16.4"), Bmi.of(new BigDecimal("12.500"), new BigDecimal("87.3")));
        assertEquals(new BigDecimal("22.2"), Bmi.of(new BigDecimal("50"), new BigDecimal("150")));
        assertEquals(0, new BigDecimal("22.22222222222222").compareTo(Bmi.exact(new BigDecimal("50"), new BigDecimal("150"))));
    }
}
