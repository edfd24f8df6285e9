package com.starlightdesk.app.chart.vitals;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.data.domain.Coded;
import com.starlightdesk.data.domain.LengthPosition;
import com.starlightdesk.data.domain.LengthUnit;
import com.starlightdesk.data.domain.TemperatureUnit;
import com.starlightdesk.data.domain.WeightUnit;
import com.starlightdesk.data.growth.GrowthIndicator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The chart's Vitals and growth section: an entry form in the units the user chooses (lb and oz or kg, in or cm,
 * °F or °C; BMI shown as it is typed; an unusual growth value asked about before it is saved), the patient's
 * measurements with percentile and z-score, and a growth chart per indicator (WHO under 24 months, CDC after)
 * with the child's points. Built once per session by the chart through the screen loader, with its services
 * handed to its constructor; it shows the section of {@link OpenChart#patientProperty()}'s patient, reads again
 * when {@link OpenChart#revisionProperty()} moves, and calls {@link OpenChart#changed()} after it wrote. Binds
 * and delegates to {@link VitalsViewModel}.
 */
public final class VitalsView {
    private final OpenChart chart;
    private final VitalsViewModel viewModel;
    private final Map<GrowthIndicator, GrowthChart> charts = new EnumMap<>(GrowthIndicator.class);
    private final Map<GrowthIndicator, Tab> chartTabs = new EnumMap<>(GrowthIndicator.class);
    private final Map<GrowthIndicator, Label> emptyCharts = new EnumMap<>(GrowthIndicator.class);
    /** Per chart: "now" (the chart for the child's age) and "earlier" (WHO, birth to 24 months), shown when both exist. */
    private final Map<GrowthIndicator, ToggleButton[]> periods = new EnumMap<>(GrowthIndicator.class);

    @FXML private StackPane root;
    @FXML private Message failure;
    @FXML private Message done;
    @FXML private Label correctedAge;
    @FXML private Label chartNote;
    @FXML private VBox form;
    @FXML private TextField measuredOn;
    @FXML private Label measuredOnError;
    @FXML private TextField weight;
    @FXML private TextField ounces;
    @FXML private Label ouncesUnit;
    @FXML private ChoiceBox<WeightUnit> weightUnit;
    @FXML private Label weightError;
    @FXML private Label ouncesError;
    @FXML private TextField length;
    @FXML private ChoiceBox<LengthUnit> lengthUnit;
    @FXML private ChoiceBox<LengthPosition> lengthPosition;
    @FXML private Label lengthError;
    @FXML private TextField head;
    @FXML private Label headUnit;
    @FXML private Label headError;
    @FXML private Label bmi;
    @FXML private TextField temperature;
    @FXML private ChoiceBox<TemperatureUnit> temperatureUnit;
    @FXML private Label temperatureError;
    @FXML private TextField heartRate;
    @FXML private Label heartRateError;
    @FXML private TextField respiratoryRate;
    @FXML private Label respiratoryRateError;
    @FXML private TextField systolic;
    @FXML private Label systolicError;
    @FXML private TextField diastolic;
    @FXML private Label diastolicError;
    @FXML private TextField oxygen;
    @FXML private Label oxygenError;
    @FXML private VBox confirm;
    @FXML private Label confirmation;
    @FXML private Button save;
    @FXML private TabPane tabs;
    @FXML private TableView<GrowthHistory.Row> measurements;

    public VitalsView(OpenChart chart, VitalsViewModel viewModel) {
        this.chart = chart;
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        root.setUserData(chart);
        VitalsForm f = viewModel.form;
        FieldErrors errors = viewModel.news().errors();
        FieldError.bind(measuredOn, f.measuredOn, measuredOnError, errors.of("measuredOn"));
        FieldError.bind(weight, f.weight, weightError, errors.of("weight"));
        FieldError.bind(ounces, f.ounces, ouncesError, errors.of("ounces"));
        FieldError.bind(length, f.length, lengthError, errors.of("length"));
        FieldError.bind(head, f.head, headError, errors.of("head"));
        FieldError.bind(temperature, f.temperature, temperatureError, errors.of("temperature"));
        FieldError.bind(heartRate, f.heartRate, heartRateError, errors.of("heartRate"));
        FieldError.bind(respiratoryRate, f.respiratoryRate, respiratoryRateError, errors.of("respiratoryRate"));
        FieldError.bind(systolic, f.systolic, systolicError, errors.of("systolic"));
        FieldError.bind(diastolic, f.diastolic, diastolicError, errors.of("diastolic"));
        FieldError.bind(oxygen, f.oxygen, oxygenError, errors.of("oxygen"));

        choices(weightUnit, WeightUnit.values(), Coded::code);
        weightUnit.valueProperty().bindBidirectional(f.weightUnit);
        choices(lengthUnit, LengthUnit.values(), Coded::code);
        lengthUnit.valueProperty().bindBidirectional(f.lengthUnit);
        choices(lengthPosition, LengthPosition.values(), p -> p == LengthPosition.RECUMBENT ? "lying" : "standing");
        lengthPosition.valueProperty().bindBidirectional(f.lengthPosition);
        choices(temperatureUnit, TemperatureUnit.values(), t -> "°" + t.code());
        temperatureUnit.valueProperty().bindBidirectional(f.temperatureUnit);
        ounces.visibleProperty().bind(f.weightUnit.isEqualTo(WeightUnit.LB));
        ounces.managedProperty().bind(ounces.visibleProperty());
        // Once typed, the ounces field's prompt is gone: "oz" stays beside it, so "19  6 oz" reads as pounds and ounces.
        ouncesUnit.visibleProperty().bind(ounces.visibleProperty());
        ouncesUnit.managedProperty().bind(ounces.visibleProperty());
        weight.setPromptText(f.weightUnit.get().code());
        f.weightUnit.addListener((o, old, unit) -> weight.setPromptText(unit.code()));
        headUnit.setText(f.lengthUnit.get().code());
        f.lengthUnit.addListener((o, old, unit) -> headUnit.setText(unit.code()));
        bmi.textProperty().bind(f.bmiProperty());
        // No room is kept for the BMI until the weight and length give one.
        bmi.visibleProperty().bind(bmi.textProperty().isNotEmpty());
        bmi.managedProperty().bind(bmi.visibleProperty());
        for (TextField field : new TextField[] {measuredOn, weight, ounces, length, head, temperature, heartRate,
            respiratoryRate, systolic, diastolic, oxygen}) {
            field.setOnAction(e -> viewModel.save());
        }

        confirmation.textProperty().bind(viewModel.confirmationProperty());
        confirm.visibleProperty().bind(viewModel.confirmationProperty().isNotEmpty());
        confirm.managedProperty().bind(confirm.visibleProperty());
        save.disableProperty().bind(viewModel.news().busyProperty().or(viewModel.readyProperty().not())
                .or(viewModel.confirmationProperty().isNotEmpty()));
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.news().failureProperty());
        Banner.bind(done, Banner.Kind.DONE, viewModel.news().doneProperty());

        // A value on its line, its percentile and z-score under it (and a preterm child's corrected age under the
        // age), so the growth columns show whole beside the form at 1366 wide; temperature and rates lie further right.
        column("Date", GrowthHistory.Row::date, 108, null);
        column("Age", GrowthHistory.Row::age, 126, " (");
        column("Weight", GrowthHistory.Row::weight, 118, " · ");
        column("Length/height", GrowthHistory.Row::length, 132, " · ");
        column("Head", GrowthHistory.Row::head, 116, " · ");
        column("BMI", GrowthHistory.Row::bmi, 112, " · ");
        column("Temp.", GrowthHistory.Row::temperature, 72, null);
        column("Rates, BP, SpO₂", GrowthHistory.Row::other, 190, null);

        for (GrowthIndicator indicator : GrowthIndicator.values()) {
            GrowthChart growthChart = new GrowthChart();
            growthChart.setId("growth-chart-" + indicator.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            Label empty = new Label();
            empty.getStyleClass().add("vitals-empty-chart");
            empty.setWrapText(true);
            String name = indicator.name().toLowerCase(Locale.ROOT).replace('_', '-');
            ToggleButton now = new ToggleButton("From 2 years · CDC");
            now.setId("vitals-now-" + name);
            ToggleButton earlier = new ToggleButton("Birth to 24 months · WHO");
            earlier.setId("vitals-earlier-" + name);
            ToggleGroup period = new ToggleGroup();
            period.getToggles().addAll(now, earlier);
            // One of the two is always chosen: a click on the chosen one keeps it.
            period.selectedToggleProperty().addListener((obs, old, chosen) -> {
                if (chosen == null) {
                    old.setSelected(true);
                }
            });
            HBox periodRow = new HBox(now, earlier);
            periodRow.getStyleClass().add("vitals-periods");
            periodRow.managedProperty().bind(periodRow.visibleProperty());
            periods.put(indicator, new ToggleButton[] {now, earlier});
            BorderPane content = new BorderPane(new StackPane(growthChart, empty));
            content.setTop(periodRow);
            Tab tab = new Tab(tabName(indicator), content);
            tab.setId("vitals-tab-" + name);
            charts.put(indicator, growthChart);
            chartTabs.put(indicator, tab);
            emptyCharts.put(indicator, empty);
            tabs.getTabs().add(tab);
        }
        viewModel.historyProperty().addListener((o, old, history) -> show(history));
        show(viewModel.historyProperty().get());
    }

    private void show(GrowthHistory history) {
        measurements.getItems().setAll(history == null ? List.of() : history.rows());
        correctedAge.setText(history == null ? "" : history.correctedAge());
        chartNote.setText(history == null ? "" : history.chartNote());
        for (Label note : new Label[] {correctedAge, chartNote}) {
            note.setVisible(!note.getText().isEmpty());
            note.setManaged(note.isVisible());
        }
        for (GrowthIndicator indicator : GrowthIndicator.values()) {
            GrowthHistory.Tab tab = history == null ? null
                    : history.tabs().stream().filter(t -> t.indicator() == indicator).findFirst().orElse(null);
            // Short names, so that the list and the five charts fit the width; the full title is the tab's tooltip.
            chartTabs.get(indicator).setText(tabName(indicator));
            chartTabs.get(indicator).setTooltip(new javafx.scene.control.Tooltip(tab == null ? indicator.label() : tab.title()));
            showChart(indicator, tab);
        }
    }

    /** Shows the tab's chart for the child's age, or the earlier WHO one when that is chosen and there is one. */
    private void showChart(GrowthIndicator indicator, GrowthHistory.Tab tab) {
        ToggleButton now = periods.get(indicator)[0];
        ToggleButton earlier = periods.get(indicator)[1];
        boolean both = tab != null && tab.earlier() != null;
        now.getParent().setVisible(both);
        now.setDisable(tab == null || tab.chart() == null);
        if (!both) {
            now.setSelected(true);
        } else if (now.isDisable()) {
            earlier.setSelected(true);
        } else if (!now.isSelected() && !earlier.isSelected()) {
            now.setSelected(true);
        }
        earlier.setOnAction(e -> showChart(indicator, tab));
        now.setOnAction(e -> showChart(indicator, tab));
        GrowthChartModel shown = tab == null ? null : both && earlier.isSelected() ? tab.earlier() : tab.chart();
        GrowthChart growthChart = charts.get(indicator);
        growthChart.show(shown);
        growthChart.setVisible(shown != null);
        Label empty = emptyCharts.get(indicator);
        empty.setText(tab == null ? "" : tab.empty());
        empty.setVisible(tab != null && shown == null);
    }

    private static String tabName(GrowthIndicator indicator) {
        return switch (indicator) {
            case WEIGHT_FOR_AGE -> "Weight";
            case LENGTH_FOR_AGE -> "Length/height";
            case HEAD_CIRCUMFERENCE_FOR_AGE -> "Head";
            case WEIGHT_FOR_LENGTH -> "Weight/length";
            case BMI_FOR_AGE -> "BMI";
        };
    }

    /** A column of the measurements; {@code breakAt} (if any) starts the cell's second line at its last occurrence. */
    private void column(String title, Function<GrowthHistory.Row, String> value, double width, String breakAt) {
        TableColumn<GrowthHistory.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty || text == null ? null : twoLines(text, breakAt));
            }
        });
        measurements.getColumns().add(column);
    }

    /**
     * "22 lb 14.4 oz · 42nd (z −0.50)" as "22 lb 14.4 oz" over "42nd (z −0.50)"; "8 mo 29 d (corrected 7 mo 0 d)"
     * as "8 mo 29 d" over "corr. 7 mo 0 d" (the note above the table names the corrected age in full).
     */
    static String twoLines(String text, String breakAt) {
        int at = breakAt == null ? -1 : text.lastIndexOf(breakAt);
        if (at <= 0) {
            return text;
        }
        String rest = text.substring(at + breakAt.length());
        if (breakAt.equals(" (")) {
            rest = rest.replaceFirst("^corrected ", "corr. ").replaceFirst("\\)$", "");
        }
        return text.substring(0, at) + "\n" + rest;
    }

    private static <T> void choices(ChoiceBox<T> box, T[] values, Function<T, String> label) {
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void saveAnyway() {
        viewModel.saveAnyway();
    }

    @FXML
    private void goBack() {
        viewModel.goBack();
    }
}
