package com.starlightdesk.app.settings.chartaccess;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.ChoiceLabels;
import com.starlightdesk.app.parts.EmptyState;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.app.parts.PatientPicker;
import com.starlightdesk.app.settings.SettingsPage;
import com.starlightdesk.app.settings.SettingsPlace;
import com.starlightdesk.data.domain.User;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/**
 * The Chart access page of Settings: binds to {@link ChartAccessViewModel} and delegates its buttons; reads
 * again each time the page is opened, so openings that arrived since are listed.
 */
public final class ChartAccessView {
    private final ChartAccessViewModel viewModel;
    private final SettingsPlace place;

    @FXML private Label caption;
    @FXML private Message failure;
    @FXML private PatientPicker patientSearch;
    @FXML private HBox patientChosen;
    @FXML private Label patientName;
    @FXML private ComboBox<User> user;
    @FXML private TextField from;
    @FXML private Label fromError;
    @FXML private TextField to;
    @FXML private Label toError;
    @FXML private Label count;
    @FXML private TableView<ChartAccessViewModel.Row> table;
    @FXML private TableColumn<ChartAccessViewModel.Row, String> timeColumn;
    @FXML private TableColumn<ChartAccessViewModel.Row, String> userColumn;
    @FXML private TableColumn<ChartAccessViewModel.Row, String> patientColumn;
    @FXML private TableColumn<ChartAccessViewModel.Row, String> openedColumn;
    @FXML private Button older;

    public ChartAccessView(ChartAccessViewModel viewModel, SettingsPlace place) {
        this.viewModel = viewModel;
        this.place = place;
    }

    @FXML
    private void initialize() {
        caption.setText("Who opened which patient's chart, which part of it, and when, newest first; times in the practice's"
                + " time zone (" + viewModel.zone().getId() + "). This list is read from this desk, so it works offline: it holds"
                + " the openings made here and those other desks of the practice had synced when this desk last synced."
                + " An opening on a desk that has not synced since appears once both have. No clinical content is shown.");
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
        patientSearch.bind(viewModel.patientPicker());
        patientChosen.visibleProperty().bind(viewModel.patientProperty().isNotNull());
        patientChosen.managedProperty().bind(patientChosen.visibleProperty());
        patientName.textProperty().bind(viewModel.patientProperty().map(p -> p.firstName() + " " + p.lastName()).orElse(""));

        user.getItems().add(null);
        viewModel.users().addListener((ListChangeListener<User>) change -> {
            User chosen = user.getValue();
            user.getItems().setAll(viewModel.users());
            user.getItems().add(0, null);
            user.setValue(chosen);
        });
        user.setConverter(ChoiceLabels.of(u -> u == null ? "Anyone" : u.displayName() + (u.isActive() ? "" : " (inactive)")));
        user.setValue(null);
        user.valueProperty().addListener((obs, old, now) -> {
            if (now != viewModel.userProperty().get()) {
                viewModel.chooseUser(now);
            }
        });

        FieldError.bind(from, viewModel.fromProperty(), fromError, viewModel.errors().of("from"));
        FieldError.bind(to, viewModel.toProperty(), toError, viewModel.errors().of("to"));
        count.textProperty().bind(viewModel.countProperty());

        table.setItems(viewModel.rows());
        column(timeColumn, ChartAccessViewModel.Row::time);
        column(userColumn, ChartAccessViewModel.Row::user);
        column(patientColumn, ChartAccessViewModel.Row::patient);
        column(openedColumn, ChartAccessViewModel.Row::opened);
        EmptyState empty = new EmptyState("", "No chart openings to list.", "Openings show here as charts are opened.");
        empty.setId("chart-access-empty");
        empty.visibleProperty().bind(viewModel.loadedProperty());
        table.setPlaceholder(empty);
        older.visibleProperty().bind(viewModel.moreProperty());
        older.managedProperty().bind(older.visibleProperty());

        place.pageProperty().addListener((obs, old, page) -> {
            if (page == SettingsPage.CHART_ACCESS) {
                viewModel.load();
            }
        });
        if (place.pageProperty().get() == SettingsPage.CHART_ACCESS) {
            viewModel.load();
        }
    }

    private static void column(TableColumn<ChartAccessViewModel.Row, String> column, Function<ChartAccessViewModel.Row, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setSortable(false);
    }

    @FXML
    private void search() {
        viewModel.search();
    }

    @FXML
    private void showOlder() {
        viewModel.showOlder();
    }

    @FXML
    private void anyPatient() {
        viewModel.anyPatient();
    }
}
