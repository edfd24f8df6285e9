package com.starlightdesk.app.shell;

import com.starlightdesk.sync.api.SyncState;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;

/**
 * The top bar's sync indicator and its menu, bound to a {@link SyncIndicatorViewModel}: the label takes
 * a pseudo-class per sync mode ({@code :up-to-date}, {@code :offline}, ...) and {@code :has-conflicts}
 * while conflicts are open; its tooltip and the menu's first line explain the status; a click opens the
 * Conflicts screen while there are open conflicts. Confined to the FX thread.
 */
final class SyncIndicator {
    private static final PseudoClass HAS_CONFLICTS = PseudoClass.getPseudoClass("has-conflicts");

    private SyncIndicator() {
    }

    /**
     * Binds the indicator's label and menu items to {@code model}; {@code openConflicts} opens the Conflicts
     * screen (a click on the label while conflicts are open, or the menu's conflicts line).
     */
    static void bind(SyncIndicatorViewModel model, Label status, MenuItem detailItem, MenuItem conflictsItem,
            MenuItem syncNowItem, Runnable openConflicts) {
        status.textProperty().bind(model.labelProperty());
        Tooltip detail = new Tooltip();
        detail.textProperty().bind(model.detailProperty());
        detail.setWrapText(true);
        detail.setMaxWidth(360);
        status.setTooltip(detail);
        detailItem.textProperty().bind(model.detailProperty());
        conflictsItem.textProperty().bind(model.conflictsLabelProperty());
        conflictsItem.visibleProperty().bind(model.conflictsProperty().greaterThan(0));
        conflictsItem.setOnAction(e -> openConflicts.run());
        syncNowItem.disableProperty().bind(model.canSyncNowProperty().not());
        syncNowItem.setOnAction(e -> model.syncNow());
        status.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && model.conflictsProperty().get() > 0) {
                openConflicts.run();
            }
        });
        model.conflictsProperty().addListener((obs, old, open) -> status.pseudoClassStateChanged(HAS_CONFLICTS, open.longValue() > 0));
        model.stateProperty().addListener((obs, old, state) -> {
            for (SyncState.Kind kind : SyncState.Kind.values()) {
                status.pseudoClassStateChanged(PseudoClass.getPseudoClass(kind.name().toLowerCase(Locale.ROOT).replace('_', '-')),
                        kind == state.kind());
            }
        });
    }
}
