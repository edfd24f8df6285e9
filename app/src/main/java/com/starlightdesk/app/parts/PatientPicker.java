package com.starlightdesk.app.parts;

import com.starlightdesk.data.domain.Patient;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;

/**
 * The patient picker: a text field whose matches drop down under it while it has the focus. The focus
 * stays in the field: Down and Up move the highlight, Enter picks the highlighted patient, a click
 * picks the one clicked, Escape empties the field and, when it is already empty, calls
 * {@link #setOnDismiss what holds the picker} (the booking form closes, the top bar hands the focus
 * back). When the typed text finds no one, a line says so under the field, with "New patient?"
 * ({@code #picker-new-patient}, or Enter) where the owner offers it. State and lookups live in
 * {@link PatientPickerViewModel}; this class only binds. Usable from
 * FXML ({@code <PatientPicker suggestionsId="..."/>}). Confined to the FX thread.
 */
public final class PatientPicker extends TextField {
    private static final String STYLESHEET = Objects.requireNonNull(
            PatientPicker.class.getResource("patient-picker.css")).toExternalForm();
    /** The height of one listed match; the list is as tall as its matches. */
    private static final double ROW = 32;

    private final ListView<Patient> suggestions = new ListView<>();
    private final Label noMatch = new Label();
    private final Button newPatient = new Button("New patient?");
    private final HBox noMatchLine = new HBox(noMatch, newPatient);
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
        suggestions.managedProperty().bind(suggestions.visibleProperty());
        noMatch.setId("picker-no-match");
        noMatch.setWrapText(true);
        noMatch.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(noMatch, Priority.ALWAYS);
        newPatient.setId("picker-new-patient");
        newPatient.getStyleClass().addAll("flat", "accent");
        newPatient.setFocusTraversable(false); // the field keeps the focus, as with the matches; Enter does the same
        newPatient.setTooltip(new Tooltip("New patient from what was typed (Enter)"));
        newPatient.managedProperty().bind(newPatient.visibleProperty());
        noMatchLine.getStyleClass().add("patient-picker-no-match");
        noMatchLine.getStylesheets().add(STYLESHEET);
        noMatchLine.prefWidthProperty().bind(widthProperty());
        noMatchLine.managedProperty().bind(noMatchLine.visibleProperty());
        popup.getContent().add(new VBox(suggestions, noMatchLine));
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
        suggestions.visibleProperty().bind(Bindings.isNotEmpty(model.matches()));
        model.matches().addListener((ListChangeListener<Patient>) change -> {
            suggestions.setPrefHeight(model.matches().size() * ROW + 4); // as tall as its matches
            showOrHide();
            highlight(model.highlightedProperty().get());
        });
        noMatch.textProperty().bind(model.noMatchProperty());
        noMatchLine.visibleProperty().bind(model.noMatchProperty().isNotEmpty());
        newPatient.visibleProperty().bind(model.newPatientOfferedProperty());
        newPatient.setOnAction(e -> model.newPatient());
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
                if (viewModel.pickHighlighted() || viewModel.newPatientForNoMatch() || !getText().isBlank()) {
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
