package com.starlightdesk.app.chart.vitals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.growth.GrowthReferences;
import com.starlightdesk.data.growth.GrowthTable;
import com.starlightdesk.data.growth.Sex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chart's figures, without a toolkit. */
class GrowthChartModelTest {
    private final GrowthReferences references = new GrowthReferences();

    @Test
    void aWhoChartRunsFromBirthTo24MonthsWithTheChildsPointsInRange() {
        GrowthChartModel chart = GrowthChartModel.of(references, GrowthTable.WHO_WEIGHT_FOR_AGE, Sex.FEMALE, List.of(
                new GrowthChartModel.Plotted(30, 4.2, "one month"),
                new GrowthChartModel.Plotted(365, 9.0, "a year"),
                new GrowthChartModel.Plotted(900, 12.0, "after 24 months: on the CDC chart")));
        assertEquals("Weight-for-age · WHO 2006 · girls, birth to 24 months", chart.title());
        assertEquals("Age (months)", chart.x().title());
        assertEquals(0, chart.x().from(), 1e-9);
        assertEquals(24, chart.x().to(), 1e-9);
        assertEquals("Weight (kg)", chart.y().title());
        assertEquals(List.of(3, 5, 10, 25, 50, 75, 90, 95, 97), chart.curves().stream().map(GrowthChartModel.Curve::percentile).toList());
        assertEquals(2, chart.points().size());
        assertEquals(12.0, chart.points().get(1).x(), 0.01, "365 days is 12 months");
        for (GrowthChartModel.Curve curve : chart.curves()) {
            for (double y : curve.ys()) {
                assertTrue(y >= chart.y().from() && y <= chart.y().to(), "every curve inside the y axis");
            }
        }
    }

    @Test
    void aYoungChildsCdcChartRunsToTwoYearsPastTheirAge() {
        double days = 365.25;
        List<GrowthChartModel.Plotted> points = List.of(new GrowthChartModel.Plotted(2.1 * days, 11.0, "just past two"),
                new GrowthChartModel.Plotted(2.4 * days, 11.6, "today"));
        GrowthChartModel young = GrowthChartModel.forChild(references, GrowthTable.CDC_WEIGHT_FOR_AGE, Sex.FEMALE, points, 2.4 * days);
        assertEquals("Weight-for-age · CDC 2000 · girls, 2 to 5 years", young.title());
        assertEquals("Age (months)", young.x().title());
        assertEquals(24, young.x().from(), 0.01);
        assertEquals(60, young.x().to(), 0.01);
        assertEquals(2, young.points().size());
        assertTrue(young.y().to() < 30, "the curves of 2 to 5 years, not of teenagers: " + young.y().to());
        GrowthChartModel older = GrowthChartModel.forChild(references, GrowthTable.CDC_WEIGHT_FOR_AGE, Sex.FEMALE, points, 12.2 * days);
        assertEquals("Weight-for-age · CDC 2000 · girls, 2 to 15 years", older.title());
        GrowthChartModel teenager = GrowthChartModel.forChild(references, GrowthTable.CDC_BMI_FOR_AGE, Sex.MALE, List.of(), 19 * days);
        assertEquals(20, teenager.x().to(), 0.01, "never past 20 years");
        GrowthChartModel baby = GrowthChartModel.forChild(references, GrowthTable.WHO_WEIGHT_FOR_AGE, Sex.MALE, List.of(), 100);
        assertEquals(24, baby.x().to(), 1e-9, "a WHO chart keeps birth to 24 months");
    }

    @Test
    void cdcChartsCountYearsOrCentimetres() {
        GrowthChartModel bmi = GrowthChartModel.of(references, GrowthTable.CDC_BMI_FOR_AGE, Sex.MALE, List.of());
        assertEquals("Age (years)", bmi.x().title());
        assertEquals(2, bmi.x().from(), 1e-9);
        assertEquals("BMI (kg/m²)", bmi.y().title());
        GrowthChartModel stature = GrowthChartModel.of(references, GrowthTable.CDC_WEIGHT_FOR_STATURE, Sex.MALE, List.of());
        assertEquals("Height (cm)", stature.x().title());
        assertEquals(77, stature.x().from(), 1e-9);
        GrowthChartModel head = GrowthChartModel.of(references, GrowthTable.CDC_INFANT_HEAD_CIRCUMFERENCE_FOR_AGE, Sex.MALE, List.of());
        assertEquals("Age (months)", head.x().title());
        assertEquals(36, head.x().to(), 1e-9);
    }

    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(2, GrowthChartModel.niceStep(1.6), 1e-12);
        assertEquals(0.5, GrowthChartModel.niceStep(0.41), 1e-12);
        assertEquals(25, GrowthChartModel.niceStep(21), 1e-12);
        assertEquals(10, GrowthChartModel.niceStep(6), 1e-12);
    }
}
