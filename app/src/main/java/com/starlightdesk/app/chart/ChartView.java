package com.starlightdesk.app.chart;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.desktop.ScreenLoader;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.print.PrintMenu;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;

/**
 * A patient's chart: the header ({@link ChartHeaderViewModel}) always on top, the sections this user may
 * open on the left (Up/Down moves between them, Ctrl+1 to Ctrl+9 jumps to one), the section on the right.
 * Each section's view is built the first time it is shown and kept for the session ({@link ChartSection}).
 */
public final class ChartView {
    private final OpenChart chart;
    private final ChartHeaderViewModel header;
    private final ScreenLoader screens;
    private final PrintMenu printing;
    private final Map<ChartSection, Node> built = new EnumMap<>(ChartSection.class);

    @FXML private BorderPane root;
    @FXML private Button back;
    @FXML private Label name;
    @FXML private Label facts;
    @FXML private Label guardian;
    @FXML private Label phone;
    @FXML private Label plan;
    @FXML private Label allergies;
    @FXML private FlowPane alerts;
    @FXML private ListView<ChartSection> sections;
    @FXML private StackPane sectionPlace;
    @FXML private Message failure;
    @FXML private MenuButton print;
    @FXML private MenuItem printVisitSummary;
    @FXML private MenuItem printGrowthChart;
    @FXML private MenuItem printImmunizationRecord;
    @FXML private Label printNews;

    public ChartView(OpenChart chart, ChartHeaderViewModel header, ScreenLoader screens, PrintMenu printing) {
        this.chart = chart;
        this.header = header;
        this.screens = screens;
        this.printing = printing;
    }

    @FXML
    private void initialize() {
        name.textProperty().bind(header.nameProperty());
        facts.textProperty().bind(header.factsProperty());
        guardian.textProperty().bind(header.guardianProperty());
        phone.textProperty().bind(header.phoneProperty());
        plan.textProperty().bind(header.planProperty());
        allergies.textProperty().bind(header.allergiesProperty());
        header.allergyStateProperty().addListener((obs, old, state) -> styleAllergies(state));
        styleAllergies(header.allergyStateProperty().get());
        header.alerts().addListener((ListChangeListener<String>) change -> showAlerts());
        showAlerts();
        Banner.bind(failure, Banner.Kind.FAILURE, chart.failureProperty());
        printing.bind(print, printVisitSummary, printGrowthChart, printImmunizationRecord, printNews);

        List<ChartSection> visible = chart.sections();
        sections.getItems().setAll(visible);
        sections.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ChartSection section, boolean empty) {
                super.updateItem(section, empty);
                setText(empty || section == null ? null : section.label());
                setId(empty || section == null ? null : "chart-section-" + section.name().toLowerCase(Locale.ROOT));
                int index = getIndex();
                setTooltip(empty || section == null || index >= 9 ? null : new Tooltip("Ctrl+" + (index + 1)));
            }
        });
        sections.getSelectionModel().selectedItemProperty().addListener((obs, old, section) -> {
            if (section != null) {
                chart.show(section);
            }
        });
        chart.sectionProperty().addListener((obs, old, section) -> showSection(section));
        showSection(chart.sectionProperty().get());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::jump);
        // A chart opened (from the search, the list or the calendar) takes the keyboard: its section list.
        chart.patientProperty().addListener((obs, old, id) -> {
            if (id != null) {
                Platform.runLater(sections::requestFocus);
            }
        });
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(sections::requestFocus);
            }
        });
    }

    private void jump(KeyEvent key) {
        if (!key.isShortcutDown() || !key.getCode().isDigitKey()) {
            return;
        }
        int index = key.getCode().getCode() - KeyCode.DIGIT1.getCode();
        if (key.getCode().isKeypadKey()) {
            index = key.getCode().getCode() - KeyCode.NUMPAD1.getCode();
        }
        List<ChartSection> visible = chart.sections();
        if (index >= 0 && index < visible.size() && index < 9) {
            chart.show(visible.get(index));
            key.consume();
        }
    }

    private void showSection(ChartSection section) {
        if (sections.getSelectionModel().getSelectedItem() != section) {
            sections.getSelectionModel().select(section);
        }
        Node place = built.computeIfAbsent(section, s -> screens.load(s.view()));
        sectionPlace.getChildren().setAll(place);
    }

    private void styleAllergies(ChartHeaderViewModel.AllergyState state) {
        allergies.getStyleClass().removeIf(c -> c.startsWith("allergies-"));
        allergies.getStyleClass().add("allergies-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private void showAlerts() {
        alerts.getChildren().setAll(header.alerts().stream().map(text -> {
            Label alert = new Label(text);
            alert.getStyleClass().add("chart-alert");
            return alert;
        }).toList());
    }

    @FXML
    private void backToPatients() {
        chart.close();
    }
}
