package com.starlightdesk.app.parts;

import java.util.function.Function;
import javafx.util.StringConverter;

/**
 * How a chooser (a combo box of providers, visit types, sexes, statuses) words its choices: one way
 * only, from the value to its label (a chooser's choices are picked, never typed), and stored codes
 * in words. Stateless.
 */
public final class ChoiceLabels {
    private ChoiceLabels() {
    }

    /** A stored code in words: {@code well_child} reads "Well child", {@code female} "Female". */
    public static String ofCode(String code) {
        String spaced = code.replace('_', ' ');
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** A converter that shows each value as {@code label} words it (null included). */
    public static <T> StringConverter<T> of(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
