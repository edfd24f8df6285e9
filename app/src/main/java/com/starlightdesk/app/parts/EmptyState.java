package com.starlightdesk.app.parts;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * What a screen or list shows while it has nothing to show: a sign, a title saying what the place is
 * empty of, a line saying what it is for or what to do, and the first actions as buttons (the first
 * one the accent). The text and the actions take no room while there are none. Every empty screen,
 * list and section of the app uses it. Usable from FXML ({@code <EmptyState title="..." text="..."/>}).
 * Confined to the FX thread.
 */
public final class EmptyState extends VBox {
    private static final String STYLESHEET = Objects.requireNonNull(
            EmptyState.class.getResource("empty-state.css")).toExternalForm();

    /** The widest an empty state's lines run. */
    private static final double WIDTH = 560;

    private final Label sign = new Label();
    private final Label title = new Label();
    private final Label text = new Label();
    private final HBox actions = new HBox();

    public EmptyState() {
        getStyleClass().add("empty-state");
        getStylesheets().add(STYLESHEET);
        setMaxSize(WIDTH, USE_PREF_SIZE); // centred in its place, as tall as its content
        sign.getStyleClass().add("empty-state-sign");
        title.getStyleClass().addAll("empty-state-title", Styles.TITLE_3);
        text.getStyleClass().addAll("empty-state-text", Styles.TEXT_MUTED);
        actions.getStyleClass().add("empty-state-actions");
        title.setWrapText(true);
        text.setWrapText(true);
        for (Label label : new Label[] {sign, title, text}) {
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
            label.managedProperty().bind(label.visibleProperty());
        }
        actions.visibleProperty().bind(Bindings.isNotEmpty(actions.getChildren()));
        actions.managedProperty().bind(actions.visibleProperty());
        getChildren().addAll(sign, title, text, actions);
    }

    /** An empty state with {@code sign} (a short symbol, or ""), {@code title} and {@code text}. */
    public EmptyState(String sign, String title, String text) {
        this();
        setSign(sign);
        setTitle(title);
        setText(text);
    }

    /**
     * Adds a button that runs {@code action}; {@code id} names it for tests and the tour. The first
     * button added is the accent, later ones are plain.
     */
    public Button addAction(String id, String label, Runnable action) {
        Objects.requireNonNull(action, "action");
        Button button = new Button(label);
        button.setId(id);
        button.getStyleClass().add(actions.getChildren().isEmpty() ? Styles.ACCENT : Styles.BUTTON_OUTLINED);
        button.setOnAction(e -> action.run());
        actions.getChildren().add(button);
        return button;
    }

    /** Removes every action. */
    public void clearActions() {
        actions.getChildren().clear();
    }

    /** The buttons, in order (for a view that shows one only while it applies). */
    public List<Node> actions() {
        return actions.getChildrenUnmodifiable();
    }

    public StringProperty signProperty() { return sign.textProperty(); }
    public String getSign() { return sign.getText(); }
    public void setSign(String value) { sign.setText(value); }

    public StringProperty titleProperty() { return title.textProperty(); }
    public String getTitle() { return title.getText(); }
    public void setTitle(String value) { title.setText(value); }

    public StringProperty textProperty() { return text.textProperty(); }
    public String getText() { return text.getText(); }
    public void setText(String value) { text.setText(value); }
}
