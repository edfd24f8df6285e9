package com.starlightdesk.app.crm;

import com.starlightdesk.app.parts.ChoiceLabels;
import com.starlightdesk.data.domain.InquirySource;
import com.starlightdesk.data.domain.LostReason;
import com.starlightdesk.data.domain.PipelineStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The CRM place's pipeline board, bound to {@link PipelineViewModel}: a column per stage and Lost, each a list of
 * family cards under its count and conversion. A card moves by dragging it onto another column, or from the keyboard:
 * Ctrl+Right one column on, Ctrl+Left one back, Left and Right go from column to column. Lost needs a reason, chosen
 * beside Mark lost (which marks the card last chosen in an open column). The board opens with the first column focused.
 */
public final class PipelineView {
    private final PipelineViewModel viewModel;
    private final List<ListView<FamilyCard>> lists = new ArrayList<>();
    private final ObjectProperty<FamilyCard> chosen = new SimpleObjectProperty<>();

    @FXML private VBox root;
    @FXML private HBox board;
    @FXML private ComboBox<InquirySource> source;
    @FXML private TextField youngestUnder;
    @FXML private TextField daysAtLeast;
    @FXML private ComboBox<LostReason> lostReason;
    @FXML private Button markLost;
    @FXML private Label failure;

    public PipelineView(PipelineViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        source.getItems().add(null);
        source.getItems().addAll(InquirySource.values());
        source.setConverter(ChoiceLabels.of(s -> s == null ? "Any source" : s.code()));
        source.valueProperty().bindBidirectional(viewModel.sourceProperty());
        youngestUnder.textProperty().addListener((obs, old, now) -> viewModel.youngestUnderProperty().set(whole(now)));
        daysAtLeast.textProperty().addListener((obs, old, now) -> viewModel.daysAtLeastProperty().set(whole(now)));
        lostReason.getItems().setAll(LostReason.values());
        lostReason.setConverter(ChoiceLabels.of(r -> r == null ? "" : r.code().replace('-', ' ')));
        failure.textProperty().bind(viewModel.failureProperty());
        for (PipelineStage stage : PipelineViewModel.COLUMNS) {
            board.getChildren().add(column(stage));
        }
        markLost.disableProperty().bind(lostReason.valueProperty().isNull().or(chosen.isNull()));
        viewModel.load();
        Platform.runLater(() -> lists.get(0).requestFocus());
    }

    private VBox column(PipelineStage stage) {
        String id = stage.code();
        Label heading = new Label();
        heading.setId("pipeline-heading-" + id);
        heading.getStyleClass().add("column-heading");
        heading.textProperty().bind(viewModel.headingProperty(stage));
        ListView<FamilyCard> list = new ListView<>(viewModel.column(stage));
        list.setId("pipeline-" + id);
        list.setAccessibleText(PipelineViewModel.title(stage));
        list.setCellFactory(l -> card());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                chosen.set(now.stage().isOpen() ? now : null);
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> keys(list, e));
        list.setOnDragOver(e -> {
            if (e.getDragboard().hasString()) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        list.setOnDragDropped(e -> {
            FamilyCard dragged = find(e.getDragboard().getString());
            boolean done = dragged != null && (stage != PipelineStage.LOST || lostReason.getValue() != null);
            if (done) {
                viewModel.moveTo(dragged, stage, stage == PipelineStage.LOST ? lostReason.getValue() : null);
            }
            e.setDropCompleted(done);
            e.consume();
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        lists.add(list);
        VBox column = new VBox(heading, list);
        column.getStyleClass().add("pipeline-column");
        HBox.setHgrow(column, Priority.ALWAYS);
        return column;
    }

    private ListCell<FamilyCard> card() {
        ListCell<FamilyCard> cell = new ListCell<>() {
            @Override
            protected void updateItem(FamilyCard item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
                setAccessibleText(empty || item == null ? null : item.text());
            }
        };
        cell.getStyleClass().add("family-card");
        cell.setOnDragDetected(e -> {
            if (cell.getItem() != null) {
                ClipboardContent content = new ClipboardContent();
                content.putString(cell.getItem().id().toString());
                cell.startDragAndDrop(TransferMode.MOVE).setContent(content);
                e.consume();
            }
        });
        return cell;
    }

    private void keys(ListView<FamilyCard> list, KeyEvent e) {
        int at = lists.indexOf(list);
        FamilyCard chosen = list.getSelectionModel().getSelectedItem();
        if (e.isControlDown() && chosen != null && (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT)) {
            viewModel.step(chosen, e.getCode() == KeyCode.RIGHT ? 1 : -1);
            e.consume();
        } else if (!e.isControlDown() && e.getCode() == KeyCode.RIGHT && at < lists.size() - 1) {
            focus(lists.get(at + 1));
            e.consume();
        } else if (!e.isControlDown() && e.getCode() == KeyCode.LEFT && at > 0) {
            focus(lists.get(at - 1));
            e.consume();
        }
    }

    private static void focus(ListView<FamilyCard> list) {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    @FXML
    private void markLost() {
        viewModel.moveTo(chosen.get(), PipelineStage.LOST, lostReason.getValue());
        chosen.set(null);
    }

    private FamilyCard find(String id) {
        for (PipelineStage stage : PipelineViewModel.COLUMNS) {
            for (FamilyCard card : viewModel.column(stage)) {
                if (card.id().toString().equals(id)) {
                    return card;
                }
            }
        }
        return null;
    }

    private static Integer whole(String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return t.matches("[0-9]{1,4}") ? Integer.valueOf(t) : null;
    }
}
