package com.starlightdesk.app.parts;

import com.starlightdesk.data.codes.DiagnosisCode;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;

/**
 * The diagnosis picker: a text field whose ICD-10-CM codes drop down under it while it has the focus,
 * each as {@code J06.9  Acute upper respiratory infection, unspecified}. The focus stays in the field:
 * Down and Up move the highlight, Enter picks the highlighted code, a click picks the one clicked,
 * Escape empties the field and, when it is already empty, calls {@link #setOnDismiss what holds the
 * picker}. When the typed text finds no code, a line says so under the field. The list is at least
 * {@link #MIN_LIST_WIDTH} wide, so that descriptions read in a narrow form. State and searches live in
 * {@link DiagnosisPickerViewModel}; this class only binds. Usable from FXML
 * ({@code <DiagnosisPicker suggestionsId="..."/>}). Confined to the FX thread.
 */
public final class DiagnosisPicker extends TextField {
    /** The narrowest the list of codes is drawn. */
    public static final double MIN_LIST_WIDTH = 560;
    private static final String STYLESHEET = Objects.requireNonNull(
            DiagnosisPicker.class.getResource("diagnosis-picker.css")).toExternalForm();
    /** The height of one listed code; the list is as tall as its codes. */
    private static final double ROW = 30;

    private final ListView<DiagnosisCode> suggestions = new ListView<>();
    private final Label noMatch = new Label();
    private final Popup popup = new Popup();
    private DiagnosisPickerViewModel viewModel;
    private Runnable onDismiss;

    public DiagnosisPicker() {
        getStyleClass().add("diagnosis-picker");
        getStylesheets().add(STYLESHEET);
        setPromptText("Code or words, e.g. J06.9 or otitis media");
        suggestions.getStyleClass().add("diagnosis-picker-suggestions");
        suggestions.getStylesheets().add(STYLESHEET);
        // Never the focus owner of its window: keys reach the field, and the field keeps the focus.
        suggestions.setFocusTraversable(false);
        suggestions.setFixedCellSize(ROW);
        suggestions.prefWidthProperty().bind(Bindings.max(widthProperty(), MIN_LIST_WIDTH));
        suggestions.setCellFactory(list -> new CodeCell());
        suggestions.managedProperty().bind(suggestions.visibleProperty());
        noMatch.setId("diagnosis-picker-no-match");
        noMatch.getStyleClass().add("diagnosis-picker-no-match");
        noMatch.getStylesheets().add(STYLESHEET);
        noMatch.setWrapText(true);
        noMatch.prefWidthProperty().bind(Bindings.max(widthProperty(), MIN_LIST_WIDTH));
        noMatch.managedProperty().bind(noMatch.visibleProperty());
        popup.getContent().add(new VBox(suggestions, noMatch));
        popup.setAutoHide(false);
        popup.setHideOnEscape(false); // Escape belongs to the field: it empties it first

        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        focusedProperty().addListener((obs, was, focused) -> showOrHide());
        sceneProperty().addListener((obs, old, scene) -> showOrHide());
        visibleProperty().addListener((obs, was, visible) -> showOrHide());
    }

    /** Binds this field to {@code model} (once). */
    public void bind(DiagnosisPickerViewModel model) {
        if (viewModel != null) {
            throw new IllegalStateException("The picker is bound already");
        }
        viewModel = model;
        textProperty().bindBidirectional(model.queryProperty());
        suggestions.setItems(model.matches());
        suggestions.visibleProperty().bind(Bindings.isNotEmpty(model.matches()));
        model.matches().addListener((ListChangeListener<DiagnosisCode>) change -> {
            suggestions.setPrefHeight(model.matches().size() * ROW + 4); // as tall as its codes
            showOrHide();
            highlight(model.highlightedProperty().get());
        });
        noMatch.textProperty().bind(model.noMatchProperty());
        noMatch.visibleProperty().bind(model.noMatchProperty().isNotEmpty());
        model.noMatchProperty().addListener((obs, old, line) -> showOrHide());
        model.highlightedProperty().addListener((obs, old, at) -> highlight(at.intValue()));
    }

    /** What Escape does when the field is already empty; null to let the key pass on. */
    public void setOnDismiss(Runnable action) {
        onDismiss = action;
    }

    /** The id of the list of codes (for tests and the screenshot tour). */
    public void setSuggestionsId(String id) {
        suggestions.setId(id);
    }

    public String getSuggestionsId() {
        return suggestions.getId();
    }

    /** Whether the list of codes, or the line saying there are none, is showing under the field. */
    public boolean isShowingSuggestions() {
        return popup.isShowing();
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
                // With text typed, Enter is the picker's even before its codes arrive (no default button fires).
                if (viewModel.pickHighlighted() || !getText().isBlank()) {
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

    /** Shows the codes (or that there are none) under the field while it has the focus; hides them otherwise. */
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
    }

    /** One code: the code as shown, then its description; a click picks it. */
    private final class CodeCell extends ListCell<DiagnosisCode> {
        CodeCell() {
            getStyleClass().add("diagnosis-picker-match");
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() != null && viewModel != null) {
                    viewModel.pick(getItem());
                }
            });
        }

        @Override
        protected void updateItem(DiagnosisCode code, boolean empty) {
            super.updateItem(code, empty);
            setText(empty || code == null ? null : DiagnosisPickerViewModel.describe(code));
        }
    }
}
