package com.starlightdesk.app.parts;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls the nearest scroll pane holding a node so that the node shows whole (its top first when it is taller than
 * the view): a form that opens under a list, a warning that appears under a long form. Focusing a node does not
 * scroll a {@link ScrollPane} by itself. Confined to the FX thread.
 */
public final class InView {
    private InView() {
    }

    /** Brings {@code node} into its scroll pane's view, if it is in one and not already in view. */
    public static void bring(Node node) {
        bring(node, 0);
    }

    /**
     * Brings {@code node} into the view of the nearest scroll pane that scrolls up and down, with {@code roomBelow}
     * pixels under it left in sight too (for a tooltip or a line that explains it).
     */
    public static void bring(Node node, double roomBelow) {
        ScrollPane scroll = null;
        for (Parent at = node.getParent(); at != null && scroll == null; at = at.getParent()) {
            scroll = at instanceof ScrollPane pane && pane.getVbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER ? pane : null;
        }
        if (scroll == null || scroll.getContent() == null) {
            return;
        }
        scroll.applyCss();
        scroll.layout();
        Node content = scroll.getContent();
        Bounds shown = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double viewport = scroll.getViewportBounds().getHeight();
        double hidden = content.getBoundsInLocal().getHeight() - viewport;
        double top = scroll.getVvalue() * hidden;
        if (shown != null && hidden > 0 && (shown.getMaxY() + roomBelow > top + viewport || shown.getMinY() < top)) {
            double wanted = shown.getHeight() + roomBelow <= viewport ? shown.getMaxY() + roomBelow - viewport : shown.getMinY();
            scroll.setVvalue(Math.max(0, Math.min(1, wanted / hidden)));
        }
    }
}
