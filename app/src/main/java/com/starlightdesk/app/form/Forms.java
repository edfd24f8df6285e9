package com.starlightdesk.app.form;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;

/** Binds an input and the message line under it to a view-model. Stateless. */
public final class Forms {
    private Forms() {
    }

    public static void bind(TextInputControl input, StringProperty value, Label error, ReadOnlyStringProperty message) {
        input.textProperty().bindBidirectional(value);
        bindError(error, message);
    }

    public static void bindError(Label error, ReadOnlyStringProperty message) {
        error.textProperty().bind(message);
        error.visibleProperty().bind(message.isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.getStyleClass().add("field-error");
    }
}
