package com.starlightdesk.app.parts;

import com.starlightdesk.data.domain.ProviderColor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import javafx.scene.Parent;

/**
 * Provider colours come from the practice's data, not from a hand-written stylesheet: this builds a
 * small stylesheet that sets, for each style class, {@code -provider-color} (the fill) and
 * {@code -provider-text} (white or the dark text colour, whichever reads on it: {@link ProviderColor#textColor}),
 * so that nodes are styled by class (fast, one parse) rather than by inline styles. The calendar's
 * visits and filter and the Providers page's list and palette use it. Stateless; call it on the FX thread.
 */
public final class ProviderColors {
    private static final String PREFIX = "data:text/css;base64,";

    private ProviderColors() {
    }

    /** Gives {@code root} the colours of {@code byStyleClass}, in place of those it was given before. */
    public static void apply(Parent root, Map<String, ProviderColor> byStyleClass) {
        StringBuilder css = new StringBuilder();
        byStyleClass.forEach((styleClass, color) -> css.append('.').append(styleClass)
                .append(" { -provider-color: ").append(color.hex())
                .append("; -provider-text: ").append(color.textColor().hex()).append("; }\n"));
        root.getStylesheets().removeIf(sheet -> sheet.startsWith(PREFIX));
        root.getStylesheets().add(PREFIX + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
