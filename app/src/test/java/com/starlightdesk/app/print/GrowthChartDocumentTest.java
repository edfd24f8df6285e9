package com.starlightdesk.app.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Chart;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Letterhead;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.VitalSigns;
import com.starlightdesk.data.domain.WeightUnit;
import com.starlightdesk.data.growth.ChildGrowth;
import com.starlightdesk.data.growth.GrowthIndicator;
import com.starlightdesk.data.growth.GrowthReferences;
import com.starlightdesk.data.growth.GrowthTable;
import com.starlightdesk.data.growth.Sex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Growth charts printed from the demo practice and from made-up measurement series, read back with PDFBox. */
final class GrowthChartDocumentTest {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @TempDir
    static Path dir;
    private static Session session;
    private static ChildGrowth growth;

    @BeforeAll
    static void demo() throws IOException {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        session = TestStores.demo(stores);
        growth = new ChildGrowth(new GrowthReferences(), session.zone());
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Test
    void aDemoChildsChartHasTheCurvesThePointsTheLetterheadAndTheChild() throws IOException {
        Chart chart = session.data().patients().byStatus("active", 500, 0).stream()
                .filter(p -> p.gender() == Gender.FEMALE || p.gender() == Gender.MALE)
                .map(p -> session.data().rereadChart(p.id()))
                .filter(c -> !c.vitals().isEmpty())
                .findFirst().orElseThrow();
        Patient child = chart.patient();
        List<GrowthChart.Choice> choices = GrowthChart.choices(child, chart.vitals(), growth, LocalDate.now(CHICAGO));
        GrowthChart.Choice weight = choices.stream().filter(c -> c.indicator() == GrowthIndicator.WEIGHT_FOR_AGE).findFirst().orElseThrow();
        Letterhead letterhead = session.data().office().practice().orElseThrow().letterhead();

        GrowthChart growthChart = GrowthChart.of(letterhead, child, chart.vitals(), weight.table(), growth);
        byte[] pdf = pdf(growthChart);
        PrintSamples.keep("growth-chart-demo.pdf", pdf);

        assertFalse(growthChart.points().isEmpty(), "the demo child's weights are on the chart");
        assertEquals(1, PrintSamples.pages(pdf));
        String text = PrintSamples.text(pdf);
        assertTrue(text.contains(letterhead.title()), "the practice's name");
        assertTrue(text.contains(child.firstName() + " " + child.lastName()), "the child's name");
        assertTrue(text.contains("Born " + Wording.DAY.format(child.dateOfBirth())), "the birth date");
        assertTrue(text.contains("Weight-for-age"), "the chart's name");
        assertTrue(text.contains(Wording.percentile(growthChart.points().get(0).percentile())), "the percentile of a weight");
        // nine curves of 160 points each, drawn as lines, beside the grid
        assertTrue(operators(pdf, "l") > 9 * (GrowthChart.CURVE_POINTS - 1), "the percentile curves are drawn");
        assertTrue(operators(pdf, "c") >= 4 * growthChart.points().size(), "each measurement is a dot");
    }

    @Test
    void aPretermInfantsWeightsArePlottedAtTheCorrectedAgeOnTheWhoChart() throws IOException {
        Patient baby = patient("Zoë", "Łukasiewicz-Nguyễn", LocalDate.of(2025, 1, 10), Gender.FEMALE, 32 * 7);
        double[] kg = {1.9, 2.6, 3.4, 4.3, 5.2, 6.1, 6.9, 7.6, 8.2, 8.9};
        int[] days = {5, 30, 60, 90, 120, 160, 210, 270, 330, 420};
        List<VitalSigns> vitals = new ArrayList<>();
        for (int i = 0; i < kg.length; i++) {
            vitals.add(weight(baby, baby.dateOfBirth().plusDays(days[i]), kg[i], i % 2 == 0 ? WeightUnit.LB : WeightUnit.KG));
        }
        GrowthChart chart = GrowthChart.of(PrintSamples.letterhead("Maple Pediatrics"), baby, vitals, GrowthTable.WHO_WEIGHT_FOR_AGE, growth);
        byte[] pdf = pdf(chart);
        PrintSamples.keep("growth-chart-preterm.pdf", pdf);

        assertEquals(Sex.FEMALE, chart.sex());
        assertEquals(8, chart.points().size(), "weights taken before the due date have no place on an age chart");
        assertEquals(days[2] - (280 - 32 * 7), chart.points().get(0).x(), 0.001, "plotted at the corrected age");
        String text = PrintSamples.text(pdf);
        assertTrue(text.contains("Zoë Łukasiewicz-Nguyễn"), "the child's name as written");
        assertTrue(text.contains("corrected for prematurity"), "the corrected age is noted");
        assertTrue(text.contains("Maple Pediatrics"));
    }

    @Test
    void anOlderChildsBmiIsOnTheCdcChart() throws IOException {
        Patient child = patient("Mateo", "García", LocalDate.of(2017, 3, 2), Gender.MALE, null);
        List<VitalSigns> vitals = new ArrayList<>();
        double[][] series = {{3, 14.6, 95.5}, {4, 16.4, 103.1}, {5, 18.6, 110.2}, {6, 21.0, 116.4}, {7, 23.9, 122.8}, {8, 27.6, 128.9}};
        for (double[] s : series) {
            VitalSigns w = weight(child, child.dateOfBirth().plusYears((long) s[0]).plusDays(12), s[1], WeightUnit.LB);
            vitals.add(new VitalSigns(w.id(), w.patientId(), w.measuredAt(), w.weightKg(), BigDecimal.valueOf(s[2]), null, null, null, null,
                    null, WeightUnit.LB, null, null, null, null, null, null));
        }
        List<GrowthChart.Choice> choices = GrowthChart.choices(child, vitals, growth, LocalDate.of(2025, 6, 1));
        assertTrue(choices.stream().anyMatch(c -> c.table() == GrowthTable.CDC_BMI_FOR_AGE));
        assertTrue(choices.stream().noneMatch(c -> c.table().standard() == com.starlightdesk.data.growth.GrowthStandard.WHO_2006),
                "nothing of this child's falls under 24 months");

        GrowthChart chart = GrowthChart.of(PrintSamples.letterhead("Maple Pediatrics"), child, vitals, GrowthTable.CDC_BMI_FOR_AGE, growth);
        byte[] pdf = pdf(chart);
        PrintSamples.keep("growth-chart-bmi.pdf", pdf);

        assertEquals(6, chart.points().size());
        String text = PrintSamples.text(pdf);
        assertTrue(text.contains("BMI-for-age, boys, 2 to 20 years"), text);
        assertTrue(text.contains("Mateo García"));
    }

    @Test
    void aChildWithoutARecordedSexHasNoChartOnOffer() {
        Patient child = patient("Sam", "Lee", LocalDate.of(2022, 3, 2), Gender.UNKNOWN, null);
        assertTrue(GrowthChart.choices(child, List.of(weight(child, LocalDate.of(2024, 1, 5), 12.0, WeightUnit.KG)), growth,
                LocalDate.of(2025, 1, 1)).isEmpty());
    }

    private static Patient patient(String first, String last, LocalDate born, Gender gender, Integer gestationalDays) {
        Patient demo = session.data().patients().byStatus("active", 1, 0).get(0);
        return new Patient(UUID.randomUUID(), first, last, born, gender, demo.parentGuardian(), null, null, null, null, null, null, null,
                demo.status(), demo.pipelineStage(), null, null, null, true, null, gestationalDays, null);
    }

    private static VitalSigns weight(Patient child, LocalDate day, double kg, WeightUnit unit) {
        return new VitalSigns(UUID.randomUUID(), child.id(), day.atTime(10, 0).atZone(CHICAGO).toInstant(),
                BigDecimal.valueOf(kg).setScale(3), null, null, null, null, null, null, unit, null, null, null, null, null, null);
    }

    /** How many times {@code name} is used in the first page's content. */
    private static long operators(byte[] pdf, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFStreamParser(document.getPage(0)).parse().stream()
                    .filter(token -> token instanceof Operator op && op.getName().equals(name)).count();
        }
    }

    private static byte[] pdf(GrowthChart chart) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GrowthChartDocument.write(chart, out);
        return out.toByteArray();
    }
}
