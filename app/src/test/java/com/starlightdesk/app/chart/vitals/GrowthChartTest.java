package com.starlightdesk.app.chart.vitals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.starlightdesk.data.growth.GrowthReferences;
import com.starlightdesk.data.growth.GrowthTable;
import com.starlightdesk.data.growth.Sex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The growth chart in a real window: curves labelled at the right edge, the child's points, hovering one. */
@ExtendWith(ApplicationExtension.class)
final class GrowthChartTest {
    private GrowthChart chart;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        chart = new GrowthChart();
        List<GrowthChartModel.Plotted> points = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            points.add(new GrowthChartModel.Plotted(month * 30.4375, 4 + month * 0.45, "point " + month));
        }
        chart.show(GrowthChartModel.of(new GrowthReferences(), GrowthTable.WHO_WEIGHT_FOR_AGE, Sex.MALE, points));
        stage.setScene(new Scene(new StackPane(chart), 900, 560));
        stage.show();
    }

    @Test
    void theNinePercentilesAreLabelledAtTheRightEdgeWithoutOverlapping(FxRobot robot) {
        List<Label> labels = new ArrayList<>(robot.lookup(".percentile-label").queryAllAs(Label.class));
        labels.sort(Comparator.comparingDouble(Label::getLayoutY));
        assertEquals(List.of("97th", "95th", "90th", "75th", "50th", "25th", "10th", "5th", "3rd"),
                labels.stream().map(Label::getText).toList());
        for (int i = 1; i < labels.size(); i++) {
            assertTrue(labels.get(i).getLayoutY() >= labels.get(i - 1).getLayoutY() + 10, "apart: " + labels.get(i).getText());
            assertTrue(labels.get(i).getLayoutX() > 800, "at the right edge");
        }
        assertEquals(9, robot.lookup(".percentile-curve").queryAll().size());
        assertEquals(1, robot.lookup(".median").queryAll().size());
    }

    @Test
    void theChildsPointsLieInsideThePlotAndHoveringOneTellsWhatItIs(FxRobot robot) {
        List<Circle> dots = chart.points();
        assertEquals(12, dots.size());
        Bounds area = chart.getLayoutBounds();
        for (int i = 0; i < dots.size(); i++) {
            Circle dot = dots.get(i);
            assertTrue(area.contains(dot.getCenterX(), dot.getCenterY()));
            if (i > 0) {
                assertTrue(dot.getCenterX() > dots.get(i - 1).getCenterX(), "in age order, left to right");
            }
        }
        Circle sixth = dots.get(5);
        robot.moveTo(sixth);
        assertEquals("point 6", chart.calloutText());
        assertTrue(sixth.getStyleClass().contains("hovered"));
        robot.moveBy(0, 200);
        assertEquals("", chart.calloutText());
    }
}
