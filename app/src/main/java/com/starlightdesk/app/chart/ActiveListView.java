package com.starlightdesk.app.chart;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.parts.Banner;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.util.Callback;

/**
 * What the views of an {@link ActiveListViewModel}'s section (allergies, medications) bind alike: the active
 * table, whose chosen row stays chosen when the chart is read again and which Enter or a double-click opens;
 * the history under it, its lines wrapped and an entry entered in error struck through; the done and failure
 * lines; and the form beside them, where Enter saves (or presses the button it is on) and Escape cancels,
 * handing the focus back to the table when it closes. Confined to the FX thread.
 *
 * @param <T> an entry: an allergy, a medication
 */
public final class ActiveListView<T> {
    private final TableView<T> active;
    private final ListView<T> history;
    private final Node form;

    /**
     * Binds {@code active}, {@code history}, {@code done} and {@code failure} to {@code model}; {@code id}
     * tells an entry again when the chart is read again.
     */
    public ActiveListView(ActiveListViewModel<T, ?, ?> model, TableView<T> active, ListView<T> history, Node form,
            Message done, Message failure, Function<T, UUID> id) {
        this.active = active;
        this.history = history;
        this.form = form;
        active.setItems(model.active());
        keepChosen(id);
        history.setItems(model.history());
        Banner.bind(done, Banner.Kind.DONE, model.doneProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, model.failureProperty());
    }

    /** The active entry chosen in the table, or null. */
    public T chosen() {
        return active.getSelectionModel().getSelectedItem();
    }

    /** Enter on the chosen entry, or a double-click on a row, opens it with {@code open}; rows are made as the table made them. */
    public void openWith(Consumer<T> open) {
        Callback<TableView<T>, TableRow<T>> rows = active.getRowFactory();
        active.setRowFactory(table -> {
            TableRow<T> row = rows == null ? new TableRow<>() : rows.call(table);
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        active.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER && chosen() != null) {
                open.accept(chosen());
                key.consume();
            }
        });
    }

    /** The history's lines read as {@code text}; those {@code enteredInError} are struck through. */
    public void historyReads(Function<T, String> text, Predicate<T> enteredInError) {
        history.setCellFactory(list -> new HistoryCell<>(text, enteredInError));
    }

    /** In the form, Escape does {@code cancel}; Enter presses the button it is on, or else does {@code save}. */
    public void formKeys(Runnable cancel, Runnable save) {
        form.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ESCAPE) {
                cancel.run();
                key.consume();
            } else if (key.getCode() == KeyCode.ENTER) {
                if (key.getTarget() instanceof Button button) {
                    button.fire();
                } else {
                    save.run();
                }
                key.consume();
            }
        });
    }

    /** The form has closed: the focus, if it was in the form, goes back to the table. */
    public void formClosed() {
        if (form.getScene() != null && isInForm(form.getScene().getFocusOwner())) {
            active.requestFocus();
        }
    }

    private boolean isInForm(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == form) {
                return true;
            }
        }
        return false;
    }

    /** Keeps the chosen row chosen when the chart is read again (after a save here or a sync), if it is still listed. */
    private void keepChosen(Function<T, UUID> id) {
        UUID[] kept = new UUID[1];
        active.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                kept[0] = id.apply(now);
            }
        });
        active.getItems().addListener((ListChangeListener<T>) change -> {
            if (kept[0] != null && chosen() == null) {
                active.getItems().stream().filter(row -> id.apply(row).equals(kept[0])).findFirst()
                        .ifPresent(row -> active.getSelectionModel().select(row));
            }
        });
    }

    /** An inactive entry: its text wrapped within the list's width; struck through when entered in error. */
    private static final class HistoryCell<T> extends ListCell<T> {
        private final Function<T, String> text;
        private final Predicate<T> enteredInError;

        HistoryCell(Function<T, String> text, Predicate<T> enteredInError) {
            this.text = text;
            this.enteredInError = enteredInError;
            setWrapText(true);
            setPrefWidth(0); // as wide as the list, the text wrapped within it
        }

        @Override
        protected void updateItem(T entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().remove("entered-in-error");
            if (empty || entry == null) {
                setText(null);
                return;
            }
            setText(text.apply(entry));
            if (enteredInError.test(entry)) {
                getStyleClass().add("entered-in-error");
            }
        }
    }
}
