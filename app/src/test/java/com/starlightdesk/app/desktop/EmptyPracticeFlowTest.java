package com.starlightdesk.app.desktop;

import static com.starlightdesk.app.testing.WindowSteps.shown;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.BackgroundTaskExecutor;
import com.starlightdesk.app.parts.EmptyState;
import com.starlightdesk.app.preferences.PreferencesFile;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.WindowSteps;
import com.starlightdesk.data.store.DataDirectory;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Platform;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A practice just made, in a real window (headless Monocle): once its admin hides the setup checklist,
 * the calendar says visits are booked against a provider and "Add a provider" opens Settings at
 * Providers; the Patients screen says there are no patients yet, and its New patient opens the card
 * whose saved patient's summary then shows.
 */
@ExtendWith(ApplicationExtension.class)
final class EmptyPracticeFlowTest {
    private static final String EMAIL = "ann@maple-peds.test";
    private static final String PASSWORD = "maple-first-password";

    @TempDir
    static Path dataDir;
    private static AppServices services;

    @BeforeAll
    static void newPractice() throws Exception {
        DataDirectory directory = new DataDirectory(dataDir);
        PracticeStores stores = new PracticeStores(directory, new PreferencesFile(directory.root()), Clock.systemUTC());
        try (Session ignored = stores.create("Maple Pediatrics", "America/Chicago", "Ann Admin", EMAIL, PASSWORD.toCharArray())) {
            // made and closed: the window signs in to it
        }
        services = new AppServices(directory, stores, new BackgroundTaskExecutor(2, Platform::runLater), Clock.systemUTC());
    }

    @Start
    void start(Stage stage) {
        new DesktopWindow(services).show(stage);
    }

    @Test
    void aNewPracticeSaysWhatToDoFirst(FxRobot robot) throws Exception {
        WindowSteps.signIn(robot, EMAIL, PASSWORD);
        waitFor(() -> shown(robot, "#setup-checklist"));
        assertTrue(!shown(robot, "#calendar-empty"), "the setup checklist takes the empty calendar's place");
        robot.clickOn("#setup-hide");
        waitFor(() -> shown(robot, "#calendar-add-provider"));
        assertEquals("No providers yet", robot.lookup("#calendar-empty").queryAs(EmptyState.class).getTitle());
        robot.clickOn("#calendar-add-provider");
        waitFor(() -> shown(robot, "#page-providers"));
        assertTrue(robot.lookup("#nav-settings").queryAs(ToggleButton.class).isSelected());

        robot.clickOn("#nav-patients");
        waitFor(() -> shown(robot, "#patients-empty")
                && "No patients yet".equals(robot.lookup("#patients-empty").queryAs(EmptyState.class).getTitle()));
        robot.clickOn("#patients-new-patient");
        waitFor(() -> shown(robot, "#new-patient-first-name"));
        robot.clickOn("#new-patient-first-name").write("Uma");
        robot.clickOn("#new-patient-last-name").write("Kapoor");
        robot.clickOn(robot.lookup("#new-patient-birth-date").queryAs(DatePicker.class).getEditor()).write("4/2/2021");
        robot.clickOn("#new-patient-save");
        waitFor(() -> shown(robot, "#patient-name") && text(robot, "#patient-name").equals("Uma Kapoor"));
        assertTrue(!shown(robot, "#patients-empty"));
    }
}
