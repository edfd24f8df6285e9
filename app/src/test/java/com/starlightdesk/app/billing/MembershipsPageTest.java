package com.starlightdesk.app.billing;

import static com.starlightdesk.app.testing.WindowSteps.listed;
import static com.starlightdesk.app.testing.WindowSteps.shown;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.billing.memberships.MembershipsViewModel;
import com.starlightdesk.app.billing.memberships.MembershipsViewModel.Row;
import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.Subscription;
import com.starlightdesk.data.domain.SubscriptionStatus;
import com.starlightdesk.data.repo.PracticeData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
 * Billing, Memberships, in a real window over the demo practice: every membership listed and narrowed by status and
 * name; a three-year-old sibling enrolled with the patient picker, Lyra proposed for her age, Orion chosen instead
 * and its reason asked for at its field, a bad start date named at its field; then paused, resumed, given her own
 * fee (three decimals refused at the amount) and cancelled (without a reason refused), each in her history.
 */
@ExtendWith(ApplicationExtension.class)
final class MembershipsPageTest {
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US);

    private DesktopWindow window;

    @Start
    void start(Stage stage) {
        window = DESK.show(stage);
    }

    @Test
    void listFilterEnrolPauseResumeOwnFeeAndCancel(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        PracticeData data = window.session().data();
        LocalDate today = LocalDate.now(window.session().zone());
        int all = 0;
        for (SubscriptionStatus s : SubscriptionStatus.values()) {
            all += data.billing().subscriptionsByStatus(s.code()).size();
        }
        int paused = data.billing().subscriptionsByStatus("paused").size();
        Patient ivy = new Patient(Ids.next(), "Ivy", "Quillfeather", today.minusYears(3).minusMonths(2), Gender.FEMALE, null, null, null,
                null, null, null, null, null, PatientStatus.ACTIVE, null, null, null, null, true, null, null, null);
        data.writeAll(c -> c.insert(ivy));

        robot.clickOn("#nav-billing");
        waitFor(() -> shown(robot, "#billing-memberships"));
        robot.clickOn("#billing-memberships");
        TableView<Row> table = robot.lookup("#memberships-table").queryTableView();
        int total = all;
        waitFor(() -> table.getItems().size() == total);
        assertEquals(total + " memberships", text(robot, "#memberships-count"));
        ComboBox<MembershipsViewModel.StatusChoice> status = robot.lookup("#memberships-status").queryComboBox();
        robot.interact(() -> status.getSelectionModel().select(2));
        waitFor(() -> table.getItems().size() == paused && table.getItems().stream().allMatch(r -> r.status() == SubscriptionStatus.PAUSED));
        robot.interact(() -> status.getSelectionModel().select(0));
        waitFor(() -> table.getItems().size() == total);

        // Enrol Ivy: Lyra is proposed for her age; Orion needs a reason.
        robot.clickOn("#memberships-enrol");
        waitFor(() -> shown(robot, "#membership-patient"));
        robot.clickOn("#membership-patient").write("Quillfeather");
        waitFor(() -> listed(robot, "#membership-patient-matches") == 1);
        robot.type(KeyCode.ENTER);
        waitFor(() -> shown(robot, "#membership-patient-chosen") && text(robot, "#membership-proposal").contains("Lyra"));
        ComboBox<MembershipPlan> plan = robot.lookup("#membership-plan").queryComboBox();
        assertEquals("Lyra", plan.getValue().name());
        assertTrue(!shown(robot, "#membership-plan-reason"), "the age's plan needs no reason");
        robot.interact(() -> plan.setValue(plan.getItems().stream().filter(p -> p.name().equals("Orion")).findFirst().orElseThrow()));
        waitFor(() -> shown(robot, "#membership-plan-reason"));
        replace(robot, "#membership-day", "13/45/2026");
        robot.clickOn("#membership-save");
        waitFor(() -> shown(robot, "#membership-plan-reason-error") && shown(robot, "#membership-day-error"));
        assertEquals("Say why not Lyra, the plan for the child's age", text(robot, "#membership-plan-reason-error"));
        assertEquals("Not a date: type it as M/D/YYYY", text(robot, "#membership-day-error"));
        assertTrue(data.memberships().memberships(ivy.id()).isEmpty(), "nothing written");
        within(robot.lookup("#membership-save").query());

        LocalDate start = today.withDayOfMonth(1);
        replace(robot, "#membership-day", TYPED.format(start));
        robot.clickOn("#membership-plan-reason").write("Twin brother is on Orion until spring");
        robot.clickOn("#membership-save");
        waitFor(() -> text(robot, "#membership-done").startsWith("Ivy Quillfeather is enrolled in Orion"));
        waitFor(() -> table.getItems().size() == total + 1 && chosen(robot, ivy));
        Subscription enrolled = data.memberships().memberships(ivy.id()).get(0);
        assertEquals("Twin brother is on Orion until spring", enrolled.planReason());
        waitFor(() -> history(robot).stream().anyMatch(l -> l.endsWith("Enrolled in Orion: Twin brother is on Orion until spring")));

        // Pause from today, resume tomorrow.
        robot.clickOn("#membership-pause");
        robot.clickOn("#membership-reason").write("Family abroad");
        robot.clickOn("#membership-save");
        waitFor(() -> text(robot, "#membership-done").contains("Paused from") && statusOf(table, ivy) == SubscriptionStatus.PAUSED);
        robot.clickOn("#membership-resume");
        replace(robot, "#membership-day", TYPED.format(today.plusDays(1)));
        robot.clickOn("#membership-save");
        waitFor(() -> text(robot, "#membership-done").contains("Resumed on") && statusOf(table, ivy) == SubscriptionStatus.ACTIVE);

        // Her own fee: three decimals refused at the amount, then $99.
        robot.clickOn("#membership-fee");
        waitFor(() -> shown(robot, "#membership-amount"));
        robot.clickOn("#membership-amount").write("99.999");
        robot.clickOn("#membership-save");
        waitFor(() -> shown(robot, "#membership-amount-error"));
        assertEquals("Has more than two decimal places", text(robot, "#membership-amount-error"));
        replace(robot, "#membership-amount", "99");
        robot.clickOn("#membership-save");
        waitFor(() -> text(robot, "#membership-done").contains("own fee $99.00/month"));
        assertEquals(new BigDecimal("99.00"), data.patients().findById(ivy.id()).orElseThrow().feeOverride());
        waitFor(() -> table.getItems().stream().anyMatch(r -> r.patientId().equals(ivy.id()) && r.ownFee()));

        // Cancel: a reason is needed.
        robot.clickOn("#membership-cancel");
        waitFor(() -> shown(robot, "#membership-reason"));
        robot.clickOn("#membership-save");
        waitFor(() -> shown(robot, "#membership-reason-error"));
        assertEquals("Say why the membership ends", text(robot, "#membership-reason-error"));
        robot.clickOn("#membership-reason").write("Moving away");
        robot.clickOn("#membership-save");
        waitFor(() -> statusOf(table, ivy) == SubscriptionStatus.CANCELLED);
        waitFor(() -> history(robot).size() == 5
                && history(robot).stream().anyMatch(l -> l.endsWith("Cancelled (last day billed): Moving away")));
        assertTrue(history(robot).get(1).contains("Paused: Family abroad"), history(robot).toString());
        assertTrue(history(robot).stream().anyMatch(l -> l.contains("Own fee $99.00/month")), history(robot).toString());
    }

    private static boolean chosen(FxRobot robot, Patient patient) {
        return text(robot, "#membership-chosen").startsWith(patient.lastName() + ", " + patient.firstName());
    }

    private static SubscriptionStatus statusOf(TableView<Row> table, Patient patient) {
        return table.getItems().stream().filter(r -> r.patientId().equals(patient.id())).map(Row::status).findFirst().orElse(null);
    }

    private static List<String> history(FxRobot robot) {
        return robot.lookup("#membership-history").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
    }

    private static void within(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        assertTrue(b.getMinX() >= 0 && b.getMaxX() <= node.getScene().getWidth() && b.getMaxY() <= node.getScene().getHeight(),
                node.getId() + " at " + b);
    }

    private static void replace(FxRobot robot, String field, String text) throws TimeoutException {
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        waitFor(() -> ((TextField) robot.lookup(field).query()).getText().isEmpty());
        robot.write(text);
    }
}
