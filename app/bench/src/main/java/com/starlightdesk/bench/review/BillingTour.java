package com.starlightdesk.bench.review;

import com.starlightdesk.app.billing.memberships.MembershipsViewModel;
import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.parts.PatientPicker;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.SubscriptionStatus;
import com.starlightdesk.data.repo.PracticeData;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * The Billing place's part of the screenshot tour: the memberships with a paused one chosen and its history, the
 * enrol form with the plan the child's age calls for proposed and another plan chosen with its reason, next month's
 * billing run previewed (nothing is made), and the age-band changes of the next 60 days.
 */
final class BillingTour {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private BillingTour() {
    }

    static void walk(Scene scene, DesktopWindow window, Path out) throws Exception {
        PracticeData data = window.session().data();
        WindowDriver.press(scene, "#nav-billing");
        WindowDriver.waitUntil("the Billing place", () -> WindowDriver.showing(scene, "#place-billing"), WAIT);

        WindowDriver.press(scene, "#billing-memberships");
        @SuppressWarnings("unchecked")
        TableView<MembershipsViewModel.Row> table = (TableView<MembershipsViewModel.Row>) scene.lookup("#memberships-table");
        WindowDriver.waitUntil("the memberships", () -> !table.getItems().isEmpty(), WAIT);
        WindowDriver.onFx(() -> {
            table.getItems().stream().filter(r -> r.status() == SubscriptionStatus.PAUSED).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
            return null;
        });
        WindowDriver.waitUntil("the membership's history", () -> !((VBox) scene.lookup("#membership-history")).getChildren().isEmpty(), WAIT);
        Thread.sleep(300);
        WindowDriver.savePng(scene, out.resolve("08c-billing-memberships.png"));

        // Enrol a prospect: the plan for the age proposed, then another chosen, which asks why.
        Patient prospect = data.patients().byStatus("prospect", 20, 0).stream()
                .filter(p -> data.memberships().memberships(p.id()).isEmpty()).findFirst().orElseThrow();
        WindowDriver.press(scene, "#memberships-enrol");
        WindowDriver.waitUntil("the enrol form", () -> WindowDriver.showing(scene, "#membership-patient"), WAIT);
        WindowDriver.onFx(() -> {
            scene.lookup("#membership-patient").requestFocus();
            return null;
        });
        WindowDriver.type(scene, "#membership-patient", prospect.lastName() + " " + prospect.firstName());
        WindowDriver.waitUntil("the patient's match", () -> ((PatientPicker) scene.lookup("#membership-patient")).isShowingSuggestions(), WAIT);
        WindowDriver.onFx(() -> {
            scene.lookup("#membership-patient").fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            return null;
        });
        WindowDriver.waitUntil("the proposed plan", () -> ((Label) scene.lookup("#membership-proposal")).getText().startsWith("Proposed"), WAIT);
        WindowDriver.onFx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<MembershipPlan> plan = (ComboBox<MembershipPlan>) scene.lookup("#membership-plan");
            MembershipPlan proposed = plan.getValue();
            plan.getItems().stream().filter(p -> !p.equals(proposed)).findFirst().ifPresent(plan::setValue);
            return null;
        });
        WindowDriver.waitUntil("the plan's reason", () -> WindowDriver.showing(scene, "#membership-plan-reason"), WAIT);
        WindowDriver.type(scene, "#membership-plan-reason", "Older sister's plan until her birthday");
        Thread.sleep(300);
        WindowDriver.savePng(scene, out.resolve("08d-billing-enrol.png"));
        WindowDriver.press(scene, "#membership-close");

        // Next month's run, previewed only.
        WindowDriver.press(scene, "#billing-run");
        WindowDriver.waitUntil("the billing run", () -> WindowDriver.showing(scene, "#run-month"), WAIT);
        WindowDriver.onFx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<YearMonth> month = (ComboBox<YearMonth>) scene.lookup("#run-month");
            month.setValue(month.getItems().get(0));
            return null;
        });
        WindowDriver.press(scene, "#run-preview");
        WindowDriver.waitUntil("the run's preview", () -> !((TableView<?>) scene.lookup("#run-table")).getItems().isEmpty(), WAIT);
        Thread.sleep(300);
        WindowDriver.savePng(scene, out.resolve("08e-billing-run-preview.png"));
        WindowDriver.press(scene, "#run-cancel");

        WindowDriver.press(scene, "#billing-age-band-changes");
        WindowDriver.waitUntil("the age-band changes", () -> WindowDriver.showing(scene, "#age-bands-table")
                && (!((TableView<?>) scene.lookup("#age-bands-table")).getItems().isEmpty()
                || ((Label) scene.lookup("#age-bands-none")).getText().startsWith("No member")), WAIT);
        Thread.sleep(300);
        WindowDriver.savePng(scene, out.resolve("08f-billing-age-band-changes.png"));
    }
}
