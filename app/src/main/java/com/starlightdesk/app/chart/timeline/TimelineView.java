package com.starlightdesk.app.chart.timeline;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import java.util.function.Function;

/**
 * The chart's timeline: binds to {@link TimelineViewModel}; a toggle per kind of event filters the list,
 * Enter or a double-click on a line opens its section of the chart.
 */
public final class TimelineView {
    private final TimelineViewModel viewModel;

    @FXML private HBox filters;
    @FXML private TableView<TimelineViewModel.Row> events;
    @FXML private TableColumn<TimelineViewModel.Row, String> when;
    @FXML private TableColumn<TimelineViewModel.Row, String> what;
    @FXML private TableColumn<TimelineViewModel.Row, String> detail;

    public TimelineView(TimelineViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        for (TimelineViewModel.Filter filter : viewModel.filters()) {
            ToggleButton toggle = new ToggleButton(filter.label());
            toggle.setId("timeline-filter-" + filter.name().toLowerCase(Locale.ROOT));
            toggle.selectedProperty().bindBidirectional(viewModel.shownProperty(filter));
            filters.getChildren().add(toggle);
        }
        bind(when, TimelineViewModel.Row::when);
        bind(what, TimelineViewModel.Row::what);
        bind(detail, TimelineViewModel.Row::detail);
        events.setItems(viewModel.rows());
        events.setPlaceholder(new Label("Nothing recorded yet"));
        events.setRowFactory(table -> {
            TableRow<TimelineViewModel.Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        events.setOnKeyPressed(e -> {
            TimelineViewModel.Row selected = events.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                viewModel.open(selected);
                e.consume();
            }
        });
    }

    private static void bind(TableColumn<TimelineViewModel.Row, String> column, Function<TimelineViewModel.Row, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
    }
}
