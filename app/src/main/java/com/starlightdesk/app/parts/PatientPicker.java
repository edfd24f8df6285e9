package com.starlightdesk.app.parts;

import com.starlightdesk.data.domain.Patient;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Popup;
import javafx.stage.Window;

/**
 * The patient picker: a text field whose matches drop down under it while it has the focus. The focus
 * stays in the field: Down and Up move the highlight, Enter picks the highlighted patient, a click
 * picks the one clicked, Escape empties the field and, when it is already empty, calls
 * {@link #setOnDismiss what holds the picker} (the booking form closes, the top bar hands the focus
 * back). State and lookups live in {@link PatientPickerViewModel}; this class only binds. Usable from
 * FXML ({@code <PatientPicker suggestionsId="..."/>}). Confined to the FX thread.
 */
public final class PatientPicker extends TextField {
    private static final String STYLESHEET = Objects.requireNonNull(
            PatientPicker.class.getResource("patient-picker.css")).toExternalForm();
    /** The height of one listed match; the list is as tall as its matches. */
    private static final double ROW = 32;

    private final ListView<Patient> suggestions = new ListView<>();
    private final Popup popup = new Popup();
    private PatientPickerViewModel viewModel;
    private Runnable onDismiss;

    public PatientPicker() {
        getStyleClass().add("patient-picker");
        getStylesheets().add(STYLESHEET);
        suggestions.getStyleClass().add("patient-picker-suggestions");
        suggestions.getStylesheets().add(STYLESHEET);
        // Never the focus owner of its window: keys reach the field, and the field keeps the focus.
        suggestions.setFocusTraversable(false);
        suggestions.setFixedCellSize(ROW);
        suggestions.prefWidthProperty().bind(widthProperty());
        suggestions.setCellFactory(list -> new MatchCell());
        popup.getContent().add(suggestions);
        popup.setAutoHide(false);
        popup.setHideOnEscape(false); // Escape belongs to the field: it empties it first

        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        focusedProperty().addListener((obs, was, focused) -> showOrHide());
        sceneProperty().addListener((obs, old, scene) -> showOrHide());
        visibleProperty().addListener((obs, was, visible) -> showOrHide());
    }

    /** Binds this field to {@code model} (once). */
    public void bind(PatientPickerViewModel model) {
        if (viewModel != null) {
            throw new IllegalStateException("The picker is bound already");
        }
        viewModel = model;
        textProperty().bindBidirectional(model.queryProperty());
        suggestions.setItems(model.matches());
        model.matches().addListener((ListChangeListener<Patient>) change -> {
            suggestions.setPrefHeight(model.matches().size() * ROW + 4); // as tall as its matches
            showOrHide();
            highlight(model.highlightedProperty().get());
        });
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

    /** Whether the list of matches is showing under the field. */
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
                // With text typed, Enter is the picker's even before its matches arrive (no default button fires).
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

    /** Shows the matches under the field while it has the focus and something is listed; hides them otherwise. */
    private void showOrHide() {
        Window window = getScene() == null ? null : getScene().getWindow();
        boolean wanted = viewModel != null && !viewModel.matches().isEmpty() && isFocused() && isVisible()
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

    /** One match: name, birth date and phone; a click picks it. */
    private final class MatchCell extends ListCell<Patient> {
        MatchCell() {
            getStyleClass().add("patient-picker-match");
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() != null && viewModel != null) {
                    viewModel.pick(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Patient patient, boolean empty) {
            super.updateItem(patient, empty);
            setText(empty || patient == null ? null : PatientPickerViewModel.describe(patient));
        }
    }
}
