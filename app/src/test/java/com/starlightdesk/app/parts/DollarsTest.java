package com.starlightdesk.app.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.starlightdesk.data.domain.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class DollarsTest {

    @Test
    void showsDollarsWithThousandsAndCents() {
        assertEquals("$1,234.50", Dollars.format(new BigDecimal("1234.5")));
        assertEquals("$99.00", Dollars.format(new BigDecimal("99")));
        assertEquals("$0.00", Dollars.format(BigDecimal.ZERO));
        assertEquals("$1,000,000.00", Dollars.format(new BigDecimal("1000000.00")));
        assertEquals("", Dollars.format(null));
    }

    @Test
    void readsWhatIsTypedAsItIsTyped() {
        assertEquals(new BigDecimal("1234.50"), Dollars.parse("fee", "$1,234.50"));
        assertEquals(new BigDecimal("1234.5"), Dollars.parse("fee", " 1234.5 "));
        assertEquals(new BigDecimal("99"), Dollars.parse("fee", "99"));
        assertEquals(new BigDecimal("12.345"), Dollars.parse("fee", "12.345"), "the domain refuses the third place");
        assertEquals(new BigDecimal("-5"), Dollars.parse("fee", "-$5"), "the domain refuses a negative fee");
        assertEquals(new BigDecimal("-5.00"), Dollars.parse("fee", "$-5.00"));
    }

    @Test
    void refusesWhatIsNotAnAmount() {
        for (String typed : new String[] {"abc", "1,23", "12,34.00", "$", "1.", ".5", "$1 234", "1.2.3", "--5", "5$", "1e3", "1,234,56"}) {
            ValidationException e = assertThrows(ValidationException.class, () -> Dollars.parse("fee", typed), typed);
            assertEquals("fee: is not an amount in dollars, e.g. $1,234.50", e.getMessage(), typed);
        }
        assertEquals("fee: is required", assertThrows(ValidationException.class, () -> Dollars.parse("fee", "  ")).getMessage());
    }
}
