package com.starlightdesk.app.parts;

import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.VisitType;
import com.starlightdesk.data.domain.VisitTypes;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Parent;
import javafx.scene.layout.Region;

/**
 * The colour that marks each kind of visit, from the practice's {@link VisitTypes}. Many nodes (the marks on
 * the calendar's visits) are styled by class: {@link #apply} gives a node a small stylesheet that sets
 * {@code -visit-type-color} for each {@link #styleClass}. A few (a swatch beside a typed colour, a chooser's
 * choices) are painted directly ({@link #paint}). Stateless; call it on the FX thread.
 */
public final class VisitTypeMarks {
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Object SHEET_KEY = VisitTypeMarks.class;

    private VisitTypeMarks() {
    }

    /** The style class that carries {@code type}'s colour: {@code visit-type-sick-visit}. */
    public static String styleClass(AppointmentType type) {
        return "visit-type-" + type.code().replace('_', '-');
    }

    /** Gives {@code root} the colours of {@code types}, in place of those this gave it before (other sheets stay). */
    public static void apply(Parent root, VisitTypes types) {
        StringBuilder css = new StringBuilder();
        for (VisitType t : types.all()) {
            css.append('.').append(styleClass(t.type())).append(" { -visit-type-color: ").append(t.colour()).append("; }\n");
        }
        String sheet = "data:text/css;base64," + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8));
        Object before = root.getProperties().put(SHEET_KEY, sheet);
        if (before != null) {
            root.getStylesheets().remove(before);
        }
        root.getStylesheets().add(sheet);
    }

    /** Fills {@code swatch} with {@code colour} while it reads #RRGGBB (the theme's fill otherwise). */
    public static void paint(Region swatch, ObservableStringValue colour) {
        swatch.styleProperty().bind(Bindings.createStringBinding(() -> fill(colour.get()), colour));
    }

    /** The inline style that fills a node with {@code colour}, or none when it is not a colour. */
    public static String fill(String colour) {
        return colour != null && COLOUR.matcher(colour.strip()).matches() ? "-fx-background-color: " + colour.strip() + ";" : "";
    }
}
