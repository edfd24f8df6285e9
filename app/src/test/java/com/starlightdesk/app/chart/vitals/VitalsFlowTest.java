package com.starlightdesk.app.chart.vitals;

import static com.starlightdesk.app.testing.WindowSteps.shown;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import com.starlightdesk.data.domain.LengthUnit;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.VitalSigns;
import com.starlightdesk.data.domain.WeightUnit;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Vitals and growth in a real window (headless Monocle) on the demo practice: a toddler's weight in lb and oz and
 * length in inches are saved, listed as entered with their percentile and z-score, and plotted on the WHO chart;
 * a weight far out of range is asked about and not saved until confirmed.
 */
@ExtendWith(ApplicationExtension.class)
final class VitalsFlowTest {
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();
    private DesktopWindow window;

    @Start
    void start(Stage stage) {
        window = DESK.show(stage);
    }

    @Test
    void aChildPastTwoYearsHasHerWhoChartOfBirthTo24MonthsBesideTheCdcOne(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#patient-search").query().isFocused());
        robot.write("Maya Cohen");
        waitFor(() -> WindowSteps.listed(robot, "#patient-suggestions") == 1);
        robot.type(KeyCode.ENTER);
        waitFor(() -> shown(robot, "#chart") && text(robot, "#patient-name").equals("Maya Cohen"));
        robot.clickOn("#chart-section-vitals");
        waitFor(() -> shown(robot, "#section-vitals"));
        robot.clickOn("#vitals-tab-weight-for-age");
        GrowthChart weight = robot.lookup("#growth-chart-weight-for-age").queryAs(GrowthChart.class);
        waitFor(() -> weight.model() != null && shown(robot, "#vitals-earlier-weight-for-age"));
        assertTrue(weight.model().title().startsWith("Weight-for-age · CDC 2000 · girls, 2 to ")
                && !weight.model().title().endsWith("2 to 20 years"), "drawn to a few years past her age: " + weight.model().title());

        robot.clickOn("#vitals-earlier-weight-for-age");
        waitFor(() -> weight.model().title().startsWith("Weight-for-age · WHO 2006 · girls"));
        assertTrue(weight.points().size() >= 8, "her well-child visits from birth: " + weight.points().size());
        robot.clickOn("#vitals-now-weight-for-age");
        waitFor(() -> weight.model().title().startsWith("Weight-for-age · CDC 2000"));
    }

    @Test
    void weightInPoundsAndLengthInInchesAreSavedAndShownWithTheirPercentile(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#patient-search").query().isFocused());
        robot.write("Ethan");
        waitFor(() -> WindowSteps.listed(robot, "#patient-suggestions") == 1);
        robot.type(KeyCode.ENTER);
        waitFor(() -> shown(robot, "#chart") && text(robot, "#patient-name").equals("Ethan Kim"));
        Patient ethan = window.session().data().patientSearch().find("Ethan Kim", 2).get(0);
        int before = window.session().data().chart().vitals(ethan.id()).size();
        robot.clickOn("#chart-section-vitals");
        waitFor(() -> shown(robot, "#section-vitals") && !robot.lookup("#vitals-save").query().isDisabled());
        assertFalse(robot.lookup("#vitals-bmi").query().isManaged(), "no room is kept for a BMI not yet given");

        robot.interact(() -> {
            robot.lookup("#vitals-weight-unit").queryAs(ChoiceBox.class).setValue(WeightUnit.LB);
            robot.lookup("#vitals-length-unit").queryAs(ChoiceBox.class).setValue(LengthUnit.IN);
        });
        robot.clickOn("#vitals-weight").write("26");
        robot.clickOn("#vitals-ounces").write("4");
        assertTrue(shown(robot, "#vitals-ounces-unit") && text(robot, "#vitals-ounces-unit").equals("oz"),
                "the ounces keep their unit beside them once typed");
        robot.clickOn("#vitals-length").write("33.5");
        waitFor(() -> text(robot, "#vitals-bmi").startsWith("BMI 16.4"));
        assertTrue(robot.lookup("#vitals-bmi").query().isManaged());
        robot.clickOn("#vitals-save");
        waitFor(() -> window.session().data().chart().vitals(ethan.id()).size() == before + 1);
        VitalSigns saved = window.session().data().chart().vitals(ethan.id()).stream()
                .max(Comparator.comparing(VitalSigns::measuredAt)).orElseThrow();
        assertEquals(new BigDecimal("11.907"), saved.weightKg(), "26 lb 4 oz");
        assertEquals(new BigDecimal("85.1"), saved.heightCm(), "33.5 in");
        assertEquals(WeightUnit.LB, saved.weightUnit());
        assertEquals(LengthUnit.IN, saved.lengthUnit());

        TableView<?> list = robot.lookup("#vitals-list").queryAs(TableView.class);
        waitFor(() -> !list.getItems().isEmpty()
                && ((GrowthHistory.Row) list.getItems().get(0)).weight().startsWith("26 lb 4 oz · "));
        GrowthHistory.Row newest = (GrowthHistory.Row) list.getItems().get(0);
        assertTrue(newest.weight().matches("26 lb 4 oz · \\d+(st|nd|rd|th) \\(z [+−]\\d\\.\\d\\d\\)"), newest.weight());
        assertTrue(newest.length().matches("33\\.5 in lying · \\d+(st|nd|rd|th) \\(z [+−]\\d\\.\\d\\d\\)"), newest.length());
        assertTrue(newest.bmi().startsWith("16.4 · "), newest.bmi());
        assertEquals("", robot.lookup("#vitals-weight").queryAs(TextField.class).getText(), "the form is empty again");
        // Drawn on two lines, the value over its percentile, so the columns show whole beside the form.
        waitFor(() -> robot.lookup("#vitals-list .table-cell").queryAll().stream()
                .anyMatch(c -> ((TableCell<?, ?>) c).getText() != null && ((TableCell<?, ?>) c).getText().startsWith("26 lb 4 oz\n")));
        assertTrue(robot.lookup("#vitals-list .table-cell").queryAll().stream().map(c -> ((TableCell<?, ?>) c).getText())
                .anyMatch(t -> t != null && t.matches("\\d+ mo \\d+ d\ncorr\\. \\d+ mo \\d+ d")), "the corrected age under the age");
        assertEquals("Weight", robot.lookup("#vitals-tabs").queryAs(javafx.scene.control.TabPane.class).getTabs().get(1).getText(),
                "short tab names, the chart's full title in its tooltip");

        robot.clickOn("#vitals-tab-weight-for-age");
        GrowthChart weightForAge = robot.lookup("#growth-chart-weight-for-age").queryAs(GrowthChart.class);
        waitFor(() -> weightForAge.model() != null && !weightForAge.points().isEmpty());
        assertTrue(weightForAge.model().title().startsWith("Weight-for-age · WHO 2006 · boys"), weightForAge.model().title());
        List<String> described = weightForAge.points().stream().map(p -> p.getAccessibleText()).toList();
        assertTrue(described.stream().anyMatch(d -> d.startsWith("26 lb 4 oz · ") && d.contains(" percentile · z ")), described.toString());

        robot.clickOn("#vitals-tab-list");
        robot.clickOn("#vitals-weight").write("86").type(KeyCode.ENTER);
        waitFor(() -> shown(robot, "#vitals-confirm"));
        assertTrue(text(robot, "#vitals-confirmation").startsWith("Unusual for this child's age: Weight-for-age z +"),
                text(robot, "#vitals-confirmation"));
        assertEquals(before + 1, window.session().data().chart().vitals(ethan.id()).size(), "nothing saved yet");
        robot.clickOn("#vitals-go-back");
        waitFor(() -> !shown(robot, "#vitals-confirm"));
        assertEquals(before + 1, window.session().data().chart().vitals(ethan.id()).size());
    }
}
