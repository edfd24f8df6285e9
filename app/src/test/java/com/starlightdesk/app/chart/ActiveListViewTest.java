package com.starlightdesk.app.chart;

import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.concurrent.BackgroundTaskExecutor;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Allergy;
import com.starlightdesk.data.domain.AllergyInactivation;
import com.starlightdesk.data.domain.AllergySeverity;
import com.starlightdesk.data.domain.ClinicalStatus;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.repo.AllergyList;
import com.starlightdesk.data.testing.BookedVisits;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
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
 * The part the Allergies and Medications views share, in a real window (headless Monocle) over a real store
 * with writes on a background pool: Enter or a double-click opens the chosen entry, the chosen row stays
 * chosen when the chart is read again, the history reads as the section says with an entry entered in error
 * struck through, and in the form Enter saves (the done line says so) and Escape cancels, the focus going
 * back to the table.
 */
@ExtendWith(ApplicationExtension.class)
final class ActiveListViewTest {
    private static final Clock CLOCK = Clock.systemUTC();
    @TempDir
    static Path dir;
    private static Session desk;
    private static TaskExecutor executor;
    private static Patient ava;

    private OpenChart chart;
    private Substances section;
    private TableView<Allergy> active;
    private ListView<Allergy> history;
    private TextField substance;

    @BeforeAll
    static void chartWithAllergies() throws Exception {
        desk = TestStores.staff(TestStores.in(dir, CLOCK));
        executor = new BackgroundTaskExecutor(1, Platform::runLater);
        ava = BookedVisits.patient();
        desk.data().writeAll(c -> c.insert(ava));
        LocalDate noted = LocalDate.now(CLOCK.withZone(desk.zone())).minusDays(3);
        AllergyList allergies = new AllergyList(desk.data());
        for (String name : new String[] {"Amoxicillin", "Peanuts", "Latex"}) {
            allergies.add(new Allergy(Ids.next(), ava.id(), name, null, AllergySeverity.MILD, ClinicalStatus.ACTIVE, noted, null, null, null));
        }
        Allergy latex = allergies.of(ava.id()).stream().filter(a -> a.substance().equals("Latex")).findFirst().orElseThrow();
        allergies.inactivate(latex.id(), AllergyInactivation.ENTERED_IN_ERROR, "another child's");
    }

    @AfterAll
    static void close() {
        executor.shutdown();
        desk.close();
    }

    @Start
    void start(Stage stage) {
        chart = new OpenChart(desk, executor);
        section = new Substances(chart, executor, CLOCK);
        active = new TableView<>();
        active.setId("active");
        TableColumn<Allergy, String> name = new TableColumn<>("Substance");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().substance()));
        active.getColumns().add(name);
        history = new ListView<>();
        history.setId("history");
        substance = new TextField();
        substance.setId("substance");
        substance.textProperty().bindBidirectional(section.substance);
        Button cancel = new Button("Cancel");
        cancel.setId("cancel");
        cancel.setOnAction(e -> section.cancel());
        VBox form = new VBox(8, substance, cancel);
        form.setId("form");
        form.visibleProperty().bind(section.modeProperty().isNotEqualTo(Substances.Mode.CLOSED));
        Message done = new Message();
        done.setId("done");
        Message failure = new Message();
        ActiveListView<Allergy> lists = new ActiveListView<>(section, active, history, form, done, failure, Allergy::id);
        lists.openWith(section::startRename);
        lists.historyReads(a -> a.substance() + " — " + a.inactivationNote(), a -> a.inactivationReason() == AllergyInactivation.ENTERED_IN_ERROR);
        lists.formKeys(section::cancel, section::save);
        section.modeProperty().addListener((obs, was, now) -> {
            if (now == Substances.Mode.CLOSED) {
                lists.formClosed();
            } else {
                Platform.runLater(substance::requestFocus);
            }
        });
        stage.setScene(new Scene(new HBox(12, new VBox(8, active, history, done, failure), form), 900, 600));
        stage.show();
        chart.open(ava.id());
    }

    @Test
    void enterOpensTheChosenEntryEnterInTheFormSavesAndTheFocusGoesBackToTheTable(FxRobot robot) throws Exception {
        waitFor(() -> active.getItems().size() == 2);
        robot.interact(() -> {
            active.getSelectionModel().select(1);
            active.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitFor(() -> section.modeProperty().get() == Substances.Mode.RENAME && substance.isFocused());
        assertEquals("Peanuts", section.editingProperty().get().substance());
        robot.interact(substance::selectAll);
        robot.write("Tree nuts").type(KeyCode.ENTER);
        waitFor(() -> section.modeProperty().get() == Substances.Mode.CLOSED
                && active.getItems().stream().anyMatch(a -> a.substance().equals("Tree nuts")));
        assertEquals("Renamed Tree nuts.", section.doneProperty().get());
        waitFor(() -> active.isFocused());
        assertEquals("Tree nuts", active.getSelectionModel().getSelectedItem().substance(),
                "the chosen row stays chosen when the chart is read again");
    }

    @Test
    void aDoubleClickOpensTheRowAndEscapeInTheFormCancels(FxRobot robot) throws Exception {
        waitFor(() -> row(robot, "Amoxicillin").isPresent());
        robot.doubleClickOn(row(robot, "Amoxicillin").orElseThrow(), MouseButton.PRIMARY);
        waitFor(() -> section.modeProperty().get() == Substances.Mode.RENAME && substance.isFocused());
        assertEquals("Amoxicillin", section.editingProperty().get().substance());
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> section.modeProperty().get() == Substances.Mode.CLOSED && active.isFocused());
        assertTrue(active.getItems().stream().anyMatch(a -> a.substance().equals("Amoxicillin")), "nothing saved");
    }

    @Test
    void theHistoryReadsAsTheSectionSaysAndAnEntryEnteredInErrorIsStruckThrough(FxRobot robot) throws Exception {
        waitFor(() -> history.getItems().size() == 1);
        waitFor(() -> robot.lookup("#history .list-cell").queryAll().stream()
                .anyMatch(c -> "Latex — another child's".equals(((ListCell<?>) c).getText())
                        && c.getStyleClass().contains("entered-in-error")));
    }

    /** The table's row of {@code substance}, once the table has laid it out. */
    private static Optional<Node> row(FxRobot robot, String substance) {
        return robot.lookup("#active .table-row-cell")
                .match((TableRow<?> r) -> r.getItem() instanceof Allergy a && a.substance().equals(substance) && r.isVisible())
                .tryQuery();
    }
}
