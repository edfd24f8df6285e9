package com.starlightdesk.app.shell;

import com.starlightdesk.app.conflicts.ConflictsView;
import com.starlightdesk.app.conflicts.ConflictsViewModel;
import com.starlightdesk.app.desktop.ScreenLoader;
import com.starlightdesk.app.parts.CardLayer;
import com.starlightdesk.app.password.OwnPasswordView;
import com.starlightdesk.app.password.OwnPasswordViewModel;
import com.starlightdesk.app.patients.NewPatientView;
import com.starlightdesk.app.patients.NewPatientViewModel;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The cards the shell shows over its screens: the Conflicts screen, the own-password form and the New
 * patient card over the workspace (below the top bar, which stays usable), and the lock screen over everything. Each opens
 * and closes with its model; Escape closes a dialog, never the lock. When a card closes the focus goes
 * back where it was if that was in the current place (a field of the booking form, say) and otherwise
 * to the place itself, so the search field does not take it. Confined to the FX thread.
 */
final class ShellDialogs {
    private final ShellViewModel shell;
    private final ScreenLoader screens;
    private final OwnPasswordViewModel ownPassword;
    private final ConflictsViewModel conflicts;
    private final Supplier<Node> place;
    private final Runnable focusPlace;
    private final CardLayer conflictsLayer = new CardLayer("conflicts-layer");
    private final CardLayer passwordLayer = new CardLayer("password-layer");
    private final CardLayer newPatientLayer = new CardLayer("new-patient-layer");
    private final CardLayer lockLayer = new CardLayer("lock-overlay");
    private Node conflictsCard;
    private Node passwordCard;
    private Node newPatientCard;

    /**
     * Puts the dialog layers over {@code workspace} and the lock layer over {@code root}; {@code lockCard}
     * is the lock screen's card and {@code unlockPassword} its field; {@code place} is the current place
     * and {@code focusPlace} puts the focus on it.
     */
    ShellDialogs(ShellViewModel shell, ScreenLoader screens, OwnPasswordViewModel ownPassword, ConflictsViewModel conflicts,
                 NewPatientViewModel newPatient, StackPane workspace, StackPane root, Node lockCard, Node unlockPassword, Supplier<Node> place, Runnable focusPlace) {
        this.shell = shell;
        this.screens = screens;
        this.ownPassword = ownPassword;
        this.conflicts = conflicts;
        this.place = place;
        this.focusPlace = focusPlace;

        workspace.getChildren().add(1, conflictsLayer.node());
        workspace.getChildren().add(2, passwordLayer.node());
        workspace.getChildren().add(3, newPatientLayer.node());
        root.getChildren().add(lockLayer.node());

        dialog(conflictsLayer, conflicts.openProperty(), conflicts::close);
        dialog(passwordLayer, ownPassword.openProperty(), ownPassword::close);
        dialog(newPatientLayer, newPatient.openProperty(), newPatient::cancel);
        // Opened by whoever needs a new patient (a search that found no one, the Patients screen).
        newPatient.openProperty().addListener((obs, was, open) -> {
            if (open) {
                if (newPatientCard == null) {
                    newPatientCard = screens.load(NewPatientView.class);
                }
                newPatientLayer.show(newPatientCard);
            }
        });
        lockLayer.setFocusAfter(this::afterUnlock);
        shell.lockedProperty().addListener((obs, was, locked) -> {
            if (locked) {
                lockLayer.show(lockCard);
                ownPassword.close();
                Platform.runLater(unlockPassword::requestFocus);
            } else {
                lockLayer.close();
            }
        });
        shell.sectionProperty().addListener((obs, old, section) -> conflicts.close());
    }

    /** Opens the Conflicts screen over the workspace. */
    void openConflicts() {
        if (conflictsCard == null) {
            conflictsCard = screens.load(ConflictsView.class);
        }
        conflictsLayer.show(conflictsCard);
        conflicts.open();
    }

    /** Opens the own-password form over the workspace. */
    void changePassword() {
        if (passwordCard == null) {
            passwordCard = screens.load(OwnPasswordView.class);
        }
        passwordLayer.show(passwordCard);
        ownPassword.open();
    }

    /** A dialog shows while its model is open and closes when it closes; Escape asks the model to close. */
    private void dialog(CardLayer layer, ReadOnlyBooleanProperty open, Runnable close) {
        layer.setOnEscape(close);
        layer.setFocusAfter(this::afterDialog);
        open.addListener((obs, was, isOpen) -> {
            if (!isOpen) {
                layer.close();
            }
        });
    }

    /** After a dialog: back to where the focus was when that is in the current place, else the place; nothing while locked. */
    private void afterDialog(Node before) {
        if (shell.lockedProperty().get()) {
            return;
        }
        if (!(isInside(before, place.get()) && CardLayer.focusIfUsable(before))) {
            focusPlace.run();
        }
    }

    /** After the lock: back to where the focus was (in a dialog that is still open, too), else the place. */
    private void afterUnlock(Node before) {
        boolean inDialog = conflictsLayer.contains(before) || passwordLayer.contains(before) || newPatientLayer.contains(before);
        if ((isInside(before, place.get()) || inDialog) && CardLayer.focusIfUsable(before)) {
            return;
        }
        if (!conflictsLayer.isShowing() && !passwordLayer.isShowing() && !newPatientLayer.isShowing()) {
            focusPlace.run();
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        if (ancestor == null) {
            return false;
        }
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }
}
