package com.starlightdesk.app.parts;

import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.BackgroundTaskExecutor;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Patient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The patient picker in a real window (headless Monocle), on the demo practice with lookups on a
 * background pool: typing lists matches under the field, the keys move and pick with the focus kept
 * in the field, a click picks, Escape empties the field and then hands over.
 */
@ExtendWith(ApplicationExtension.class)
final class PatientPickerTest {
    @TempDir
    static Path dir;
    private static Session session;
    private static TaskExecutor executor;
    private final AtomicReference<Patient> picked = new AtomicReference<>();
    private final AtomicInteger dismissed = new AtomicInteger();
    private PatientPickerViewModel viewModel;
    private PatientPicker picker;

    @BeforeAll
    static void demo() throws Exception {
        session = TestStores.demo(TestStores.in(dir, Clock.systemUTC()));
        executor = new BackgroundTaskExecutor(1, Platform::runLater);
    }

    @AfterAll
    static void close() {
        executor.shutdown();
        session.close();
    }

    @Start
    void start(Stage stage) {
        viewModel = new PatientPickerViewModel(session.data(), executor, picked::set);
        picker = new PatientPicker();
        picker.setId("picker");
        picker.setSuggestionsId("picker-suggestions");
        picker.bind(viewModel);
        picker.setOnDismiss(dismissed::incrementAndGet);
        TextField other = new TextField();
        other.setId("other");
        // beside the picker: its matches drop down over what lies under it
        stage.setScene(new Scene(new HBox(12, picker, other), 640, 400));
        stage.show();
    }

    @Test
    void typingListsMatchesAndTheKeysMoveAndPickWhileTheFieldKeepsTheFocus(FxRobot robot) throws Exception {
        robot.clickOn("#picker").write("pat");
        waitFor(() -> picker.isShowingSuggestions() && suggestions(robot).getItems().size() == 3);
        assertEquals(0, suggestions(robot).getSelectionModel().getSelectedIndex(), "the first match is highlighted");
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        waitFor(() -> suggestions(robot).getSelectionModel().getSelectedIndex() == 2);
        robot.type(KeyCode.UP);
        waitFor(() -> suggestions(robot).getSelectionModel().getSelectedIndex() == 1);
        assertTrue(picker.isFocused(), "the focus stays in the field");
        assertEquals("pat", picker.getText());
        Patient second = viewModel.matches().get(1);
        robot.type(KeyCode.ENTER);
        waitFor(() -> picked.get() != null);
        assertEquals(second, picked.get());
        waitFor(() -> picker.getText().isEmpty() && !picker.isShowingSuggestions());
        assertTrue(picker.isFocused());
    }

    @Test
    void aClickPicksTheMatchClicked(FxRobot robot) throws Exception {
        robot.clickOn("#picker").write("johnson");
        waitFor(() -> picker.isShowingSuggestions() && suggestions(robot).getItems().size() == 2);
        Patient second = viewModel.matches().get(1);
        waitFor(() -> matchCell(robot, second).isPresent());
        robot.clickOn(matchCell(robot, second).orElseThrow());
        waitFor(() -> picked.get() != null);
        assertEquals(second, picked.get());
        waitFor(() -> !picker.isShowingSuggestions());
        assertTrue(picker.isFocused(), "the focus stays in the field");
    }

    @Test
    void escapeEmptiesTheFieldFirstAndThenHandsOver(FxRobot robot) throws Exception {
        robot.clickOn("#picker").write("kim");
        waitFor(() -> picker.isShowingSuggestions());
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> picker.getText().isEmpty() && !picker.isShowingSuggestions());
        assertEquals(0, dismissed.get());
        assertTrue(picker.isFocused());
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> dismissed.get() == 1);
        assertNull(picked.get());
    }

    @Test
    void theMatchesHideWhenTheFieldLosesTheFocusAndComeBackWithIt(FxRobot robot) throws Exception {
        robot.clickOn("#picker").write("rossi");
        waitFor(() -> picker.isShowingSuggestions());
        robot.clickOn("#other");
        waitFor(() -> !picker.isShowingSuggestions());
        robot.clickOn("#picker");
        waitFor(() -> picker.isShowingSuggestions());
        assertFalse(viewModel.matches().isEmpty());
    }

    /** The cell that lists {@code patient}, once the list has laid it out. */
    private static java.util.Optional<ListCell<?>> matchCell(FxRobot robot, Patient patient) {
        return robot.lookup(".type-ahead-match").match((ListCell<?> cell) -> cell.getItem() == patient && cell.isVisible()).tryQuery();
    }

    @SuppressWarnings("unchecked")
    private static ListView<Patient> suggestions(FxRobot robot) {
        return robot.lookup("#picker-suggestions").queryAs(ListView.class);
    }
}
