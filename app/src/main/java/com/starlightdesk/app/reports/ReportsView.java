package com.starlightdesk.app.reports;

import atlantafx.base.theme.Styles;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Reports place, bound to {@link ReportsViewModel}: the list of reports under their headings, each with a line
 * saying what it shows, and the report opened in place of the list with a way back. The list has the focus when the
 * place is shown; Enter or a double-click opens the report chosen; Escape or "All reports" comes back to the list.
 */
public final class ReportsView {
    private final ReportsViewModel viewModel;

    @FXML private VBox root;
    @FXML private VBox hub;
    @FXML private ListView<ReportPage> list;
    @FXML private VBox opened;
    @FXML private Button back;
    @FXML private Label title;
    @FXML private Label description;
    @FXML private StackPane page;

    public ReportsView(ReportsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        list.setItems(viewModel.pages());
        list.setCellFactory(l -> new ReportCell());
        list.getSelectionModel().selectFirst();
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.open(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                viewModel.open(list.getSelectionModel().getSelectedItem());
            }
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && viewModel.openProperty().get() != null) {
                viewModel.back();
                e.consume();
            }
        });
        // The shell puts the focus on the place: the list takes it while it shows.
        root.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && viewModel.openProperty().get() == null) {
                list.requestFocus();
            }
        });
        viewModel.openProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.openProperty().get());
    }

    private void show(ReportPage report) {
        hub.setVisible(report == null);
        opened.setVisible(report != null);
        if (report == null) {
            page.getChildren().clear();
            if (root.getScene() != null) {
                list.requestFocus();
            }
            return;
        }
        title.setText(report.title());
        description.setText(report.description());
        Node content = report.page().get();
        page.getChildren().setAll(content);
        Node table = content.lookup(".table-view");
        (table != null ? table : back).requestFocus();
    }

    @FXML
    private void back() {
        viewModel.back();
    }

    /** A report in the list: its heading when it is the first of its group, its title and what it shows. */
    private static final class ReportCell extends ListCell<ReportPage> {
        @Override
        protected void updateItem(ReportPage report, boolean empty) {
            super.updateItem(report, empty);
            setText(null);
            if (empty || report == null) {
                setId(null);
                setGraphic(null);
                return;
            }
            setId("report-" + report.id());
            VBox lines = new VBox();
            lines.getStyleClass().add("report-line");
            int at = getIndex();
            if (at == 0 || getListView().getItems().get(at - 1).group() != report.group()) {
                Label heading = new Label(report.group().label());
                heading.getStyleClass().addAll("report-group", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                lines.getChildren().add(heading);
            }
            Label name = new Label(report.title());
            name.getStyleClass().addAll("report-name", Styles.TEXT_BOLD);
            Label what = new Label(report.description());
            what.getStyleClass().add(Styles.TEXT_MUTED);
            lines.getChildren().addAll(name, what);
            setGraphic(lines);
        }
    }
}
