package com.starlightdesk.app.parts;

import atlantafx.base.controls.ModalPane;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/**
 * A card shown over part of the window on a scrim (AtlantaFX's {@link ModalPane}): the shell's dialogs
 * over its workspace, the lock screen over everything. Place {@link #node()} last in a stack pane over
 * what the card covers; it takes its place in that pane's order, so what comes after it stays on top.
 * While no card shows, the layer is invisible and nothing in it takes the focus or a click.
 *
 * <p>Showing a card remembers where the focus was; closing it hands that node to the layer's focus
 * rule (by default: back to it, if it can still take the focus). Escape runs the layer's escape action
 * (by default none: a click beside the card or Escape does not close it; the card shakes instead).
 * Confined to the FX thread.
 */
public final class CardLayer {
    private final ModalPane pane = new ModalPane(0);
    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private Runnable onEscape;
    private Consumer<Node> focusAfter = CardLayer::focusIfUsable;
    private Node focusBefore;

    /** An empty layer; {@code id} names it for styles and tests. */
    public CardLayer(String id) {
        pane.setId(id);
        pane.getStyleClass().add("card-layer");
        pane.setPersistent(true);
        pane.setInTransitionFactory(null);
        pane.setOutTransitionFactory(null);
        pane.visibleProperty().bind(showing);
        // The skin shows only what is set after it exists, and starts hidden: give it the current state.
        pane.skinProperty().addListener((obs, old, skin) -> {
            if (skin != null) {
                Node card = pane.getContent();
                pane.setContent(null);
                pane.setContent(card);
                pane.setDisplay(showing.get());
            }
        });
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && showing.get()) {
                e.consume();
                if (onEscape != null) {
                    onEscape.run();
                }
            }
        });
    }

    /** The layer, to add over what its cards cover. */
    public Region node() {
        return pane;
    }

    /** Shows {@code card}, in place of the one shown before, and remembers the focus from before the layer showed. */
    public void show(Node card) {
        Objects.requireNonNull(card, "card");
        if (!showing.get()) {
            rememberFocus();
        }
        if (pane.getContent() != card) {
            pane.setContent(card);
        }
        showing.set(true);
        pane.setDisplay(true);
    }

    /** Hides the card (it is kept for the next {@link #show}) and hands the focus back. Does nothing when none shows. */
    public void close() {
        if (!showing.get()) {
            return;
        }
        showing.set(false);
        pane.setDisplay(false);
        Node before = focusBefore;
        focusBefore = null;
        focusAfter.accept(before);
    }

    /** What Escape does while a card shows (typically: ask the card's model to close). */
    public void setOnEscape(Runnable action) {
        this.onEscape = action;
    }

    /** Where the focus goes when a card closes, given the node that had it before (null if none). */
    public void setFocusAfter(Consumer<Node> rule) {
        this.focusAfter = Objects.requireNonNull(rule, "rule");
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing;
    }

    public boolean isShowing() {
        return showing.get();
    }

    /** True when {@code node} is in this layer's card. */
    public boolean contains(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == pane) {
                return true;
            }
        }
        return false;
    }

    private void rememberFocus() {
        Scene scene = pane.getScene();
        Node owner = scene == null ? null : scene.getFocusOwner();
        focusBefore = owner == null || contains(owner) ? null : owner;
    }

    /** Focuses {@code node} if it is still in a window, shown and enabled; says whether it did. */
    public static boolean focusIfUsable(Node node) {
        if (node == null || node.getScene() == null || node.isDisabled()) {
            return false;
        }
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        node.requestFocus();
        return true;
    }
}
