package com.starlightdesk.app.parts;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;

/**
 * Shows a form's message for one field where the user looks: in the line under the input (hidden, and
 * taking no room, while the field is fine) and on the input itself, in the theme's danger state. The
 * messages come from the view-model's {@link FieldErrors}. Stateless; call it on the FX thread.
 */
public final class FieldError {
    private FieldError() {
    }

    /** Binds {@code input} both ways to {@code value} and shows {@code message} at it. */
    public static void bind(TextInputControl input, StringProperty value, Label line, ReadOnlyStringProperty message) {
        input.textProperty().bindBidirectional(value);
        show(input, line, message);
    }

    /** Shows {@code message} in {@code line} under {@code field}, and marks the field while there is one. */
    public static void show(Node field, Label line, ReadOnlyStringProperty message) {
        show(line, message);
        field.pseudoClassStateChanged(Styles.STATE_DANGER, !message.get().isEmpty());
        message.addListener((obs, old, now) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
    }

    /** Shows {@code message} in {@code line}, for a field made of several inputs or none that can be marked. */
    public static void show(Label line, ReadOnlyStringProperty message) {
        line.textProperty().bind(message);
        line.visibleProperty().bind(message.isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        if (!line.getStyleClass().contains("field-error")) {
            line.getStyleClass().add("field-error");
        }
    }
}
