package com.starlightdesk.app.calendar;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javafx.scene.Parent;

/**
 * Provider colours come from the practice's data, not from a hand-written stylesheet: this builds a
 * small stylesheet that sets {@code -provider-color} for each provider's style class, so visits are
 * styled by class (fast, one parse) rather than by inline styles. Colours are validated
 * {@code #RRGGBB} by the domain. Stateless.
 */
final class ProviderColors {
    private static final String PREFIX = "data:text/css;base64,";

    private ProviderColors() {
    }

    static void apply(Parent root, List<ProviderChoice> providers) {
        StringBuilder css = new StringBuilder(".provider-unknown { -provider-color: " + ProviderChoice.DEFAULT_COLOR + "; }\n");
        for (ProviderChoice choice : providers) {
            css.append('.').append(choice.styleClass()).append(" { -provider-color: ").append(choice.color()).append("; }\n");
        }
        root.getStylesheets().removeIf(sheet -> sheet.startsWith(PREFIX));
        root.getStylesheets().add(PREFIX + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
