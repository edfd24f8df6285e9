package com.starlightdesk.data.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.ObservationKind;
import com.starlightdesk.data.domain.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled CVX list and the lists derived from CDC's CDSi supporting data, as the chart's pick lists use them. */
final class ImmunizationCodesTest {
    private final ImmunizationCodes codes = ImmunizationCodes.bundled();

    @Test
    void cvxCodesAreTextAndOnlyActiveOnesAreOfferedForADoseGivenHere() {
        assertEquals(288, codes.vaccines().size());
        assertEquals(113, codes.activeVaccines().size());
        assertEquals("Hep B, adolescent or pediatric", codes.vaccine("08").orElseThrow().shortDescription());
        assertEquals(Optional.empty(), codes.vaccine("8"), "08 and 8 are not the same code");
        assertEquals("03 MMR", codes.vaccine("03").orElseThrow().label());
        assertEquals("", codes.vaccine("334").orElseThrow().status(), "CVX 334 came from CDSi without a status");
        assertEquals("DTP", codes.requireVaccine("cvx", "01", true).shortDescription(), "an inactive code for a historical dose");
        ValidationException inactive = assertThrows(ValidationException.class, () -> codes.requireVaccine("cvx", "01", false));
        assertEquals("cvx", inactive.field());
        assertEquals("cvx: is not a CVX code of CDC's list", assertThrows(ValidationException.class,
                () -> codes.requireVaccine("cvx", "400", true)).getMessage());
        for (String checked : List.of("20", "10", "08", "03", "21", "133", "116")) {
            assertTrue(codes.vaccine(checked).orElseThrow().isActive(), checked);
        }
    }

    @Test
    void productsGiveManufacturersAndTheUsualVolumeOfADose() {
        assertEquals(Set.of("IDB", "MSD", "PMC", "SEQ", "SKB"), codes.manufacturers().keySet());
        assertEquals(List.of("RECOMBIVAX ADULT"), codes.manufacturers().get("MSD"));
        assertEquals(4, codes.products("140").size());
        assertEquals(new BigDecimal("2"), codes.usualDoseMl("116").orElseThrow(), "rotavirus, pentavalent: 2 mL by mouth");
        assertEquals(new BigDecimal("0.5"), codes.usualDoseMl("20").orElseThrow());
        assertEquals(Optional.empty(), codes.usualDoseMl("43"), "two products, two volumes: no usual one");
        assertEquals(List.of(), codes.products("01"));
    }

    @Test
    void scheduleObservationsCarryTheKindsTheAntigensUseThemAs() {
        assertEquals(277, codes.observations().size());
        assertEquals(Set.of(ObservationKind.IMMUNITY), codes.observation("023").orElseThrow().kinds());
        assertEquals(Set.of(ObservationKind.CONTRAINDICATION), codes.observation("080").orElseThrow().kinds());
        assertEquals(Set.of(ObservationKind.INDICATION), codes.observation("001").orElseThrow().kinds());
        assertTrue(codes.observations().stream().noneMatch(o -> o.kinds().contains(ObservationKind.REFUSAL)), "CDSi has no refusal codes");
        assertEquals(26, codes.vaccineGroups().size());
        assertTrue(codes.vaccineGroups().containsAll(List.of("MMR", "DTaP/Tdap/Td", "HepB", "Varicella")));
    }
}
