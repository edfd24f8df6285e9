package com.starlightdesk.app.shell;

import com.starlightdesk.app.parts.PatientPicker;
import com.starlightdesk.app.parts.PatientPickerViewModel;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The top bar's patient search: the shared {@link PatientPicker} bound to the shell's
 * {@link PatientPickerViewModel} (picking opens the patient's chart), reached from anywhere in the
 * shell by Ctrl+K (not while locked); Escape in the empty field hands the focus back to the current
 * place. Confined to the FX thread.
 */
final class ShellSearch {

    private ShellSearch() {
    }

    /**
     * Binds {@code field} to {@code search}; Ctrl+K inside {@code shell} focuses it unless {@code locked};
     * {@code backToPlace} takes the focus back when Escape finds the field empty.
     */
    static void bind(PatientPicker field, PatientPickerViewModel search, Node shell, ObservableBooleanValue locked,
            Runnable backToPlace) {
        field.bind(search);
        field.setOnDismiss(backToPlace);
        shell.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.K && !locked.get()) {
                field.requestFocus();
                field.selectAll();
                e.consume();
            }
        });
    }
}
