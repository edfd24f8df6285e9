package com.starlightdesk.data.immunization.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Evidence of immunity by birth date (section 7.2, table 7-3), on the shipped data: varicella immunity for those
 * born before 01/01/1980 in the U.S. (exclusions: health care personnel 055, pregnant 007, immunocompromised 003);
 * measles, mumps and rubella immunity for those born before 01/01/1957, with no country of birth in the data.
 */
class BirthDateImmunityTest {
    private static String varicella(Child child) {
        return child.assessedOn("2025-01-15").group("Varicella").status().words();
    }

    @Test
    void table7to3Rule3BornBeforeTheImmunityBirthDateInTheImmunityCountry() {
        assertEquals("Immune", varicella(Child.born("1975-06-01").bornIn("U.S.")));
        assertEquals("Immune", varicella(Child.born("1979-12-31").bornIn("USA")));
        assertEquals(java.util.List.of("Patient has evidence of immunity"),
                Child.born("1975-06-01").bornIn("United States").assessedOn("2025-01-15").group("Varicella").reasons());
    }

    @Test
    void table7to3Rule4BornElsewhereOrCountryNotKnown() {
        assertEquals("Not Complete", varicella(Child.born("1975-06-01").bornIn("Mexico")));
        assertEquals("Not Complete", varicella(Child.born("1975-06-01")));
    }

    @Test
    void table7to3Rule2AnImmunityExclusionCondition() {
        assertEquals("Not Complete", varicella(Child.born("1975-06-01").bornIn("U.S.").observed("055")));
        assertEquals("Not Complete", varicella(Child.born("1975-06-01").bornIn("U.S.").observed("003")));
        assertEquals("Not Complete",
                Child.born("1956-05-01").observed("055").assessedOn("2025-01-15").group("MMR").status().words());
    }

    @Test
    void table7to3Rule5BornOnOrAfterTheImmunityBirthDate() {
        assertEquals("Not Complete", varicella(Child.born("1980-01-01").bornIn("U.S.")));
    }

    @Test
    void aBirthDateRuleWithoutACountryNeedsNoCountryOfBirth() {
        assertEquals("Immune", Child.born("1956-05-01").bornIn("Canada").assessedOn("2025-01-15").group("MMR").status().words());
    }

    @Test
    void table7to3Rule1AnImmunityGuidelineNeedsNoBirthDate() {
        assertEquals("Immune", varicella(Child.born("2015-06-01").observed("023")));
    }

    @Test
    void theCountryIsComparedWithoutRegardToCaseSpacesOrFullStops() {
        Patient p = new Patient(LocalDate.of(1975, 6, 1), null, Set.of(), null, " u.s ");
        assertTrue(p.bornIn("U.S."));
        assertFalse(p.bornIn("U.K."));
        assertFalse(new Patient(LocalDate.of(1975, 6, 1), null, Set.of()).bornIn("U.S."));
    }
}
