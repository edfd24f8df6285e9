package com.starlightdesk.app.chart.problems;

import static com.starlightdesk.app.testing.WindowSteps.shown;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import com.starlightdesk.data.domain.Diagnosis;
import com.starlightdesk.data.domain.DiagnosisStatus;
import com.starlightdesk.data.domain.Patient;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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
 * The chart's Problems section in a real window (headless Monocle) on the demo practice: a problem is added
 * by typing words of its description and picking the code, shows in the list as code and description, is
 * refused at the code's field when it is already current, and is resolved from the list.
 */
@ExtendWith(ApplicationExtension.class)
final class ProblemsFlowTest {
    private static final String OTITIS_MEDIA = "H66.90 Otitis media, unspecified, unspecified ear";
    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();
    private DesktopWindow window;

    @Start
    void start(Stage stage) {
        window = DESK.show(stage);
    }

    @Test
    void addsAProblemPickedByWordsAndResolvesIt(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, DemoStore.EMAIL, DemoStore.PASSWORD);
        Patient child = window.session().data().patients().byStatus("active", 100, 0).stream()
                .filter(p -> window.session().data().chart().diagnoses(p.id()).stream()
                        .noneMatch(d -> d.icd10Code().equals("H66.90") && d.status() != DiagnosisStatus.RESOLVED))
                .findFirst().orElseThrow();
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#patient-search").query().isFocused());
        robot.write(child.firstName() + " " + child.lastName());
        waitFor(() -> WindowSteps.listed(robot, "#patient-suggestions") == 1);
        robot.type(KeyCode.ENTER);
        waitFor(() -> shown(robot, "#chart"));
        robot.clickOn("#chart-section-problems");
        waitFor(() -> shown(robot, "#section-problems"));

        robot.clickOn("#problem-add");
        waitFor(() -> shown(robot, "#problem-code-error"));
        assertEquals("Pick a diagnosis from the list", text(robot, "#problem-code-error"));

        pick(robot, "otitis");
        waitFor(() -> text(robot, "#problem-chosen").equals(OTITIS_MEDIA) && !shown(robot, "#problem-code-error"));
        robot.clickOn("#problem-add");
        waitFor(() -> listedTitle(robot, OTITIS_MEDIA).isPresent());
        List<Diagnosis> stored = window.session().data().chart().diagnoses(child.id()).stream()
                .filter(d -> d.icd10Code().equals("H66.90")).toList();
        assertEquals(1, stored.size());
        assertEquals("Otitis media, unspecified, unspecified ear", stored.get(0).description(), "the code set's description");
        assertEquals(DiagnosisStatus.ACTIVE, stored.get(0).status());
        assertTrue(text(robot, "#problem-chosen").isEmpty() || !shown(robot, "#problem-chosen"), "the form is ready for the next");

        pick(robot, "otitis");
        robot.clickOn("#problem-add");
        waitFor(() -> shown(robot, "#problem-code-error"));
        assertEquals("Is already on the problem list as active; change that problem instead", text(robot, "#problem-code-error"));

        robot.clickOn(listedTitle(robot, OTITIS_MEDIA).orElseThrow());
        waitFor(() -> !robot.lookup("#problem-resolve").query().isDisabled());
        robot.clickOn("#problem-resolve");
        waitFor(() -> window.session().data().chart().diagnosis(stored.get(0).id()).orElseThrow().status() == DiagnosisStatus.RESOLVED);
        waitFor(() -> problems(robot).getItems().stream()
                .anyMatch(e -> e.title().equals(OTITIS_MEDIA) && e.detail().startsWith("Resolved ")));
    }

    /** Types {@code words} into the diagnosis field and clicks H66.90 among the codes listed. */
    private static void pick(FxRobot robot, String words) throws Exception {
        robot.clickOn("#problem-code").write(words);
        String listed = "H66.90  Otitis media, unspecified, unspecified ear";
        waitFor(() -> codeCell(robot, listed).isPresent());
        robot.clickOn(codeCell(robot, listed).orElseThrow());
    }

    private static Optional<ListCell<?>> codeCell(FxRobot robot, String text) {
        return robot.lookup(".type-ahead-match").match((ListCell<?> c) -> text.equals(c.getText()) && c.isVisible()).tryQuery();
    }

    /** The problem list's line that reads {@code title}, once it is drawn. */
    private static Optional<Node> listedTitle(FxRobot robot, String title) {
        return robot.lookup("#problems-list .problem-title")
                .match((Label l) -> title.equals(l.getText()) && l.isVisible() && l.getParent() != null).tryQuery();
    }

    @SuppressWarnings("unchecked")
    private static ListView<ProblemsViewModel.Entry> problems(FxRobot robot) {
        return robot.lookup("#problems-list").queryAs(ListView.class);
    }
}
