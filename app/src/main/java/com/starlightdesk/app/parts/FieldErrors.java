package com.starlightdesk.app.parts;

import com.starlightdesk.data.domain.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A form's messages, one per field, as properties: the view-model checks the form and sets them, the
 * view shows each at its input with {@link FieldError}. Every form of the app reports its fields this
 * way. Needs no JavaFX toolkit. Confined to the thread that owns the form.
 */
public final class FieldErrors {
    private final Map<String, StringProperty> messages = new LinkedHashMap<>();

    /** The message under {@code field} ("" when the field is fine). */
    public ReadOnlyStringProperty of(String field) {
        return property(field);
    }

    public void set(String field, String message) {
        property(field).set(message == null ? "" : message);
    }

    /** Shows a domain validation failure under its field; {@code aliases} map domain names to form names. */
    public void set(ValidationException e, Map<String, String> aliases) {
        String field = aliases.getOrDefault(e.field(), e.field());
        String rule = e.getMessage().startsWith(e.field() + ": ") ? e.getMessage().substring(e.field().length() + 2) : e.getMessage();
        set(field, capitalize(rule));
    }

    /**
     * The whole number typed in {@code field} from {@code least} to {@code most}, or null when the field is empty or
     * the text is not one (then the field's message says what to type); {@code what} names the number ("a number of
     * days").
     */
    public Integer wholeNumber(String field, String typed, int least, int most, String what) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            set(field, "Type " + what + " as a whole number");
            return null;
        }
        if (value < least || value > most) {
            set(field, "Type a number from " + least + " to " + most);
            return null;
        }
        return value;
    }

    public void clear() {
        messages.values().forEach(p -> p.set(""));
    }

    public boolean isEmpty() {
        return messages.values().stream().allMatch(p -> p.get().isEmpty());
    }

    private StringProperty property(String field) {
        return messages.computeIfAbsent(field, f -> new SimpleStringProperty(""));
    }

    private static String capitalize(String rule) {
        return rule.isEmpty() ? rule : Character.toUpperCase(rule.charAt(0)) + rule.substring(1);
    }
}
