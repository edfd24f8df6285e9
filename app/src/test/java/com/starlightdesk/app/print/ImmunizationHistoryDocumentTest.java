package com.starlightdesk.app.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.DoseErrorReason;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.ImmunizationObservation;
import com.starlightdesk.data.domain.ImmunizationRecord;
import com.starlightdesk.data.domain.ImmunizationSource;
import com.starlightdesk.data.domain.InjectionSite;
import com.starlightdesk.data.domain.ObservationKind;
import com.starlightdesk.data.domain.ObservationRemoval;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.VaccineRoute;
import com.starlightdesk.data.immunization.ImmunizationStatus.Standing;
import com.starlightdesk.data.immunization.forecast.Forecaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The immunization record a school or daycare asks for, made from made-up histories and read back with PDFBox. */
final class ImmunizationHistoryDocumentTest {
    private static final Forecaster FORECASTER = Forecaster.shipped();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final UUID DOCTOR = UUID.randomUUID();

    private static Patient child(String first, String last, LocalDate born) {
        return new Patient(UUID.randomUUID(), first, last, born, Gender.FEMALE, "A guardian", null, null, null, null, null, null, null,
                PatientStatus.ACTIVE, null, null, null, null, true, DOCTOR, null, null);
    }

    private static Immunization recorded(Patient child, String cvx, LocalDate on) {
        return new Immunization(UUID.randomUUID(), child.id(), cvx, on, ImmunizationSource.HISTORICAL, "Illinois state registry (I-CARE)",
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static Immunization givenHere(Patient child, String cvx, String mvx, String lot, LocalDate on) {
        return new Immunization(UUID.randomUUID(), child.id(), cvx, on, ImmunizationSource.GIVEN_HERE, null, lot, mvx,
                on.plusMonths(10), InjectionSite.LEFT_THIGH, VaccineRoute.INTRAMUSCULAR, new BigDecimal("0.5"), null, null, UUID.randomUUID(),
                null, null, null, null);
    }

    private static ImmunizationObservation observation(Patient child, ObservationKind kind, String code, String group, LocalDate on) {
        return new ImmunizationObservation(UUID.randomUUID(), child.id(), kind, code, group, on, "Note for the chart only", null, null, null);
    }

    /**
     * A three-year-old's history like the demo's: the infant series from the registry, a DTaP given too soon after the
     * one before, a Hib dose given here with its lot, chickenpox seen here (varicella immunity), the flu vaccine declined,
     * a duplicate entered in error and a removed refusal.
     */
    @Test
    void aHistoryPrintsEachGroupsDosesWhetherTheyCountItsStatusTheImmunityAndTheRefusal() throws IOException {
        LocalDate born = LocalDate.of(2023, 9, 12);
        Patient child = child("Amelia", "Novak", born);
        List<Immunization> doses = new ArrayList<>();
        doses.add(recorded(child, "08", born));
        for (int months : new int[] {2, 4, 6}) {
            doses.add(recorded(child, "20", born.plusMonths(months)));
            doses.add(recorded(child, "10", born.plusMonths(months)));
            doses.add(recorded(child, "215", born.plusMonths(months)));
        }
        doses.add(recorded(child, "08", born.plusMonths(2)));
        doses.add(recorded(child, "08", born.plusMonths(6)));
        doses.add(recorded(child, "20", born.plusMonths(6).plusDays(12)));
        Immunization hib = givenHere(child, "48", "PMC", "UJ4471AA", born.plusMonths(2));
        doses.add(hib);
        doses.add(recorded(child, "03", born.plusMonths(12)));
        Immunization duplicate = givenHere(child, "03", "MSD", "Z9ERROR9", born.plusMonths(12))
                .enteredInError(Instant.parse("2024-10-01T15:00:00Z"), DoseErrorReason.DUPLICATE, null);
        doses.add(duplicate);
        List<ImmunizationObservation> observations = List.of(
                observation(child, ObservationKind.IMMUNITY, "024", "Varicella", born.plusMonths(10)),
                observation(child, ObservationKind.REFUSAL, null, "Influenza", TODAY.minusDays(20)),
                observation(child, ObservationKind.REFUSAL, null, "HepA", TODAY.minusYears(1))
                        .removed(Instant.parse("2026-01-05T15:00:00Z"), ObservationRemoval.NO_LONGER_APPLIES, null));

        ImmunizationHistory history = ImmunizationHistory.of(PrintSamples.letterhead("Maple Pediatrics"), child,
                new ImmunizationRecord(doses, observations), FORECASTER, Map.of(DOCTOR, "Dr. Sarah Chen"), TODAY);
        byte[] pdf = pdf(history);
        PrintSamples.keep("immunization-record.pdf", pdf);

        String text = PrintSamples.text(pdf);
        assertTrue(text.contains("Maple Pediatrics"), "the letterhead");
        assertTrue(text.contains("Immunization record"), "the title");
        assertTrue(text.contains("As of Dec 4, 2026"), "the day it is as of");
        assertTrue(text.contains("Amelia Novak"), "the child");
        assertTrue(text.contains("Born Sep 12, 2023"), "the birth date");
        assertTrue(text.contains("DTaP/Tdap/Td (diphtheria, tetanus, pertussis)"), "the group, named for a reader outside the clinic");
        assertTrue(text.contains("Mar 24, 2024") && text.contains("Does not count (Not Valid: Too young)"), "the DTaP given too soon does not count: " + text);
        assertTrue(text.contains("Lot UJ4471AA · PMC"), "a dose given here, with its lot and manufacturer");
        assertTrue(text.contains("From Illinois state registry (I-CARE)"), "where the others come from");
        assertFalse(text.contains("Z9ERROR9"), "a dose entered in error is not printed");
        assertTrue(text.contains("Immunity to Varicella (chickenpox): Healthcare provider verified history of or diagnosis of Varicella"),
                "the documented immunity");
        assertTrue(text.contains("The family declined the Influenza vaccine (recorded Nov 14, 2026)."), "the refusal, stated plainly");
        assertTrue(text.contains("This season's dose: ask the practice"),
                "past the schedule data's last flu season the record does not tell a school 'not recommended'");
        assertFalse(text.contains("Hepatitis A vaccine"), "a refusal removed is not");
        assertFalse(text.contains("Note for the chart only"), "the chart's notes stay in the chart");
        assertTrue(text.contains("Provider's signature: Dr. Sarah Chen"), "the signature line");
        assertTrue(text.contains("Amelia Novak · born Sep 12, 2023"), "the footer names the child");
        assertTrue(text.contains("Page 1 of " + PrintSamples.pages(pdf)), "page numbers");

        ImmunizationHistory.Group dtap = history.groups().stream().filter(g -> g.name().startsWith("DTaP")).findFirst().orElseThrow();
        assertEquals(4, dtap.doses().size());
        assertEquals(List.of(true, true, true, false), dtap.doses().stream().map(ImmunizationHistory.Dose::valid).toList());
        assertTrue(dtap.status().startsWith("Dose 4 "), dtap.status());
        ImmunizationHistory.Group varicella = history.notGiven().stream().filter(g -> g.name().startsWith("Varicella")).findFirst()
                .orElseThrow(() -> new AssertionError("varicella has no dose: " + history.notGiven()));
        assertEquals(Standing.COMPLETE, varicella.standing());
        assertEquals("Immune: no doses needed", varicella.status());
        ImmunizationHistory.Group flu = history.notGiven().stream().filter(g -> g.name().equals("Influenza")).findFirst().orElseThrow();
        assertTrue(flu.status().endsWith("· declined by the family"), flu.status());
        assertTrue(text.contains(flu.status()), "the group's status on the page");
    }

    /** A sixteen-year-old with every routine dose and a flu shot each autumn runs onto a second page, each page named. */
    @Test
    void aLongHistoryFlowsOntoASecondPageWithTheGroupContinuedAndTheChildNamedOnEachPage() throws IOException {
        LocalDate born = LocalDate.of(2010, 3, 2);
        Patient child = child("Zoë", "Fitzgerald-Okonkwo", born);
        List<Immunization> doses = new ArrayList<>();
        String[][] schedule = {{"0", "08"}, {"2", "20", "10", "48", "215", "116", "08"}, {"4", "20", "10", "48", "215", "116"},
            {"6", "20", "48", "215", "116", "08"}, {"12", "03", "21", "83", "215"}, {"15", "20", "48", "10"}, {"18", "83"},
            {"48", "20", "10", "03", "21"}, {"132", "115", "203", "165"}, {"138", "165"}, {"192", "203"}};
        for (String[] visit : schedule) {
            for (int i = 1; i < visit.length; i++) {
                doses.add(recorded(child, visit[i], born.plusMonths(Integer.parseInt(visit[0]))));
            }
        }
        for (int year = 2011; year <= 2026; year++) {
            doses.add(givenHere(child, "140", "SKB", "FLU" + year + "A", LocalDate.of(year, 10, 15)));
        }

        ImmunizationHistory history = ImmunizationHistory.of(PrintSamples.letterhead("Maple Pediatrics"), child,
                new ImmunizationRecord(doses, List.of()), FORECASTER, Map.of(), TODAY);
        byte[] pdf = pdf(history);
        PrintSamples.keep("immunization-record-long.pdf", pdf);

        int pages = PrintSamples.pages(pdf);
        assertTrue(pages >= 2, "a long history takes more than a page: " + pages);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertTrue(text.contains("Zoë Fitzgerald-Okonkwo · born Mar 2, 2010"), "the child on page " + page);
                assertTrue(text.contains("Page " + page + " of " + pages), "page " + page + " numbered");
                assertEquals(612f, document.getPage(page - 1).getMediaBox().getWidth(), "Letter");
                assertEquals(792f, document.getPage(page - 1).getMediaBox().getHeight(), "Letter");
            }
        }
        String text = PrintSamples.text(pdf);
        assertTrue(text.contains(" (continued)"), "a group cut by the page goes on under its name");
        for (int year = 2011; year <= 2026; year++) {
            assertTrue(text.contains("Given here · Lot FLU" + year + "A · SKB"), "every flu shot is printed: " + year);
        }
        assertTrue(text.contains("Provider's signature"), "the signature line, with no provider on the chart");
        assertTrue(text.indexOf("Provider's signature") > text.indexOf("Lot FLU2026A"), "after the last dose");
    }

    private static byte[] pdf(ImmunizationHistory history) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImmunizationHistoryDocument.write(history, out);
        return out.toByteArray();
    }
}
