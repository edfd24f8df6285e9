package com.starlightdesk.data.immunization.forecast;

import static com.starlightdesk.data.immunization.forecast.Child.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Section 6.8, evaluate for preferable vaccine (table 6-26): trade name and volume, on the shipped data. The HepB
 * adolescent 2-dose series (11 to 15 years) prefers CVX 43 with the trade name RECOMBIVAX ADULT only; DTaP's
 * preferable vaccines have a volume of 0.5 mL.
 */
class PreferableVaccineTest {
    private static AdministeredDose hepB(String date, String tradeName) {
        return new AdministeredDose("43", null, date(date), null, false, tradeName, null);
    }

    private static String hepBStatus(String tradeName) {
        return Child.born("2011-01-01").given(hepB("2023-02-01", tradeName)).given(hepB("2023-08-01", tradeName))
                .assessedOn("2023-09-01").group("HepB").status().words();
    }

    @Test
    void table6to26TheTradeNameMustBeThePreferableVaccinesTradeName() {
        assertEquals("Complete", hepBStatus("RECOMBIVAX ADULT"));
        assertEquals("Complete", hepBStatus("Recombivax adult"), "compared without regard to case");
        // Engerix-B adult is no preferable vaccine of the 2-dose series: the 3-dose series is followed
        Child.Result engerix = Child.born("2011-01-01").given(hepB("2023-02-01", "ENGERIX-B ADULT"))
                .given(hepB("2023-08-01", "ENGERIX-B ADULT")).assessedOn("2023-09-01");
        assertEquals("Not Complete", engerix.group("HepB").status().words());
        assertEquals(3, engerix.group("HepB").forecastDose());
    }

    @Test
    void aDoseWithoutATradeNameIsNotCheckedAgainstOne() {
        assertEquals("Complete", hepBStatus(null));
    }

    @Test
    void table6to26ALowVolumeIsReportedButTheDoseIsValid() {
        AdministeredDose half = new AdministeredDose("20", null, date("2024-03-01"), null, false, null, new BigDecimal("0.25"));
        Child.Result r = Child.born("2024-01-01").given(half).assessedOn("2024-03-05");
        assertEquals("Valid", r.dose(1, "Diphtheria").evaluation());
        assertEquals("Volume administered is less than recommended volume", r.dose(1, "Diphtheria").reason());
        AdministeredDose full = new AdministeredDose("20", null, date("2024-03-01"), null, false, null, new BigDecimal("0.5"));
        assertEquals(null, Child.born("2024-01-01").given(full).assessedOn("2024-03-05").dose(1, "Diphtheria").reason());
        // dose 2 two days inside the 4-week interval's grace period, at half the volume: both reasons
        AdministeredDose soon = new AdministeredDose("20", null, date("2024-03-27"), null, false, null, new BigDecimal("0.25"));
        assertEquals("Grace period; Volume administered is less than recommended volume",
                Child.born("2024-01-01").given(full).given(soon).assessedOn("2024-04-05").dose(2, "Diphtheria").reason());
        assertThrows(IllegalArgumentException.class,
                () -> new AdministeredDose("20", null, date("2024-03-01"), null, false, null, BigDecimal.ZERO));
    }
}
