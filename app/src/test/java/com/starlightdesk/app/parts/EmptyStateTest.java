package com.starlightdesk.app.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.Styles;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An empty place's sign, title, line and actions, in a real window. */
@ExtendWith(ApplicationExtension.class)
final class EmptyStateTest {
    private final AtomicInteger added = new AtomicInteger();
    private final AtomicInteger imported = new AtomicInteger();
    private EmptyState empty;

    @Start
    void start(Stage stage) {
        empty = new EmptyState("☺", "No patients yet", "");
        empty.setId("empty");
        stage.setScene(new Scene(new StackPane(empty), 640, 400));
        stage.show();
    }

    @Test
    void showsWhatItHasAndTakesNoRoomForWhatItHasNot(FxRobot robot) {
        assertTrue(label(robot, ".empty-state-title").isVisible());
        assertEquals("No patients yet", label(robot, ".empty-state-title").getText());
        Label text = label(robot, ".empty-state-text");
        assertFalse(text.isVisible() || text.isManaged(), "no line, no room");
        Node actions = robot.lookup(".empty-state-actions").query();
        assertFalse(actions.isVisible() || actions.isManaged(), "no actions, no room");

        robot.interact(() -> empty.setText("Each patient's summary shows here."));
        assertTrue(text.isVisible() && text.isManaged());
        assertTrue(empty.getHeight() < 400, "as tall as its content, centred in its place");
    }

    @Test
    void theFirstActionIsTheAccentAndEachButtonRunsItsAction(FxRobot robot) {
        robot.interact(() -> {
            empty.addAction("empty-add", "New patient", added::incrementAndGet);
            empty.addAction("empty-import", "Import", imported::incrementAndGet);
        });
        Button first = robot.lookup("#empty-add").queryButton();
        Button second = robot.lookup("#empty-import").queryButton();
        assertTrue(first.getStyleClass().contains(Styles.ACCENT));
        assertFalse(second.getStyleClass().contains(Styles.ACCENT));
        assertTrue(robot.lookup(".empty-state-actions").query().isVisible());

        robot.clickOn("#empty-add");
        assertEquals(1, added.get());
        assertEquals(0, imported.get());
        robot.clickOn("#empty-import");
        assertEquals(1, imported.get());

        robot.interact(empty::clearActions);
        assertTrue(empty.actions().isEmpty());
        assertFalse(robot.lookup(".empty-state-actions").query().isVisible());
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }
}
