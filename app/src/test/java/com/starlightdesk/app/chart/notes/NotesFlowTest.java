package com.starlightdesk.app.chart.notes;

import static com.starlightdesk.app.testing.WindowSteps.shown;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.DemoDesk;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.app.testing.WindowSteps;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.MedicalRecord;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.SignedRecordException;
import com.starlightdesk.data.domain.SoapNote;
import com.starlightdesk.data.domain.User;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A provider writes a visit note in a real window (headless Monocle) on the demo practice: the draft is saved as
 * she types, she signs it, the signed note can no longer be edited (the editor is read-only, and a write of it
 * is refused), and an addendum she writes and signs is listed under the note.
 */
@ExtendWith(ApplicationExtension.class)
final class NotesFlowTest {
    private static final String EMAIL = "lena.ortiz@starlight-peds.test";
    private static final String PASSWORD = "provider-pass-2026";

    @RegisterExtension
    static final DemoDesk DESK = new DemoDesk();
    private DesktopWindow window;

    @BeforeAll
    static void aProviderWhoSignsIn() throws Exception {
        PracticeStores stores = DESK.services().stores();
        try (Session admin = stores.signIn(stores.list().get(0).practiceId(), DemoStore.EMAIL, DemoStore.PASSWORD.toCharArray())) {
            admin.store().addUser(new User(Ids.next(), EMAIL, "Lena Ortiz, MD", Role.PROVIDER, null, true), PASSWORD.toCharArray());
        }
    }

    @Start
    void start(Stage stage) {
        window = DESK.show(stage);
    }

    @Test
    void writeSignSeeTheEditRefusedAndAddAnAddendum(FxRobot robot) throws Exception {
        WindowSteps.signInToVisits(robot, EMAIL, PASSWORD);
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#patient-search").query().isFocused());
        robot.write("Aarav");
        waitFor(() -> WindowSteps.listed(robot, "#patient-suggestions") == 1);
        robot.type(KeyCode.ENTER);
        waitFor(() -> shown(robot, "#chart") && text(robot, "#patient-name").equals("Aarav Patel"));
        robot.clickOn("#chart-section-notes");
        waitFor(() -> shown(robot, "#section-notes"));

        robot.clickOn("#notes-new");
        waitFor(() -> shown(robot, "#note-subjective") && text(robot, "#notes-heading").startsWith("Visit note"));
        robot.clickOn("#note-subjective").write("Ear pain since yesterday");
        waitFor(() -> text(robot, "#notes-save-state").startsWith("Draft saved"));
        MedicalRecord draft = window.session().data().visitNotes().records(
                window.session().data().patientSearch().find("Aarav Patel", 2).get(0).id()).stream()
                .filter(r -> !r.isSigned()).findFirst().orElseThrow();
        assertEquals("Ear pain since yesterday", SoapNote.fromContent(draft.content()).subjective(), "saved as typed, no Save pressed");

        ListView<?> problems = robot.lookup("#note-problems").queryAs(ListView.class);
        assertFalse(problems.getItems().isEmpty(), "a draft offers the chart's problems to link");
        robot.clickOn("#notes-sign");
        waitFor(() -> shown(robot, "#notes-sign-confirm"));
        robot.clickOn("#notes-sign-confirmed");
        waitFor(() -> text(robot, "#notes-heading").contains("Signed by Lena Ortiz, MD at "));
        assertTrue(problems.getItems().isEmpty(), "a signed note lists only the problems it addresses: none here");
        TextArea subjective = robot.lookup("#note-subjective").queryAs(TextArea.class);
        assertFalse(subjective.isEditable(), "a signed note is read-only on the screen");
        assertTrue(shown(robot, "#notes-addendum"));
        assertFalse(shown(robot, "#notes-sign"));
        SignedRecordException refused = assertThrows(SignedRecordException.class, () -> window.session().data().write(c ->
                c.update(window.session().data().visitNotes().record(draft.id()).withContent(
                        new SoapNote("Changed later", "", "", "", List.of()).content()))));
        assertEquals("This note was signed and can no longer be changed; add an addendum instead", refused.getMessage());

        robot.clickOn("#notes-addendum");
        waitFor(() -> text(robot, "#notes-heading").startsWith("Addendum") && subjective.isEditable());
        robot.clickOn("#note-subjective").write("Recheck ears in two weeks");
        robot.clickOn("#notes-sign");
        waitFor(() -> shown(robot, "#notes-sign-confirm"));
        robot.clickOn("#notes-sign-confirmed");
        waitFor(() -> text(robot, "#notes-heading").startsWith("Addendum · Signed by Lena Ortiz, MD"));
        assertFalse(shown(robot, "#notes-addendum"), "an addendum has no addendum of its own");

        @SuppressWarnings("unchecked")
        ListView<NoteEntry> list = robot.lookup("#notes-list").queryAs(ListView.class);
        List<NoteEntry> rows = list.getItems();
        int note = rows.indexOf(rows.stream().filter(e -> e.record().id().equals(draft.id())).findFirst().orElseThrow());
        assertTrue(rows.get(note + 1).addendum() && rows.get(note + 1).signed(), "the signed addendum is listed under the note");
        assertEquals("Recheck ears in two weeks", SoapNote.fromContent(rows.get(note + 1).record().content()).subjective());
        assertEquals("Ear pain since yesterday",
                SoapNote.fromContent(window.session().data().visitNotes().record(draft.id()).content()).subjective());
    }
}
