package com.starlightdesk.app.chart;

import static com.starlightdesk.app.testing.WindowSteps.shown;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import com.starlightdesk.data.domain.AuditAction;
import com.starlightdesk.data.domain.AuditEntry;
import com.starlightdesk.data.domain.ChartPart;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.repo.Tables;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A chart in a real window (headless Monocle) on the demo practice: the Ctrl+K search opens it at its front
 * page under a header with the child's name, age in the clinic's form, sex, birth date and the allergy
 * banner; Ctrl+number and the section list move between sections, each opening recorded in the audit log
 * against the table it shows; "‹ Patients" goes back to the place without a chart.
 */
@ExtendWith(ApplicationExtension.class)
final class ChartFlowTest {
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();
    private DesktopWindow window;

    @Start
    void start(Stage stage) {
        window = DESK.show(stage);
    }

    @Test
    void theSearchOpensTheChartAndEachSectionShownIsAudited(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#patient-search").query().isFocused());
        robot.write("Aarav");
        waitFor(() -> WindowSteps.listed(robot, "#patient-suggestions") == 1);
        robot.type(KeyCode.ENTER);
        waitFor(() -> shown(robot, "#chart") && text(robot, "#patient-name").equals("Aarav Patel"));
        Patient aarav = window.session().data().patientSearch().find("Aarav Patel", 2).get(0);
        waitFor(() -> text(robot, "#chart-facts").endsWith("born May 14, 2016"));
        assertTrue(text(robot, "#chart-facts").matches("10 years( \\d+ months?)? · Male · born May 14, 2016"), text(robot, "#chart-facts"));
        assertTrue(text(robot, "#chart-allergies").startsWith("Allergies: Peanuts"), text(robot, "#chart-allergies"));
        waitFor(() -> shown(robot, "#section-summary") && !text(robot, "#summary-last-visit").isEmpty());
        assertTrue(text(robot, "#summary-contact").contains("555"), text(robot, "#summary-contact"));
        // The last vitals as the Vitals section words them: a ten-year-old's height, percentiles as a clinic says them.
        ListView<String> vitals = robot.lookup("#summary-vitals").queryListView();
        waitFor(() -> !vitals.getItems().isEmpty());
        assertTrue(vitals.getItems().stream().anyMatch(l -> l.startsWith("Height ")), vitals.getItems().toString());
        assertTrue(vitals.getItems().stream().filter(l -> l.contains(" percentile"))
                .allMatch(l -> l.matches(".* · (\\d+(st|nd|rd|th)|<1st|>99th) percentile · z [+−]\\d\\.\\d\\d")
                        && !l.matches(".*(?<!1)[123]th percentile.*")), vitals.getItems().toString());

        List<AuditEntry> before = reads(aarav);
        assertEquals(1, before.stream().filter(e -> Tables.PATIENTS.name().equals(e.tableName())).count(),
                "the opening is audited once");

        // An admin sees every section: Allergies is the fifth.
        assertEquals(5, List.of(ChartSection.values()).indexOf(ChartSection.ALLERGIES) + 1);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        waitFor(() -> shown(robot, "#section-allergies"));
        assertEquals(ChartSection.ALLERGIES,
                robot.lookup("#chart-sections").queryAs(ListView.class).getSelectionModel().getSelectedItem());
        robot.clickOn("#chart-section-vitals");
        waitFor(() -> shown(robot, "#section-vitals"));
        waitFor(() -> reads(aarav).size() == before.size() + 2);
        List<String> tables = reads(aarav).stream().skip(before.size()).map(AuditEntry::tableName).toList();
        assertEquals(List.of("allergies", "vitals"), tables);
        assertEquals(List.of(ChartPart.ALLERGIES, ChartPart.VITALS),
                reads(aarav).stream().skip(before.size()).map(AuditEntry::chartSection).toList(), "each section by its part");
        assertTrue(text(robot, "#patient-name").equals("Aarav Patel"), "the header stays while sections change");

        robot.clickOn("#chart-back");
        waitFor(() -> !shown(robot, "#chart") && shown(robot, "#place-patients"));
    }

    /** The audit log's reads of {@code patient}'s chart by the signed-in user, oldest first. */
    private List<AuditEntry> reads(Patient patient) {
        List<AuditEntry> reads = new ArrayList<>();
        window.session().data().forEachRow(Tables.AUDIT_LOG, e -> {
            if (e.action() == AuditAction.READ && patient.id().equals(e.patientId())) {
                reads.add(e);
            }
        });
        reads.sort(java.util.Comparator.comparing(AuditEntry::occurredAt));
        return reads;
    }
}
