package com.starlightdesk.data.immunization.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.immunization.forecast.SupportingData.Antigen;
import com.starlightdesk.data.immunization.forecast.SupportingData.AntigenSeries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped CDSi supporting data: unchanged from the CDC's release 4.64, and read completely. */
class SupportingDataTest {
    private static final SupportingData DATA = SupportingDataReader.shipped();

    @Test
    void everyShippedFileMatchesItsPublishedHash() throws IOException, NoSuchAlgorithmException {
        String sums;
        try (InputStream in = resource("SHA256SUMS")) {
            sums = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int checked = 0;
        for (String line : sums.split("\n")) {
            if (line.isBlank() || line.contains("docs/")) {
                continue; // CDC's Word documents are not shipped with the product
            }
            String expected = line.substring(0, 64);
            String file = line.substring(66);
            try (InputStream in = resource(file)) {
                assertNotNull(in, file + " is missing");
                String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
                assertEquals(expected, actual, file);
            }
            checked++;
        }
        assertEquals(33, checked, "30 antigen files, the schedule file and two schemas");
    }

    private static InputStream resource(String file) {
        return SupportingDataTest.class.getResourceAsStream(SupportingDataReader.RESOURCE_FOLDER + file);
    }

    @Test
    void readsTheWholeSchedule() {
        assertEquals(30, DATA.antigens().size());
        assertEquals(26, DATA.vaccineGroups().size());
        assertEquals(218, DATA.cvxToAntigens().size());
        assertEquals(277, DATA.observations().size());
        assertEquals(625, DATA.liveVirusConflicts().size());
        assertTrue(DATA.vaccineGroups().get("MMR").administerFullVaccineGroup());
        assertFalse(DATA.vaccineGroups().get("DTaP/Tdap/Td").administerFullVaccineGroup());
        assertEquals(java.util.Set.of("Diphtheria", "Tetanus", "Pertussis"),
                java.util.Set.copyOf(DATA.vaccineGroups().get("DTaP/Tdap/Td").antigens()));
        // leading zeros do not matter: CVX 03 (MMR) is stored as 3 and holds three antigens
        assertEquals(3, DATA.cvxToAntigens().get("3").size());
    }

    @Test
    void readsEveryChildhoodSeriesAndTargetDose() {
        List<String> childhood = List.of("Diphtheria", "Tetanus", "Pertussis", "HepB", "Hib", "Polio", "Measles", "Mumps",
                "Rubella", "Varicella", "HepA", "Pneumococcal", "Rotavirus", "Influenza", "COVID-19", "Meningococcal",
                "Meningococcal B", "HPV", "RSV");
        int series = 0;
        int doses = 0;
        for (String name : childhood) {
            Antigen a = DATA.antigens().get(name);
            assertNotNull(a, name);
            for (AntigenSeries s : a.series()) {
                series++;
                doses += s.doses().size();
            }
        }
        assertEquals(122, series);
        assertEquals(430, doses);
    }

    @Test
    void readsAgesIntervalsSkipsAndImmunity() {
        AntigenSeries hib = DATA.antigens().get("Hib").series().get(0);
        assertEquals("Hib start at 2 months 4-dose series", hib.name());
        assertEquals("6 weeks - 4 days", hib.doses().get(0).ages().get(0).absMinAge().text());
        assertEquals("4 weeks", hib.doses().get(1).intervals().get(0).minInt().text());
        assertTrue(hib.defaultSeries());
        assertFalse(hib.doses().get(1).conditionalSkips().isEmpty());
        assertEquals(LocalDate.of(1957, 1, 1), DATA.antigens().get("Measles").immunity().immunityBirthDate());
        assertTrue(DATA.antigens().get("Measles").immunity().guidelineCodes().contains("020"));
    }

    @Test
    void isReadOnceAndKept() {
        assertSame(SupportingDataReader.shipped(), SupportingDataReader.shipped());
    }
}
