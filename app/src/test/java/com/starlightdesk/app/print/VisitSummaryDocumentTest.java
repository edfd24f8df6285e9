package com.starlightdesk.app.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Chart;
import com.starlightdesk.data.domain.ClinicalStatus;
import com.starlightdesk.data.domain.Medication;
import com.starlightdesk.data.domain.Letterhead;
import com.starlightdesk.data.domain.MedicalRecord;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.growth.Child;
import com.starlightdesk.data.growth.ChildGrowth;
import com.starlightdesk.data.growth.GrowthReferences;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The visit summary a family takes home, made from the demo practice's charts and read back with PDFBox. */
final class VisitSummaryDocumentTest {
    @TempDir
    static Path dir;
    private static Session session;
    private static Map<UUID, String> providers;
    private static ChildGrowth growth;

    @BeforeAll
    static void demo() throws IOException {
        PracticeStores stores = TestStores.in(dir, java.time.Clock.systemUTC());
        session = TestStores.demo(stores);
        providers = session.data().office().providers().stream().collect(Collectors.toMap(Provider::id, Provider::name));
        growth = new ChildGrowth(new GrowthReferences(), session.zone());
    }

    @AfterAll
    static void close() {
        session.close();
    }

    /** The chart of the demo child with the most signed visit notes. */
    private static Chart chartWithVisits() {
        return session.data().patients().byStatus("active", 500, 0).stream()
                .map(p -> session.data().rereadChart(p.id()))
                .max(java.util.Comparator.comparingLong(c -> c.records().stream().filter(MedicalRecord::isSigned).count()))
                .orElseThrow();
    }

    @Test
    void aSignedVisitPrintsWithTheLetterheadTheChildTheVisitAndThePercentiles() throws IOException {
        Chart chart = chartWithVisits();
        List<VisitSummary.SignedVisit> visits = VisitSummary.signedVisits(chart, providers, session.zone());
        assertFalse(visits.isEmpty(), "the demo chart has signed visit notes");
        VisitSummary.SignedVisit last = visits.get(0);
        Letterhead letterhead = session.data().office().practice().orElseThrow().letterhead();

        VisitSummary summary = VisitSummary.of(letterhead, chart, last.noteId(), providers, growth, Instant.now());
        byte[] pdf = pdf(summary);
        PrintSamples.keep("visit-summary.pdf", pdf);

        assertEquals(1, PrintSamples.pages(pdf));
        String text = PrintSamples.text(pdf);
        Patient child = chart.patient();
        assertTrue(text.contains(letterhead.title()), "the practice's name");
        assertTrue(text.contains(child.firstName() + " " + child.lastName()), "the child's name");
        assertTrue(text.contains(Wording.DAY.format(child.dateOfBirth())), "the birth date");
        assertTrue(text.contains(Wording.WHEN.format(last.at())), "the visit's date and time");
        assertTrue(text.contains(last.provider()), "the provider");
        assertTrue(text.contains("percentile"), "the measurements' percentiles");
        assertTrue(text.contains("Weight"), "the weight");
        assertTrue(text.contains("What we found") && text.contains("What to do next"), "assessment and plan");
    }

    @Test
    void aDraftNoteIsNotPrinted() {
        Chart chart = chartWithVisits();
        MedicalRecord signed = chart.records().stream().filter(MedicalRecord::isSigned).findFirst().orElseThrow();
        MedicalRecord draft = new MedicalRecord(UUID.randomUUID(), signed.patientId(), signed.providerId(), signed.appointmentId(),
                signed.recordType(), signed.content(), signed.recordedAt(), null, null, null);
        Chart withDraft = new Chart(chart.patient(), chart.allergies(), chart.medications(), chart.diagnoses(),
                List.of(draft), chart.vitals(), chart.appointments(), chart.immunizations());

        assertTrue(VisitSummary.signedVisits(withDraft, providers, session.zone()).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> VisitSummary.of(PrintSamples.letterhead("Maple Pediatrics"), withDraft,
                draft.id(), providers, growth, Instant.now()));
    }

    @Test
    void namesBeyondPlainLettersPrintAsWrittenAndWhatTheFontLacksDoesNotFailThePage() throws IOException {
        VisitSummary summary = new VisitSummary(PrintSamples.letterhead("Pédiatrie Zoë & Łukasz"), "Zoë José Nguyễn 王",
                LocalDate.of(2023, 5, 14), "Female", "2 years 6 months", LocalDate.of(2025, 11, 20).atTime(10, 30).atZone(ZoneId.of("America/Chicago")),
                "Dr. Renée Šťastná", "Fièvre\tand cough\u0007",
                List.of(new VisitSummary.Measurement("Weight", "12.4 kg (27 lb 5.4 oz)", "41st percentile")),
                "", "Croup — mild.\nNo stridor at rest.", "Cool mist; return if breathing is hard.\n\nCall us any time.",
                List.of(), List.of(), "No known allergies.", null, "Signed by Dr. Renée Šťastná on Nov 20, 2025");

        byte[] pdf = pdf(summary);
        PrintSamples.keep("visit-summary-names.pdf", pdf);

        String text = PrintSamples.text(pdf);
        assertTrue(text.contains("Zoë José Nguyễn ?"), text);
        assertTrue(text.contains("Pédiatrie Zoë & Łukasz"));
        assertTrue(text.contains("Dr. Renée Šťastná"));
        assertTrue(text.contains("Fièvre and cough"));
        assertTrue(text.contains("No stridor at rest."));
    }

    @Test
    void anInfantsWeightForLengthPrintsTheWeightAtTheLengthBesideItsPercentile() {
        VisitSummary.Measurement row = session.data().patients().byStatus("active", 500, 0).stream()
                .map(p -> session.data().rereadChart(p.id()))
                .flatMap(c -> c.vitals().stream().map(v -> Wording.measurements(v, growth.assess(Child.of(c.patient()), v))))
                .flatMap(List::stream)
                .filter(m -> m.name().equals("Weight for length"))
                .findFirst().orElseThrow(() -> new AssertionError("the demo practice measures an infant's weight and length"));

        assertTrue(row.value().matches("[0-9.]+ kg at [0-9.]+ cm"), row.value());
        assertTrue(row.percentile().contains("percentile"), row.percentile());
    }

    @Test
    void aMedicinesRouteReadsInLowerCaseMidSentence() {
        Medication m = new Medication(UUID.randomUUID(), UUID.randomUUID(), null, "Cetirizine 1 mg/mL", "1 mL", "Once daily",
                LocalDate.of(2025, 1, 6), null, ClinicalStatus.ACTIVE, null, "Oral", null, null, null);

        assertEquals("Cetirizine 1 mg/mL: 1 mL, oral, once daily", Wording.medication(m));
    }

    private static byte[] pdf(VisitSummary summary) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VisitSummaryDocument.write(summary, out);
        return out.toByteArray();
    }
}
