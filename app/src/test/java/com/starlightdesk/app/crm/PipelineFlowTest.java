package com.starlightdesk.app.crm;

import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import com.starlightdesk.data.domain.PipelineStage;
import com.starlightdesk.data.repo.Pipeline;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The pipeline board in a real window over the demo practice, without the mouse: it opens with the Inquiry column
 * focused, the arrow keys go from column to column, and Ctrl+Right moves the chosen family's card one stage on, saved.
 */
@ExtendWith(ApplicationExtension.class)
final class PipelineFlowTest {
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();

    private DesktopWindow window;

    @Start
    void start(Stage stage) {
        window = DESK.show(stage);
    }

    @Test
    void theBoardOpensWithKeyboardFocusAndACardMovesOnFromTheKeyboard(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        robot.clickOn("#nav-crm");
        ListView<FamilyCard> inquiry = robot.lookup("#pipeline-inquiry").queryListView();
        waitFor(() -> inquiry.isFocused() && !inquiry.getItems().isEmpty());

        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        ListView<FamilyCard> scheduled = robot.lookup("#pipeline-scheduled-visit").queryListView();
        waitFor(() -> scheduled.isFocused() && scheduled.getSelectionModel().getSelectedItem() != null);
        FamilyCard reed = scheduled.getSelectionModel().getSelectedItem();
        assertEquals("Tom Reed", reed.guardian());

        robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
        ListView<FamilyCard> ready = robot.lookup("#pipeline-ready-to-enroll").queryListView();
        waitFor(() -> ready.getItems().stream().anyMatch(c -> c.id().equals(reed.id())));
        Pipeline.Family saved = window.session().data().pipeline().family(reed.id());
        assertEquals(PipelineStage.READY_TO_ENROLL, saved.card().stage());
        Node heading = robot.lookup("#pipeline-heading-ready-to-enroll").query();
        waitFor(() -> ((javafx.scene.control.Label) heading).getText().startsWith("Ready to enroll · 2"));
    }
}
