package com.starlightdesk.app.billing.agebands;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.billing.BillingPage;
import com.starlightdesk.app.billing.BillingPlace;
import com.starlightdesk.app.billing.agebands.AgeBandChangesViewModel.Row;
import com.starlightdesk.app.parts.Banner;
import java.time.LocalDate;
import java.util.Comparator;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;

/** Billing, Age-band changes: binds to {@link AgeBandChangesViewModel}; Enter, a double-click or Open chart opens the chart. */
public final class AgeBandChangesPage {
    private final AgeBandChangesViewModel viewModel;
    private final BillingPlace place;

    @FXML private Label count;
    @FXML private Button openChart;
    @FXML private Message failure;
    @FXML private TableView<Row> table;
    @FXML private Label placeholder;
    @FXML private TableColumn<Row, String> patientColumn;
    @FXML private TableColumn<Row, LocalDate> birthdayColumn;
    @FXML private TableColumn<Row, String> fromColumn;
    @FXML private TableColumn<Row, String> toColumn;
    @FXML private TableColumn<Row, LocalDate> firstMonthColumn;

    public AgeBandChangesPage(AgeBandChangesViewModel viewModel, BillingPlace place) {
        this.viewModel = viewModel;
        this.place = place;
    }

    @FXML
    private void initialize() {
        count.textProperty().bind(viewModel.countProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
        placeholder.textProperty().bind(Bindings.when(viewModel.readingProperty()).then("Reading the memberships…")
                .otherwise("No member's birthday in the next " + AgeBandChangesViewModel.DAYS + " days moves them to another plan."));
        patientColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().patient()));
        patientColumn.setComparator(String.CASE_INSENSITIVE_ORDER);
        birthdayColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().birthday()));
        birthdayColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? null : AgeBandChangesViewModel.birthdayWords(row));
            }
        });
        fromColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().fromPlan()));
        toColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>("→ " + c.getValue().toPlan()));
        firstMonthColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().billedFrom()));
        firstMonthColumn.setComparator(Comparator.naturalOrder());
        firstMonthColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? null : row.firstMonth());
            }
        });
        SortedList<Row> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        openChart.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        place.whenShown(BillingPage.AGE_BAND_CHANGES, viewModel::load);
    }

    @FXML
    private void openChart() {
        viewModel.open(table.getSelectionModel().getSelectedItem());
    }
}
