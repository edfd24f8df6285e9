package com.starlightdesk.app.parts;

import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.starlightdesk.app.concurrent.BackgroundTaskExecutor;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.data.codes.DiagnosisCode;
import com.starlightdesk.data.codes.DiagnosisCodes;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The diagnosis picker in a real window (headless Monocle), over the real code set with searches on a
 * background pool: typing lists codes under the field as "code  description", the keys move and pick with
 * the focus kept in the field, a click picks, a text that finds nothing says so, Escape empties the field
 * and then hands over.
 */
@ExtendWith(ApplicationExtension.class)
final class DiagnosisPickerTest {
    private static TaskExecutor executor;
    private final AtomicReference<DiagnosisCode> picked = new AtomicReference<>();
    private final AtomicInteger dismissed = new AtomicInteger();
    private DiagnosisPickerViewModel viewModel;
    private DiagnosisPicker picker;

    @BeforeAll
    static void pool() {
        executor = new BackgroundTaskExecutor(1, Platform::runLater);
    }

    @AfterAll
    static void close() {
        executor.shutdown();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS()); // the app's theme and its colours
        viewModel = new DiagnosisPickerViewModel(DiagnosisCodes.icd10cm(), executor, picked::set);
        picker = new DiagnosisPicker();
        picker.setId("picker");
        picker.setSuggestionsId("picker-codes");
        picker.bind(viewModel);
        picker.setOnDismiss(dismissed::incrementAndGet);
        TextField other = new TextField();
        other.setId("other");
        stage.setScene(new Scene(new HBox(12, picker, other), 720, 480));
        stage.show();
    }

    @Test
    void typingListsCodesAndTheKeysMoveAndPickWhileTheFieldKeepsTheFocus(FxRobot robot) throws Exception {
        robot.clickOn("#picker").write("j06");
        waitFor(() -> picker.isShowingSuggestions() && codes(robot).getItems().size() == 2);
        waitFor(() -> cell(robot, "J06.9  Acute upper respiratory infection, unspecified").isPresent());
        assertEquals(0, codes(robot).getSelectionModel().getSelectedIndex(), "the first code is highlighted");
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        waitFor(() -> codes(robot).getSelectionModel().getSelectedIndex() == 1);
        robot.type(KeyCode.UP);
        waitFor(() -> codes(robot).getSelectionModel().getSelectedIndex() == 0);
        robot.type(KeyCode.DOWN);
        waitFor(() -> codes(robot).getSelectionModel().getSelectedIndex() == 1);
        assertTrue(picker.isFocused(), "the focus stays in the field");
        robot.type(KeyCode.ENTER);
        waitFor(() -> picked.get() != null);
        assertEquals("J06.9", picked.get().display());
        waitFor(() -> picker.getText().isEmpty() && !picker.isShowingSuggestions());
        assertTrue(picker.isFocused());
    }

    @Test
    void aClickPicksTheCodeClicked(FxRobot robot) throws Exception {
        robot.clickOn("#picker").write("otitis");
        String otitisMedia = "H66.90  Otitis media, unspecified, unspecified ear";
        waitFor(() -> picker.isShowingSuggestions() && cell(robot, otitisMedia).isPresent());
        robot.clickOn(cell(robot, otitisMedia).orElseThrow());
        waitFor(() -> picked.get() != null);
        assertEquals("H66.90", picked.get().display());
        waitFor(() -> !picker.isShowingSuggestions());
        assertTrue(picker.isFocused(), "the focus stays in the field");
    }

    @Test
    void textThatFindsNothingSaysSoAndEscapeEmptiesTheFieldThenHandsOver(FxRobot robot) throws Exception {
        robot.clickOn("#picker").write("zebra");
        waitFor(() -> picker.isShowingSuggestions()
                && robot.lookup("#diagnosis-picker-no-match").tryQuery().filter(n -> n.isVisible()).isPresent());
        assertEquals("No billable ICD-10-CM code matches 'zebra'.", viewModel.noMatchProperty().get());
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> picker.getText().isEmpty() && !picker.isShowingSuggestions());
        assertEquals(0, dismissed.get());
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> dismissed.get() == 1);
        assertNull(picked.get());
    }

    @Test
    void theCodesDropDownFlushWithTheFieldAndTheirDescriptionsLineUpInAColumn(FxRobot robot) throws Exception {
        robot.clickOn("#picker").write("otitis media");
        waitFor(() -> picker.isShowingSuggestions() && codes(robot).getItems().stream().map(DiagnosisCode::display)
                .map(String::length).distinct().count() > 1);
        waitFor(() -> robot.lookup(".type-ahead-rest").queryAll().stream().filter(Node::isVisible).count() > 1);
        double field = WaitForAsyncUtils.asyncFx(() -> picker.localToScreen(picker.getLayoutBounds()).getMinX()).get();
        double list = WaitForAsyncUtils.asyncFx(() -> codes(robot).localToScreen(codes(robot).getLayoutBounds()).getMinX()).get();
        assertEquals(field, list, 1.0, "the list's left edge is the field's");

        List<Double> descriptions = WaitForAsyncUtils.asyncFx(() -> robot.lookup(".type-ahead-rest").queryAll().stream()
                .filter(n -> n.isVisible() && !((Label) n).getText().isEmpty())
                .map(n -> n.localToScreen(n.getLayoutBounds()).getMinX()).toList()).get();
        assertTrue(descriptions.size() > 1, descriptions.toString());
        assertEquals(1, descriptions.stream().map(Math::round).distinct().count(), "descriptions start in one column: " + descriptions);
    }

    /** The listed cell that reads {@code text}, once the list has laid it out. */
    private static Optional<ListCell<?>> cell(FxRobot robot, String text) {
        return robot.lookup(".type-ahead-match").match((ListCell<?> c) -> text.equals(c.getText()) && c.isVisible()).tryQuery();
    }

    @SuppressWarnings("unchecked")
    private static ListView<DiagnosisCode> codes(FxRobot robot) {
        return robot.lookup("#picker-codes").queryAs(ListView.class);
    }
}
