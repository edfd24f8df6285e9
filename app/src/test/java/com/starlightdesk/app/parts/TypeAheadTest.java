package com.starlightdesk.app.parts;

import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.starlightdesk.app.concurrent.BackgroundTaskExecutor;
import com.starlightdesk.app.concurrent.TaskExecutor;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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

/**
 * The shared type-ahead in a real window (headless Monocle), over a short list of clinic words searched on
 * a background pool: typing lists the matches under the field as the specialisation has them read, in a
 * list at least as wide as asked, the keys move and pick with the focus kept in the field, a click picks,
 * text that finds nothing says so while Enter stays the field's (the window's default button does not
 * fire), the list hides with the focus and comes back with it, and Escape empties the field and then
 * hands over.
 */
@ExtendWith(ApplicationExtension.class)
final class TypeAheadTest {
    private static final double MIN_LIST_WIDTH = 420;
    private static TaskExecutor executor;
    private final List<String> picked = new CopyOnWriteArrayList<>();
    private final AtomicInteger dismissed = new AtomicInteger();
    private final AtomicInteger defaultFired = new AtomicInteger();
    private TypeAhead<String> field;

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
        field = new TypeAhead<>(word -> "· " + word, 28, MIN_LIST_WIDTH);
        field.setId("words");
        field.setSuggestionsId("words-listed");
        field.setPrefWidth(200);
        field.bind(new ClinicWords(executor, picked::add, 5));
        field.setOnDismiss(dismissed::incrementAndGet);
        TextField other = new TextField();
        other.setId("other");
        Button save = new Button("Save");
        save.setDefaultButton(true);
        save.setOnAction(e -> defaultFired.incrementAndGet());
        stage.setScene(new Scene(new HBox(12, field, other, save), 720, 480));
        stage.show();
    }

    @Test
    void typingListsTheMatchesAsTheyReadAndTheKeysMoveAndPickWhileTheFieldKeepsTheFocus(FxRobot robot) throws Exception {
        robot.clickOn("#words").write("ot");
        waitFor(() -> field.isShowingSuggestions() && listed(robot).getItems().size() == 3);
        waitFor(() -> cell(robot, "· otitis media").isPresent());
        assertEquals(0, listed(robot).getSelectionModel().getSelectedIndex(), "the first match is highlighted");
        assertTrue(listed(robot).getWidth() >= MIN_LIST_WIDTH, "the list is at least as wide as asked, wider than the field");
        assertEquals(28, listed(robot).getFixedCellSize());
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.DOWN);
        waitFor(() -> listed(robot).getSelectionModel().getSelectedIndex() == 2);
        robot.type(KeyCode.UP);
        waitFor(() -> listed(robot).getSelectionModel().getSelectedIndex() == 1);
        assertTrue(field.isFocused(), "the focus stays in the field");
        assertEquals("ot", field.getText());
        robot.type(KeyCode.ENTER);
        waitFor(() -> !picked.isEmpty());
        assertEquals(List.of("otitis media"), picked);
        waitFor(() -> field.getText().isEmpty() && !field.isShowingSuggestions());
        assertTrue(field.isFocused());
        assertEquals(0, defaultFired.get(), "Enter picked; the default button did not fire");
    }

    @Test
    void aClickPicksTheMatchClicked(FxRobot robot) throws Exception {
        robot.clickOn("#words").write("p");
        waitFor(() -> field.isShowingSuggestions() && cell(robot, "· pneumonia").isPresent());
        robot.clickOn(cell(robot, "· pneumonia").orElseThrow());
        waitFor(() -> !picked.isEmpty());
        assertEquals(List.of("pneumonia"), picked);
        waitFor(() -> !field.isShowingSuggestions());
        assertTrue(field.isFocused(), "the focus stays in the field");
    }

    @Test
    void textThatFindsNothingSaysSoEnterStaysTheFieldsAndEscapeEmptiesTheFieldThenHandsOver(FxRobot robot) throws Exception {
        robot.clickOn("#words").write("croup");
        waitFor(() -> field.isShowingSuggestions() && noMatch(robot).isPresent());
        assertEquals("No word starts with 'croup'.", ((Label) noMatch(robot).orElseThrow()).getText());
        robot.type(KeyCode.ENTER);
        assertEquals(0, defaultFired.get(), "with text typed, Enter is the field's");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> field.getText().isEmpty() && !field.isShowingSuggestions());
        assertEquals(0, dismissed.get());
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> dismissed.get() == 1);
        robot.type(KeyCode.ENTER);
        waitFor(() -> defaultFired.get() == 1);
        assertTrue(picked.isEmpty());
    }

    @Test
    void theMatchesHideWhenTheFieldLosesTheFocusAndComeBackWithIt(FxRobot robot) throws Exception {
        robot.clickOn("#words").write("as");
        waitFor(() -> field.isShowingSuggestions());
        robot.clickOn("#other");
        waitFor(() -> !field.isShowingSuggestions());
        robot.clickOn("#words");
        waitFor(() -> field.isShowingSuggestions() && cell(robot, "· asthma").isPresent());
    }

    /** The listed cell that reads {@code text}, once the list has laid it out. */
    private static Optional<ListCell<?>> cell(FxRobot robot, String text) {
        return robot.lookup(".type-ahead-match").match((ListCell<?> c) -> text.equals(c.getText()) && c.isVisible()).tryQuery();
    }

    /** The words of the line saying the text finds nothing, while it shows. */
    private static Optional<Node> noMatch(FxRobot robot) {
        return robot.lookup(".type-ahead-no-match .label").match(Node::isVisible).tryQuery()
                .filter(words -> words.getParent().isVisible());
    }

    @SuppressWarnings("unchecked")
    private static ListView<String> listed(FxRobot robot) {
        return robot.lookup("#words-listed").queryAs(ListView.class);
    }
}
