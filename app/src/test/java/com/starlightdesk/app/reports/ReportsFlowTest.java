package com.starlightdesk.app.reports;

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
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.TaskStatus;
import com.starlightdesk.data.repo.ImmunizationRecall.Child;
import com.starlightdesk.data.repo.PracticeData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Reports place in a real window over the demo practice: the immunization recall list opened from the hub with the
 * keyboard and worked out with its progress, a bad number refused at its field, narrowed by age, sorted by name,
 * exported to a CSV file (formula-looking names neutralised, UTF-8), a follow-up call added to Tasks, the chart opened
 * with Enter, a vaccination visit started on the calendar's booking form, and, back at the hub with Escape, the report
 * of those due with no vaccination visit booked.
 */
@ExtendWith(ApplicationExtension.class)
final class ReportsFlowTest {
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();

    @TempDir
    static Path exports;

    private static final List<Path> ASKED = new ArrayList<>();
    private DesktopWindow window;

    @Start
    void start(Stage stage) {
        window = DESK.showSavingTo(stage, exports, ASKED);
    }

    @Test
    void workOutTheRecallListFilterSortExportCreateATaskOpenAChartAndBookAVisit(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        PracticeData data = window.session().data();
        ZoneId zone = window.session().zone();
        // A family whose name a spreadsheet would read as a formula: two years old, nothing given yet.
        Patient formula = new Patient(Ids.next(), "Zed", "=Cole", LocalDate.now(zone).minusYears(2), Gender.MALE, null, null, null, null,
                null, null, null, null, PatientStatus.ACTIVE, null, null, null, null, true, null, null, null);
        data.writeAll(c -> c.insert(formula));

        robot.clickOn("#nav-reports");
        waitFor(() -> robot.lookup("#reports-list").query().isFocused());
        robot.type(KeyCode.ENTER); // the recall list is the first report
        waitFor(() -> shown(robot, "#recall-table"));
        assertEquals("Immunization recall", text(robot, "#report-title"));
        TableView<Child> table = robot.lookup("#recall-table").queryTableView();
        waitFor(() -> !table.getItems().isEmpty() && !shown(robot, "#recall-progress-line"));
        assertTrue(text(robot, "#recall-count").matches("\\d+ child(ren)? of \\d+ assessed"), text(robot, "#recall-count"));
        assertTrue(table.getItems().stream().anyMatch(c -> c.patientId().equals(formula.id())));

        robot.doubleClickOn("#recall-days").write("x");
        waitFor(() -> text(robot, "#recall-days-error").equals("Type a number of days as a whole number"));
        robot.doubleClickOn("#recall-days").write("60");
        robot.clickOn("#recall-age-from").write("1");
        robot.clickOn("#recall-age-to").write("5");
        waitFor(() -> text(robot, "#recall-days-error").isEmpty() && !shown(robot, "#recall-progress-line") && !table.getItems().isEmpty()
                && table.getItems().stream().allMatch(c -> !c.dateOfBirth().isAfter(LocalDate.now(zone).minusYears(1))
                        && c.dateOfBirth().isAfter(LocalDate.now(zone).minusYears(6))));
        int shownCount = table.getItems().size();

        robot.clickOn("#recall-column-name");
        waitFor(() -> sortedBy(table, Comparator.comparing(Child::displayName, String.CASE_INSENSITIVE_ORDER)));
        robot.clickOn("#recall-column-urgent");
        waitFor(() -> sortedBy(table, Comparator.comparing(Child::mostUrgent)));
        robot.clickOn("#recall-column-name");
        waitFor(() -> sortedBy(table, Comparator.comparing(Child::displayName, String.CASE_INSENSITIVE_ORDER)));
        assertEquals("=Cole, Zed", table.getItems().get(0).displayName(), "'=' sorts before letters");

        robot.clickOn("#recall-export");
        waitFor(() -> text(robot, "#recall-done").endsWith("saved to " + ASKED.get(0).getFileName() + "."));
        byte[] bytes = Files.readAllBytes(ASKED.get(0));
        assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 with its byte order mark");
        List<String> lines = List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertEquals(shownCount + 1, lines.size(), "a header and each line shown");
        assertTrue(lines.get(0).startsWith("\"Name\",\"Age\",\"Date of birth\",\"Provider\",\"Vaccine groups due\""));
        assertTrue(lines.get(1).startsWith("\"'=Cole, Zed\","), "a formula-looking name is written as text: " + lines.get(1));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.indexOf("\"=") < 0 && l.indexOf("\"+") < 0 && l.indexOf("\"@") < 0),
                "no cell starts as a formula");
        assertTrue(ASKED.get(0).getFileName().toString().matches("immunization-recall-\\d{4}-\\d{2}-\\d{2}\\.csv"), "no name in the file's name");

        robot.clickOn(cell(robot, "=Cole, Zed"));
        assertEquals(formula.id(), table.getSelectionModel().getSelectedItem().patientId());
        robot.clickOn("#recall-create-task");
        waitFor(() -> text(robot, "#recall-done").startsWith("A follow-up") || !text(robot, "#recall-failure").isEmpty());
        assertEquals("A follow-up call about Zed =Cole is added to Tasks.", text(robot, "#recall-done"), text(robot, "#recall-failure"));
        var tasks = data.tasks().openAbout(formula.id());
        assertEquals(1, tasks.size());
        assertEquals("Call about overdue vaccines", tasks.get(0).title());
        assertEquals(TaskStatus.OPEN, tasks.get(0).status());
        assertEquals(window.session().user().id(), tasks.get(0).assignedTo());

        // The task changed the practice's data: the list is worked out again before its line is chosen.
        waitFor(() -> !shown(robot, "#recall-progress-line") && robot.lookup("#recall-table .table-cell").match((javafx.scene.Node n) ->
                n instanceof javafx.scene.control.TableCell<?, ?> c && "=Cole, Zed".equals(c.getText()) && n.isVisible()).tryQuery().isPresent());
        robot.clickOn(cell(robot, "=Cole, Zed"));
        robot.type(KeyCode.ENTER);
        waitFor(() -> shown(robot, "#patient-name") && text(robot, "#patient-name").contains("Zed"));

        robot.clickOn("#nav-reports");
        waitFor(() -> !shown(robot, "#recall-progress-line") && !table.getItems().isEmpty());
        robot.clickOn(cell(robot, "=Cole, Zed"));
        robot.clickOn("#recall-book-visit");
        waitFor(() -> shown(robot, "#booking-panel") && text(robot, "#booking-chosen-patient").contains("Zed"));
        ComboBox<AppointmentType> type = robot.lookup("#booking-type").queryComboBox();
        assertEquals(AppointmentType.VACCINATION, type.getValue());
        robot.clickOn("#booking-close");

        robot.clickOn("#nav-reports");
        waitFor(() -> shown(robot, "#recall-table"));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> shown(robot, "#reports-list") && robot.lookup("#reports-list").query().isFocused());
        robot.clickOn("#report-due-without-vaccination-visit").type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#report-title").equals("Due in 30 days, no vaccination visit"));
        waitFor(() -> !shown(robot, "#recall-progress-line") && "30".equals(robot.lookup("#recall-days").queryTextInputControl().getText()));
        assertTrue(robot.lookup("#recall-days").query().isDisabled(), "the report looks 30 days ahead");
        assertTrue(table.getItems().stream().allMatch(c -> c.nextVaccinationVisit() == null));
        assertFalse(table.getItems().isEmpty());
    }

    /** The table cell showing {@code text} (a click on it chooses its line). */
    private static javafx.scene.Node cell(FxRobot robot, String text) {
        return robot.lookup("#recall-table .table-cell").match((javafx.scene.Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && text.equals(c.getText()) && n.isVisible()).query();
    }

    private static boolean sortedBy(TableView<Child> table, Comparator<Child> order) {
        List<Child> items = List.copyOf(table.getItems());
        List<Child> sorted = new ArrayList<>(items);
        sorted.sort(order);
        return items.equals(sorted);
    }
}
