package com.starlightdesk.app.reports;

import static com.starlightdesk.app.testing.WindowSteps.shown;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.parts.CsvTable;
import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.data.repo.Receivables;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Reports hub's billing reports in a real window over the demo practice: the hub opens with the focus on its list,
 * each billing report opens with Enter and shows the data layer's figures (A/R aging per household with its totals, the
 * membership revenue's charts and table, collections, this month's overdue invoices), each saves a CSV file whose
 * amounts are plain numbers, a household's line opens its chart, Escape comes back to the list; a provider, who does
 * not bill, sees the immunization reports only.
 */
@ExtendWith(ApplicationExtension.class)
final class BillingReportsFlowTest {
    private static final String PROVIDER_EMAIL = "rae.provider@starlight-peds.test";
    private static final String PROVIDER_PASSWORD = "rae-own-password-1";

    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();

    @TempDir
    static Path exports;

    private static final List<Path> ASKED = new ArrayList<>();
    private DesktopWindow window;

    @BeforeAll
    static void demoPracticeWithAProvider() throws Exception {
        PracticeStores stores = DESK.services().stores();
        try (Session admin = stores.signIn(stores.list().get(0).practiceId(), DemoStore.EMAIL, DemoStore.PASSWORD.toCharArray())) {
            admin.store().addUser(new User(Ids.next(), PROVIDER_EMAIL, "Dr. Rae Provider", Role.PROVIDER, null, true),
                    PROVIDER_PASSWORD.toCharArray());
        }
    }

    @Start
    void start(Stage stage) {
        window = DESK.showSavingTo(stage, exports, ASKED);
    }

    @Test
    void openEachBillingReportCheckItsFiguresExportItAndComeBack(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        PracticeData data = window.session().data();
        robot.clickOn("#nav-reports");
        ListView<ReportPage> list = robot.lookup("#reports-list").queryListView();
        waitFor(() -> list.isFocused());
        assertEquals(List.of("immunization-recall", "due-without-vaccination-visit", "ar-aging", "membership-revenue", "collections",
                "overdue-this-month"), list.getItems().stream().map(ReportPage::id).toList());

        // A/R aging, reached with the keyboard: a line per household and the totals, as the data layer reads them.
        open(robot, list, "ar-aging");
        TableView<?> table = read(robot);
        Receivables.Aging aging = data.receivables().aging();
        assertFalse(aging.households().isEmpty(), "the demo has open invoices");
        Map<UUID, Receivables.HouseholdName> named = data.receivables().householdNames(aging.households().stream()
                .map(Receivables.AgingLine::household).toList());
        assertEquals(aging.households().size() + 1, table.getItems().size(), "a line per household and the totals");
        assertEquals(named.get(aging.households().get(0).household()).name(), cell(table, 0, 0));
        assertEquals(aging.households().get(0).balance().toPlainString(), cell(table, 0, 9));
        int last = table.getItems().size() - 1;
        assertEquals("Total (" + aging.households().size() + " households)", cell(table, last, 0));
        assertEquals(aging.totals().in(Receivables.Bucket.CURRENT).toPlainString(), cell(table, last, 2));
        assertEquals(aging.totals().balance().toPlainString(), cell(table, last, 9));
        String owed = Dollars.format(aging.totals().balance());
        assertTrue(robot.lookup("#report-table .table-cell").match((javafx.scene.Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && owed.equals(c.getText())).tryQuery().isPresent(), "amounts show in dollars: " + owed);
        Map<UUID, String> names = new HashMap<>();
        named.forEach((household, name) -> names.put(household, name.name()));
        CsvTable expected = ReceivablesCsv.aging(aging, names);
        List<String> lines = export(robot);
        assertEquals(List.of(expected.text().split("\r\n")), lines);
        assertTrue(lines.get(lines.size() - 1).endsWith(",\"" + aging.totals().balance().toPlainString() + "\""),
                "amounts are plain numbers: " + lines.get(lines.size() - 1));
        assertTrue(ASKED.get(ASKED.size() - 1).getFileName().toString().matches("ar-aging-\\d{4}-\\d{2}-\\d{2}\\.csv"));

        // Enter on the first household opens the chart of its eldest member; the report is still there when Reports comes back.
        robot.clickOn(robot.lookup("#report-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class)).type(KeyCode.ENTER);
        String eldest = data.patients().findById(named.get(aging.households().get(0).household()).eldest()).orElseThrow().firstName();
        waitFor(() -> shown(robot, "#patient-name") && text(robot, "#patient-name").contains(eldest));
        robot.clickOn("#nav-reports");
        waitFor(() -> shown(robot, "#report-table") && text(robot, "#report-title").equals("A/R aging"));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> shown(robot, "#reports-list") && list.isFocused());

        // Membership revenue: a chart of revenue per plan and one of members per plan, and the table under them.
        open(robot, list, "membership-revenue");
        TableView<?> revenueTable = read(robot);
        Receivables.MembershipRevenue revenue = data.receivables().membershipRevenue();
        CsvTable revenueCsv = ReceivablesCsv.revenue(revenue);
        assertEquals(revenueCsv.rows().size(), revenueTable.getItems().size());
        XYChart<?, ?> chart = robot.lookup("#report-revenue-chart").queryAs(XYChart.class);
        long plans = revenue.lines().stream().map(Receivables.PlanMonth::planName).distinct().count();
        assertTrue(plans > 0);
        assertEquals(plans, chart.getData().size(), "a series per plan");
        assertEquals(12, chart.getData().get(0).getData().size(), "twelve months");
        assertTrue(shown(robot, "#report-members-chart"));
        int thisMonth = revenueCsv.rows().size() - 1;
        assertEquals("All plans", cell(revenueTable, thisMonth, 1));
        assertEquals(revenue.revenue(revenue.last()).toPlainString(), cell(revenueTable, thisMonth, 3));
        assertEquals(List.of(revenueCsv.text().split("\r\n")), export(robot));
        robot.type(KeyCode.ESCAPE);

        // Collections per month and method.
        open(robot, list, "collections");
        TableView<?> collectionsTable = read(robot);
        Receivables.Collections collections = data.receivables().collections();
        CsvTable collectionsCsv = ReceivablesCsv.collections(collections);
        assertEquals(collectionsCsv.rows().size(), collectionsTable.getItems().size());
        assertEquals(collections.total().net().toPlainString(), cell(collectionsTable, collectionsCsv.rows().size() - 1, 4));
        assertEquals(List.of(collectionsCsv.text().split("\r\n")), export(robot));
        robot.type(KeyCode.ESCAPE);

        // Overdue invoices of active patients this month.
        open(robot, list, "overdue-this-month");
        waitFor(() -> !shown(robot, "#report-progress-line") && (shown(robot, "#report-table") || shown(robot, "#report-empty")));
        Receivables.OverdueThisMonth overdue = data.receivables().overdueThisMonth();
        if (overdue.invoices().isEmpty()) {
            assertTrue(shown(robot, "#report-empty"), "nothing overdue: the empty state says so");
        } else {
            TableView<?> overdueTable = robot.lookup("#report-table").queryTableView();
            assertEquals(overdue.invoices().size() + 1, overdueTable.getItems().size());
            assertEquals(overdue.open().toPlainString(), cell(overdueTable, overdue.invoices().size(), 6));
        }
        assertEquals(List.of(ReceivablesCsv.overdue(overdue).text().split("\r\n")), export(robot));
        robot.clickOn("#report-back");
        waitFor(() -> shown(robot, "#reports-list"));

        // A provider does not bill: the hub lists the immunization reports only.
        robot.clickOn("#switch-user-button");
        WindowSteps.signIn(robot, PROVIDER_EMAIL, PROVIDER_PASSWORD);
        waitFor(() -> shown(robot, "#nav-reports"));
        robot.clickOn("#nav-reports");
        waitFor(() -> shown(robot, "#reports-list"));
        ListView<ReportPage> theirs = robot.lookup("#reports-list").queryListView();
        assertEquals(List.of("immunization-recall", "due-without-vaccination-visit"), theirs.getItems().stream().map(ReportPage::id).toList());
        assertFalse(robot.lookup("#report-ar-aging").tryQuery().isPresent());
    }

    /** Chooses the report {@code id} in the hub's list with the keyboard and opens it with Enter. */
    private static void open(FxRobot robot, ListView<ReportPage> list, String id) throws Exception {
        waitFor(() -> shown(robot, "#reports-list") && list.isFocused());
        int at = list.getItems().stream().map(ReportPage::id).toList().indexOf(id);
        while (list.getSelectionModel().getSelectedIndex() != at) {
            robot.type(list.getSelectionModel().getSelectedIndex() < at ? KeyCode.DOWN : KeyCode.UP);
        }
        robot.type(KeyCode.ENTER);
        waitFor(() -> shown(robot, "#report-opened") && text(robot, "#report-title").equals(list.getItems().get(at).title()));
    }

    /** The open report's table once it is read. */
    private static TableView<?> read(FxRobot robot) throws Exception {
        waitFor(() -> !shown(robot, "#report-progress-line") && shown(robot, "#report-table"));
        return robot.lookup("#report-table").queryTableView();
    }

    /** The value of line {@code row}, column {@code column} (an amount as a plain number; the cell shows it in dollars). */
    private static String cell(TableView<?> table, int row, int column) {
        return String.valueOf(table.getColumns().get(column).getCellObservableValue(row).getValue());
    }

    /** Exports the open report and reads the file back, its lines without the byte order mark. */
    private List<String> export(FxRobot robot) throws Exception {
        int before = ASKED.size();
        robot.clickOn("#report-export");
        waitFor(() -> ASKED.size() > before && text(robot, "#report-done").endsWith("saved to " + ASKED.get(before).getFileName() + "."));
        byte[] bytes = Files.readAllBytes(ASKED.get(before));
        assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 with its byte order mark");
        return List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
    }
}
