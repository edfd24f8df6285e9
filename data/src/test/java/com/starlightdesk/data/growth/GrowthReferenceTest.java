package com.starlightdesk.data.growth;

import com.starlightdesk.data.domain.LengthPosition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The references against WHO's published SD values and the CDC files' percentile columns, row by row. */
class GrowthReferenceTest {
    private static final Map<String, GrowthTable> WHO = Map.of(
            "wfa", GrowthTable.WHO_WEIGHT_FOR_AGE, "lhfa", GrowthTable.WHO_LENGTH_FOR_AGE,
            "hcfa", GrowthTable.WHO_HEAD_CIRCUMFERENCE_FOR_AGE, "bfa", GrowthTable.WHO_BMI_FOR_AGE,
            "wfl", GrowthTable.WHO_WEIGHT_FOR_LENGTH);

    private final GrowthReferences references = new GrowthReferences();

    @Test
    void everyWhoTestVectorIsReproducedWithin0003OfZ() throws IOException {
        List<CSVRecord> rows = csv(getClass().getResourceAsStream("who2006-test-vectors.csv"));
        assertEquals(798, rows.size());
        double worst = 0;
        for (CSVRecord row : rows) {
            GrowthReference reference = references.reference(WHO.get(row.get("indicator")));
            Sex sex = Sex.ofTableCode(Integer.parseInt(row.get("Sex")));
            double x = Double.parseDouble(row.get("x"));
            double z = reference.zScore(sex, x, Double.parseDouble(row.get("measurement"))).orElseThrow();
            double error = Math.abs(z - Double.parseDouble(row.get("expected_z")));
            worst = Math.max(worst, error);
            assertTrue(error <= 0.003, () -> "row " + row.getRecordNumber() + ": z " + z);
        }
        assertTrue(worst > 0, "the vectors were compared");
    }

    @Test
    void everyCdcPercentileColumnGivesBackItsPercentile() throws IOException {
        int checked = 0;
        for (GrowthTable table : GrowthTable.values()) {
            if (table.standard() != GrowthStandard.CDC_2000) {
                continue;
            }
            GrowthReference reference = references.reference(table);
            List<CSVRecord> rows = csv(LmsTable.class.getResourceAsStream(table.file()));
            List<String> columns = new ArrayList<>();
            for (String name : rows.get(0).getParser().getHeaderNames()) {
                if (name.matches("P\\d+")) {
                    columns.add(name);
                }
            }
            assertTrue(columns.size() >= 9, table + " has percentile columns");
            for (CSVRecord row : rows) {
                if (row.get(0).equals("Sex")) {
                    continue;
                }
                Sex sex = Sex.ofTableCode(Integer.parseInt(row.get(0)));
                double tableX = Double.parseDouble(row.get(1));
                double x = table.indicator().byLength() ? tableX : tableX * GrowthReference.DAYS_PER_MONTH;
                for (String column : columns) {
                    int percentile = Integer.parseInt(column.substring(1));
                    double value = Double.parseDouble(row.get(column));
                    double z = reference.zScore(sex, x, value).orElseThrow();
                    double shown = 100 * StandardNormal.cdf(z);
                    assertEquals(percentile, shown, 1e-3, () -> table + " row " + row.getRecordNumber() + " " + column);
                    double back = reference.measurementAt(sex, x, StandardNormal.quantile(percentile / 100.0)).orElseThrow();
                    assertEquals(value, back, value * 1e-5, () -> table + " row " + row.getRecordNumber() + " " + column + " inverse");
                    checked++;
                }
            }
        }
        assertTrue(checked > 15_000, "checked " + checked);
    }

    @Test
    void parametersAreInterpolatedLinearlyBetweenTabulatedAges() {
        GrowthReference cdc = references.reference(GrowthTable.CDC_WEIGHT_FOR_AGE);
        Lms at24 = cdc.lms(Sex.MALE, 24 * GrowthReference.DAYS_PER_MONTH).orElseThrow();
        Lms at245 = cdc.lms(Sex.MALE, 24.5 * GrowthReference.DAYS_PER_MONTH).orElseThrow();
        Lms between = cdc.lms(Sex.MALE, 24.125 * GrowthReference.DAYS_PER_MONTH).orElseThrow();
        assertEquals(12.6707633, at24.m(), 1e-9);
        assertEquals(at24.l() + (at245.l() - at24.l()) * 0.25, between.l(), 1e-12);
        assertEquals(at24.m() + (at245.m() - at24.m()) * 0.25, between.m(), 1e-12);
        assertEquals(at24.s() + (at245.s() - at24.s()) * 0.25, between.s(), 1e-12);

        GrowthReference wfl = references.reference(GrowthTable.WHO_WEIGHT_FOR_LENGTH);
        Lms at45 = wfl.lms(Sex.MALE, 45.0).orElseThrow();
        Lms at451 = wfl.lms(Sex.MALE, 45.1).orElseThrow();
        assertEquals((at45.m() + at451.m()) / 2, wfl.lms(Sex.MALE, 45.05).orElseThrow().m(), 1e-9);
        assertTrue(wfl.lms(Sex.MALE, 44.9).isEmpty(), "no parameters before the table");
        assertTrue(wfl.lms(Sex.MALE, 110.01).isEmpty(), "none after it");
    }

    @Test
    void whoWeightBeyondThreeUsesTheRestrictedTail() {
        GrowthReference wfa = references.reference(GrowthTable.WHO_WEIGHT_FOR_AGE);
        Lms lms = wfa.lms(Sex.FEMALE, 365).orElseThrow();
        double sd3 = lms.measurementAt(3);
        double sd23 = sd3 - lms.measurementAt(2);
        assertEquals(4.0, wfa.zScore(Sex.FEMALE, 365, sd3 + sd23).orElseThrow(), 1e-9);
        assertEquals(sd3 + 1.5 * sd23, wfa.measurementAt(Sex.FEMALE, 365, 4.5).orElseThrow(), 1e-9);
        double sd3neg = lms.measurementAt(-3);
        double sd23neg = lms.measurementAt(-2) - sd3neg;
        assertEquals(-3.5, wfa.zScore(Sex.FEMALE, 365, sd3neg - 0.5 * sd23neg).orElseThrow(), 1e-9);
        assertTrue(wfa.restrictedBeyondThree());
        GrowthReference length = references.reference(GrowthTable.WHO_LENGTH_FOR_AGE);
        assertFalse(length.restrictedBeyondThree(), "length keeps the plain LMS z");
        Lms len = length.lms(Sex.FEMALE, 365).orElseThrow();
        assertEquals(len.z(90), length.zScore(Sex.FEMALE, 365, 90).orElseThrow(), 1e-12);
        assertFalse(references.reference(GrowthTable.CDC_WEIGHT_FOR_AGE).restrictedBeyondThree(), "CDC is plain LMS");
    }

    @Test
    void theConventionSwitchesFromWhoToCdcAt24Months() {
        assertEquals(GrowthTable.WHO_WEIGHT_FOR_AGE, references.tableFor(GrowthIndicator.WEIGHT_FOR_AGE, 730).orElseThrow());
        assertEquals(GrowthTable.CDC_WEIGHT_FOR_AGE, references.tableFor(GrowthIndicator.WEIGHT_FOR_AGE, 731).orElseThrow());
        assertEquals(GrowthTable.CDC_STATURE_FOR_AGE, references.tableFor(GrowthIndicator.LENGTH_FOR_AGE, 800).orElseThrow());
        assertEquals(GrowthTable.CDC_INFANT_HEAD_CIRCUMFERENCE_FOR_AGE,
                references.tableFor(GrowthIndicator.HEAD_CIRCUMFERENCE_FOR_AGE, 1000).orElseThrow());
        assertTrue(references.tableFor(GrowthIndicator.HEAD_CIRCUMFERENCE_FOR_AGE, 1200).isEmpty(), "no CDC head table after 36 months");
        assertTrue(references.tableFor(GrowthIndicator.WEIGHT_FOR_AGE, -3).isEmpty(), "none before birth");
        assertTrue(references.tableFor(GrowthIndicator.BMI_FOR_AGE, 21 * 365.25).isEmpty(), "none after 20 years");
        assertEquals(GrowthTable.CDC_WEIGHT_FOR_STATURE, references.tableFor(GrowthIndicator.WEIGHT_FOR_LENGTH, 900).orElseThrow());
        assertTrue(references.weightForLength(Sex.MALE, 900, 76.0, LengthPosition.STANDING, 10).isEmpty(),
                "CDC weight-for-stature starts at 77 cm");
        assertTrue(references.weightForLength(Sex.MALE, 300, 70.0, LengthPosition.RECUMBENT, 8.5).isPresent());
    }

    @Test
    void aLengthInTheOtherPositionIsShiftedBy07Cm() {
        GrowthAssessment lying = references.byAge(GrowthIndicator.LENGTH_FOR_AGE, Sex.MALE, 900, 90.0, LengthPosition.RECUMBENT)
                .orElseThrow();
        assertEquals(GrowthTable.CDC_STATURE_FOR_AGE, lying.reference().table());
        assertEquals(89.3, lying.measurement(), 1e-9);
        GrowthAssessment standing = references.byAge(GrowthIndicator.LENGTH_FOR_AGE, Sex.MALE, 600, 80.0, LengthPosition.STANDING)
                .orElseThrow();
        assertEquals(GrowthTable.WHO_LENGTH_FOR_AGE, standing.reference().table());
        assertEquals(80.7, standing.measurement(), 1e-9);
        GrowthAssessment usual = references.byAge(GrowthIndicator.LENGTH_FOR_AGE, Sex.MALE, 600, 80.0, null).orElseThrow();
        assertEquals(80.0, usual.measurement(), 1e-9);
    }

    @Test
    void anAssessmentGivesZAndPercentile() {
        GrowthReference wfa = references.reference(GrowthTable.WHO_WEIGHT_FOR_AGE);
        double median = wfa.lms(Sex.MALE, 0).orElseThrow().m();
        GrowthAssessment a = references.byAge(GrowthIndicator.WEIGHT_FOR_AGE, Sex.MALE, 0, median, null).orElseThrow();
        assertEquals(0.0, a.z(), 1e-12);
        assertEquals(50.0, a.percentile(), 1e-9);
        assertFalse(a.implausible());
        GrowthAssessment heavy = references.byAge(GrowthIndicator.WEIGHT_FOR_AGE, Sex.MALE, 0, 9.0, null).orElseThrow();
        assertTrue(heavy.implausible(), "a 9 kg newborn is beyond +4");
    }

    @Test
    void percentileCurvesRunInOrderAndMatchTheMedian() {
        GrowthReference bmi = references.reference(GrowthTable.CDC_BMI_FOR_AGE);
        AxisRange range = references.chartRange(GrowthTable.CDC_BMI_FOR_AGE);
        List<PercentileCurve> curves = bmi.percentileCurves(Sex.FEMALE, range.from(), range.to(), 120);
        assertEquals(PercentileCurve.CHART_PERCENTILES.size(), curves.size());
        for (PercentileCurve curve : curves) {
            assertEquals(120, curve.points().size());
            assertEquals(range.from(), curve.points().get(0).x(), 1e-9);
            assertEquals(range.to(), curve.points().get(119).x(), 1e-9);
        }
        for (int i = 0; i < 120; i++) {
            for (int c = 1; c < curves.size(); c++) {
                assertTrue(curves.get(c).points().get(i).measurement() > curves.get(c - 1).points().get(i).measurement());
            }
            CurvePoint median = curves.get(4).points().get(i);
            assertEquals(bmi.lms(Sex.FEMALE, median.x()).orElseThrow().m(), median.measurement(), 1e-9);
        }
        assertEquals(-1.880793608, curves.get(0).z(), 1e-8);
        assertTrue(bmi.curve(Sex.FEMALE, 0, 0, 100, 10).isEmpty(), "the CDC curve does not reach infancy");
    }

    private static List<CSVRecord> csv(InputStream in) throws IOException {
        try (in) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        }
    }
}
