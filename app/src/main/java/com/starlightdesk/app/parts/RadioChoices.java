package com.starlightdesk.app.parts;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Pane;

/**
 * A choice among a few values shown as radio buttons side by side (a severity, a reason), bound both ways
 * to a view-model's property; none is chosen while the property is null. Each button's id is the prefix
 * and the value's name ({@code allergy-severity-moderate}). Stateless; call it on the FX thread.
 */
public final class RadioChoices {
    private RadioChoices() {
    }

    /** Puts one radio button per value of {@code values} into {@code box}, in {@code group}, bound to {@code chosen}. */
    public static <T extends Enum<T>> void bind(ToggleGroup group, Pane box, T[] values, Function<T, String> label, String idPrefix,
            ObjectProperty<T> chosen) {
        for (T value : values) {
            RadioButton button = new RadioButton(label.apply(value));
            button.setId(idPrefix + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.setUserData(value);
            button.setToggleGroup(group);
            box.getChildren().add(button);
        }
        select(group, chosen.get());
        chosen.addListener((obs, old, now) -> select(group, now));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            @SuppressWarnings("unchecked")
            T value = now == null ? null : (T) now.getUserData();
            if (chosen.get() != value) {
                chosen.set(value);
            }
        });
    }

    private static void select(ToggleGroup group, Object value) {
        Toggle match = group.getToggles().stream().filter(t -> t.getUserData() == value).findFirst().orElse(null);
        if (group.getSelectedToggle() != match) {
            group.selectToggle(match);
        }
    }
}
