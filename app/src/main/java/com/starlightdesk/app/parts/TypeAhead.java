package com.starlightdesk.app.parts;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.control.ContentDisplay;
import javafx.stage.Popup;
import javafx.stage.Window;

/**
 * A type-ahead: a text field whose matches drop down under it (in a popup of its own) while it has the
 * focus. The focus stays in the field: Down and Up move the highlight, Enter picks the highlighted match,
 * a click picks the one clicked, Escape empties the field and, when it is already empty, calls
 * {@link #setOnDismiss what holds it}. With text typed, Enter is the type-ahead's even before its matches
 * arrive, so no default button fires. When the typed text finds nothing, a line says so under the field
 * ({@link #noMatchLine}, where a specialisation may add an action). State and searches live in a
 * {@link TypeAheadViewModel}; this class only binds. Designed for extension: the diagnosis and patient
 * pickers say how a match reads, how tall its row is and how wide the list is at least. Confined to the
 * FX thread.
 *
 * @param <T> what is listed and picked
 */
public class TypeAhead<T> extends TextField {
    private static final String STYLESHEET = Objects.requireNonNull(
            TypeAhead.class.getResource("type-ahead.css")).toExternalForm();

    private final Function<T, String> rowText;
    private final double row;
    private final ListView<T> suggestions = new ListView<>();
    private final Label noMatch = new Label();
    private final HBox noMatchLine = new HBox(noMatch);
    private final Popup popup = new Popup();
    private final VBox drop;
    private TypeAheadViewModel<T> viewModel;
    private Runnable onDismiss;
    private Function<T, String> lead;
    private Function<T, String> rest;

    /**
     * A type-ahead whose matches read as {@code rowText} gives, each {@code row} high, in a list at least
     * {@code minListWidth} wide (and never narrower than the field).
     */
    public TypeAhead(Function<T, String> rowText, double row, double minListWidth) {
        this.rowText = rowText;
        this.row = row;
        getStyleClass().add("type-ahead");
        suggestions.getStyleClass().add("type-ahead-suggestions");
        // Never the focus owner of its window: keys reach the field, and the field keeps the focus.
        suggestions.setFocusTraversable(false);
        suggestions.setFixedCellSize(row);
        suggestions.prefWidthProperty().bind(Bindings.max(widthProperty(), minListWidth));
        suggestions.setCellFactory(list -> new MatchCell());
        suggestions.managedProperty().bind(suggestions.visibleProperty());
        noMatch.setWrapText(true);
        noMatch.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(noMatch, Priority.ALWAYS);
        noMatchLine.getStyleClass().add("type-ahead-no-match");
        noMatchLine.prefWidthProperty().bind(Bindings.max(widthProperty(), minListWidth));
        noMatchLine.managedProperty().bind(noMatchLine.visibleProperty());
        drop = new VBox(suggestions, noMatchLine);
        drop.getStylesheets().add(STYLESHEET);
        popup.getContent().add(drop);
        popup.setAutoHide(false);
        popup.setHideOnEscape(false); // Escape belongs to the field: it empties it first

        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        focusedProperty().addListener((obs, was, focused) -> showOrHide());
        sceneProperty().addListener((obs, old, scene) -> showOrHide());
        visibleProperty().addListener((obs, was, visible) -> showOrHide());
    }

    /** Binds this field to {@code model} (once). */
    public void bind(TypeAheadViewModel<T> model) {
        if (viewModel != null) {
            throw new IllegalStateException("The picker is bound already");
        }
        viewModel = model;
        textProperty().bindBidirectional(model.queryProperty());
        suggestions.setItems(model.matches());
        suggestions.visibleProperty().bind(Bindings.isNotEmpty(model.matches()));
        model.matches().addListener((ListChangeListener<T>) change -> {
            suggestions.setPrefHeight(model.matches().size() * row + 4); // as tall as its matches
            showOrHide();
            highlight(model.highlightedProperty().get());
        });
        noMatch.textProperty().bind(model.noMatchProperty());
        noMatchLine.visibleProperty().bind(model.noMatchProperty().isNotEmpty());
        model.noMatchProperty().addListener((obs, old, line) -> showOrHide());
        model.highlightedProperty().addListener((obs, old, at) -> highlight(at.intValue()));
    }

    /** What Escape does when the field is already empty; null to let the key pass on. */
    public void setOnDismiss(Runnable action) {
        onDismiss = action;
    }

    /** The id of the list of matches (for tests and the screenshot tour). */
    public void setSuggestionsId(String id) {
        suggestions.setId(id);
    }

    public String getSuggestionsId() {
        return suggestions.getId();
    }

    /** Whether the list of matches, or the line saying there are none, is showing under the field. */
    public boolean isShowingSuggestions() {
        return popup.isShowing();
    }

    /**
     * Has each match read in two columns, {@code lead} then {@code rest}, the first as wide for every match
     * (type-ahead.css, {@code .type-ahead-lead}) so that the second lines up; the match's text stays whole for
     * reading aloud. Call it from the specialisation's constructor.
     */
    protected final void readInColumns(Function<T, String> lead, Function<T, String> rest) {
        this.lead = lead;
        this.rest = rest;
    }

    /** The line under the field when the typed text finds nothing: its words, then what a specialisation adds. */
    protected final HBox noMatchLine() {
        return noMatchLine;
    }

    /** The words of the line under the field when the typed text finds nothing. */
    protected final Label noMatchWords() {
        return noMatch;
    }

    private void keyPressed(KeyEvent e) {
        if (viewModel == null) {
            return;
        }
        switch (e.getCode()) {
            case DOWN -> {
                viewModel.highlightNext();
                e.consume();
            }
            case UP -> {
                viewModel.highlightPrevious();
                e.consume();
            }
            case ENTER -> {
                if (viewModel.enter() || !getText().isBlank()) {
                    e.consume();
                }
            }
            case ESCAPE -> {
                if (viewModel.clear()) {
                    e.consume();
                } else if (onDismiss != null) {
                    onDismiss.run();
                    e.consume();
                }
            }
            default -> {
                // typing is the field's
            }
        }
    }

    private void highlight(int at) {
        if (at < 0 || at >= suggestions.getItems().size()) {
            suggestions.getSelectionModel().clearSelection();
        } else {
            suggestions.getSelectionModel().select(at);
            suggestions.scrollTo(at);
        }
    }

    /** Shows the matches (or that there are none) under the field while it has the focus; hides them otherwise. */
    private void showOrHide() {
        Window window = getScene() == null ? null : getScene().getWindow();
        boolean wanted = viewModel != null && (!viewModel.matches().isEmpty() || !viewModel.noMatchProperty().get().isEmpty())
                && isFocused() && isVisible()
                && window != null && window.isShowing();
        Bounds field = wanted ? localToScreen(getBoundsInLocal()) : null;
        if (field == null) {
            popup.hide();
            return;
        }
        if (popup.isShowing()) {
            popup.setAnchorX(field.getMinX());
            popup.setAnchorY(field.getMaxY() + 2);
        } else {
            popup.show(this, field.getMinX(), field.getMaxY() + 2);
        }
        // The popup's window holds the list's shadow too: set the list itself flush with the field's left edge.
        Bounds list = drop.localToScreen(drop.getLayoutBounds());
        if (list != null && Math.abs(list.getMinX() - field.getMinX()) >= 0.5) {
            popup.setAnchorX(popup.getAnchorX() - (list.getMinX() - field.getMinX()));
        }
    }

    /** One match, as the specialisation has it read; a click picks it. */
    private final class MatchCell extends ListCell<T> {
        private final Label leadColumn = new Label();
        private final Label restColumn = new Label();
        private final HBox columns = new HBox(leadColumn, restColumn);

        MatchCell() {
            getStyleClass().add("type-ahead-match");
            leadColumn.getStyleClass().add("type-ahead-lead");
            restColumn.getStyleClass().add("type-ahead-rest");
            columns.getStyleClass().add("type-ahead-columns");
            restColumn.setMinWidth(0); // a long second column ends in an ellipsis
            HBox.setHgrow(restColumn, Priority.ALWAYS);
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() != null && viewModel != null) {
                    viewModel.pick(getItem());
                }
            });
        }

        @Override
        protected void updateItem(T match, boolean empty) {
            super.updateItem(match, empty);
            setText(empty || match == null ? null : rowText.apply(match));
            if (lead == null || empty || match == null) {
                setGraphic(null);
                setContentDisplay(ContentDisplay.LEFT);
                return;
            }
            leadColumn.setText(lead.apply(match));
            restColumn.setText(rest.apply(match));
            setGraphic(columns);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }
    }
}
