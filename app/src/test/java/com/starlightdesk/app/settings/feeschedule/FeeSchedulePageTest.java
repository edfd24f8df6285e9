package com.starlightdesk.app.settings.feeschedule;

import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.visible;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.starlightdesk.app.concurrent.BackgroundTaskExecutor;
import com.starlightdesk.app.desktop.AppServices;
import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.parts.EmptyState;
import com.starlightdesk.app.preferences.PreferencesFile;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.FeeScheduleEntry;
import com.starlightdesk.data.store.DataDirectory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Settings, Fee schedule, in a real window (headless Monocle): a new practice's admin meets the empty state, adds a
 * vaccine after a price with three decimals and a bad CVX are named at their fields, is refused a second entry for
 * the same code at the code, and deactivates the vaccine, which then lists after the active services.
 */
@ExtendWith(ApplicationExtension.class)
final class FeeSchedulePageTest {
    @TempDir
    static Path dataDir;
    private static AppServices services;
    private DesktopWindow window;

    @BeforeAll
    static void newPractice() throws Exception {
        DataDirectory directory = new DataDirectory(dataDir);
        PracticeStores stores = new PracticeStores(directory, new PreferencesFile(directory.root()), Clock.systemUTC());
        stores.create("Lakeside Kids Clinic", "America/Chicago", "Rita Moreno", TestStores.EMAIL, TestStores.PASSWORD.toCharArray())
                .close();
        services = new AppServices(directory, stores, new BackgroundTaskExecutor(2, Platform::runLater), Clock.systemUTC());
    }

    @Start
    void start(Stage stage) {
        window = new DesktopWindow(services);
        window.show(stage);
    }

    @Test
    void addAServiceAfterBadValuesAreNamedAtTheirFieldsThenDeactivateIt(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#sign-in-email").tryQuery().isPresent());
        robot.clickOn("#sign-in-email").write(TestStores.EMAIL);
        robot.clickOn("#sign-in-password").write(TestStores.PASSWORD).type(KeyCode.ENTER);
        waitFor(() -> visible(robot, "#nav-settings"));
        robot.clickOn("#nav-settings");
        waitFor(() -> visible(robot, "#settings-fee-schedule"));
        robot.clickOn("#settings-fee-schedule");
        waitFor(() -> visible(robot, "#page-fee-schedule") && visible(robot, "#fees-empty"));
        EmptyState empty = robot.lookup("#fees-empty").queryAs(EmptyState.class);
        assertEquals("No services in the fee schedule yet.", empty.getTitle());

        robot.clickOn("#fee-add-first");
        waitFor(() -> visible(robot, "#fee-cpt"));
        robot.clickOn("#fee-cpt").write("90713");
        robot.clickOn("#fee-description").write("Polio vaccine (IPOL)");
        robot.clickOn("#fee-price").write("40.125");
        robot.clickOn("#fee-cvx").write("1O");
        robot.clickOn("#fee-save");
        waitFor(() -> visible(robot, "#fee-price-error") && visible(robot, "#fee-cvx-error"));
        assertEquals("Has more than two decimal places", text(robot, "#fee-price-error"));
        assertEquals("Is a CVX code of one to three digits", text(robot, "#fee-cvx-error"));
        assertFalse(visible(robot, "#fee-cpt-error"));
        assertEquals(0, listed(robot), "nothing saved");

        replace(robot, "#fee-price", "$40");
        replace(robot, "#fee-cvx", "10");
        robot.clickOn("#fee-covered");
        robot.clickOn("#fee-save");
        waitFor(() -> listed(robot) == 1
                && text(robot, "#fee-done").equals("Saved 90713: Polio vaccine (IPOL), $40.00, covered by membership, CVX 10."));
        waitFor(() -> !visible(robot, "#fee-price-error") && !visible(robot, "#fee-cvx-error"));

        robot.clickOn("#fee-add");
        robot.clickOn("#fee-cpt").write("99213");
        robot.clickOn("#fee-description").write("Sick visit, established");
        robot.clickOn("#fee-price").write("120");
        robot.clickOn("#fee-save");
        waitFor(() -> listed(robot) == 2);
        robot.clickOn("#fee-add");
        robot.clickOn("#fee-cpt").write("90713");
        robot.clickOn("#fee-description").write("Polio again");
        robot.clickOn("#fee-price").write("41");
        robot.clickOn("#fee-save");
        waitFor(() -> visible(robot, "#fee-cpt-error"));
        assertEquals("Is in the fee schedule already", text(robot, "#fee-cpt-error"));
        assertEquals(2, listed(robot));

        robot.interact(() -> robot.lookup("#fees-table").queryAs(TableView.class).getSelectionModel().select(0));
        waitFor(() -> text(robot, "#fee-form-title").equals("Edit 90713"));
        robot.clickOn("#fee-deactivate");
        waitFor(() -> text(robot, "#fee-done").equals("90713 is deactivated: new invoices no longer offer it."));
        List<FeeScheduleEntry> stored = window.session().data().feeSchedule().entries();
        assertEquals(List.of("99213 true", "90713 false"), stored.stream().map(e -> e.cptCode() + " " + e.isActive()).toList());
        assertEquals(new BigDecimal("40.00"), stored.get(1).price());
        waitFor(() -> text(robot, "#fee-deactivate").equals("Reactivate"));
    }

    private static int listed(FxRobot robot) {
        return robot.lookup("#fees-table").queryAs(TableView.class).getItems().size();
    }

    private static void replace(FxRobot robot, String field, String text) throws TimeoutException {
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        waitFor(() -> ((TextField) robot.lookup(field).query()).getText().isEmpty());
        robot.write(text);
    }
}
