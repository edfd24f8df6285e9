package com.starlightdesk.app.billing;

import static com.starlightdesk.app.testing.WindowSteps.shown;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.billing.agebands.AgeBandChangesViewModel;
import com.starlightdesk.app.billing.agebands.AgeBandChangesViewModel.Row;
import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.repo.PracticeData;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Billing, Age-band changes, in a real window over the demo practice: a member who turns two in ten days is listed
 * with her birthday, Orion → Lyra and the first month at Lyra's fee (every change the store finds is listed), and
 * Enter opens her chart.
 */
@ExtendWith(ApplicationExtension.class)
final class AgeBandChangesPageTest {
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();

    private DesktopWindow window;

    @Start
    void start(Stage stage) {
        window = DESK.show(stage);
    }

    @Test
    void aMemberTurningTwoIsListedAndHerChartOpens(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        PracticeData data = window.session().data();
        LocalDate today = LocalDate.now(window.session().zone());
        LocalDate birthday = today.plusDays(10);
        Patient nora = new Patient(Ids.next(), "Nora", "Birchwood", birthday.minusYears(2), Gender.FEMALE, null, null, null, null,
                null, null, null, null, PatientStatus.ACTIVE, null, null, null, null, true, null, null, null);
        data.writeAll(c -> c.insert(nora));
        MembershipPlan orion = data.memberships().proposedPlan(nora.id(), today.withDayOfMonth(1)).orElseThrow();
        assertEquals("Orion", orion.name());
        data.memberships().enrol(nora.id(), orion.id(), today.withDayOfMonth(1), null);
        int expected = data.memberships().ageBandChanges(today, AgeBandChangesViewModel.DAYS).size();

        robot.clickOn("#nav-billing");
        waitFor(() -> shown(robot, "#billing-age-band-changes"));
        robot.clickOn("#billing-age-band-changes");
        TableView<Row> table = robot.lookup("#age-bands-table").queryTableView();
        waitFor(() -> table.getItems().size() == expected && table.getItems().stream().anyMatch(r -> r.patientId().equals(nora.id())));
        Row row = table.getItems().stream().filter(r -> r.patientId().equals(nora.id())).findFirst().orElseThrow();
        assertEquals("Orion", row.fromPlan());
        assertEquals("Lyra", row.toPlan());
        assertEquals("turns 2", row.turns());
        LocalDate billedFrom = birthday.getDayOfMonth() == 1 ? birthday : birthday.withDayOfMonth(1).plusMonths(1);
        assertEquals(billedFrom, row.billedFrom());
        assertTrue(row.firstMonth().endsWith(", $120.00/month"), row.firstMonth());
        assertTrue(text(robot, "#age-bands-count").contains("in the next 60 days"));

        robot.interact(() -> table.getSelectionModel().select(row));
        robot.clickOn("#age-bands-table");
        robot.interact(() -> table.getSelectionModel().select(row));
        robot.type(KeyCode.ENTER);
        waitFor(() -> shown(robot, "#patient-name") && text(robot, "#patient-name").contains("Nora"));
        assertTrue(Optional.ofNullable(text(robot, "#patient-name")).orElse("").contains("Birchwood"));
    }
}
