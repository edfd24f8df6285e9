package com.starlightdesk.app.settings;

import com.starlightdesk.app.preferences.DesktopPreferences;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Settings: binds to {@link SettingsViewModel}. */
public final class SettingsView {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private final SettingsViewModel viewModel;
    private final SettingsPlace place;

    @FXML private VBox pageList;
    @FXML private StackPane pageArea;
    @FXML private Spinner<Integer> idleLockMinutes;
    @FXML private Label message;
    @FXML private GridPane hoursGrid;
    @FXML private Label hoursMessage;

    public SettingsView(SettingsViewModel viewModel, SettingsPlace place) {
        this.viewModel = viewModel;
        this.place = place;
    }

    @FXML
    private void initialize() {
        buildPageList();
        SpinnerValueFactory.IntegerSpinnerValueFactory minutes = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                1, DesktopPreferences.MAX_IDLE_LOCK_MINUTES, viewModel.idleLockMinutesProperty().get());
        idleLockMinutes.setValueFactory(minutes);
        idleLockMinutes.setEditable(true);
        minutes.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                viewModel.idleLockMinutesProperty().set(value);
            }
        });
        message.textProperty().bind(viewModel.messageProperty());
        buildHoursForm();

        viewModel.loadHours();
    }

    /**
     * One button per page the screen holds, in {@link SettingsPage} order; the open page follows the
     * session's {@link SettingsPlace}, and a page this screen does not hold opens the first one.
     */
    private void buildPageList() {
        Map<SettingsPage, Node> pages = new EnumMap<>(SettingsPage.class);
        for (SettingsPage page : SettingsPage.values()) {
            pageArea.getChildren().stream().filter(n -> ("page-" + page.id()).equals(n.getId())).findFirst()
                    .ifPresent(node -> pages.put(page, node));
        }
        ToggleGroup group = new ToggleGroup();
        for (Map.Entry<SettingsPage, Node> entry : pages.entrySet()) {
            ToggleButton button = new ToggleButton(entry.getKey().label());
            button.setId("settings-" + entry.getKey().id());
            button.getStyleClass().addAll("page-button", "flat");
            button.setToggleGroup(group);
            button.setOnAction(e -> {
                button.setSelected(true); // a second click on the open page keeps it marked as open
                place.pageProperty().set(entry.getKey());
            });
            pageList.getChildren().add(button);
        }
        Consumer<SettingsPage> show = wanted -> {
            SettingsPage page = pages.containsKey(wanted) ? wanted : pages.keySet().iterator().next();
            pages.forEach((p, node) -> {
                node.setVisible(p == page);
                node.setManaged(p == page);
            });
            group.getToggles().forEach(t -> t.setSelected(((ToggleButton) t).getId().equals("settings-" + page.id())));
        };
        place.pageProperty().addListener((obs, old, now) -> show.accept(now));
        show.accept(place.pageProperty().get());
    }

    /** One row per weekday: open or closed, opening and closing time in quarter hours. */
    private void buildHoursForm() {
        List<LocalTime> times = new ArrayList<>();
        for (int minute = 0; minute < 24 * 60; minute += 15) {
            times.add(LocalTime.of(minute / 60, minute % 60));
        }
        int row = 0;
        for (DayHours day : viewModel.week()) {
            String code = day.day().getDisplayName(TextStyle.SHORT, Locale.US).toLowerCase(Locale.ROOT);
            CheckBox open = new CheckBox(day.day().getDisplayName(TextStyle.FULL, Locale.US));
            open.setId("hours-" + code + "-open");
            open.selectedProperty().bindBidirectional(day.openProperty());
            ComboBox<LocalTime> opens = timeChoice(times, day.opensProperty(), "hours-" + code + "-opens");
            ComboBox<LocalTime> closes = timeChoice(times, day.closesProperty(), "hours-" + code + "-closes");
            opens.disableProperty().bind(day.openProperty().not());
            closes.disableProperty().bind(day.openProperty().not());
            Label to = new Label("to");
            to.disableProperty().bind(day.openProperty().not());
            hoursGrid.addRow(row++, open, opens, to, closes);
        }
        hoursMessage.textProperty().bind(viewModel.hoursMessageProperty());
    }

    private static ComboBox<LocalTime> timeChoice(List<LocalTime> times, ObjectProperty<LocalTime> value, String id) {
        ComboBox<LocalTime> choice = new ComboBox<>(FXCollections.observableArrayList(times));
        choice.setId(id);
        choice.setVisibleRowCount(12);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalTime time) {
                return time == null ? "" : CLOCK.format(time);
            }

            @Override
            public LocalTime fromString(String text) {
                return null;
            }
        });
        choice.valueProperty().bindBidirectional(value);
        return choice;
    }

    @FXML
    private void saveHours() {
        viewModel.saveHours();
    }

    @FXML
    private void save() {
        viewModel.save();
    }
}
