package com.starlightdesk.app.calendar;

import com.starlightdesk.app.parts.ProviderColors;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.ProviderColor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A provider in the calendar's filter, shown or hidden. Confined to the FX thread. */
public final class ProviderChoice {
    /** The style class of a visit whose provider is not known here. */
    static final String UNKNOWN = "provider-unknown";

    private final Provider provider;
    private final String styleClass;
    private final BooleanProperty shown = new SimpleBooleanProperty(true);

    public ProviderChoice(Provider provider, int index) {
        this.provider = provider;
        this.styleClass = "provider-" + index;
    }

    /** The style class that carries this provider's colour (see {@link ProviderColors}). */
    public String styleClass() {
        return styleClass;
    }

    public Provider provider() {
        return provider;
    }

    public ProviderColor color() {
        return ProviderColor.of(provider);
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The colours of {@code choices} by style class, with the grey of a visit whose provider is unknown. */
    public static Map<String, ProviderColor> colors(List<ProviderChoice> choices) {
        Map<String, ProviderColor> colors = new LinkedHashMap<>();
        colors.put(UNKNOWN, ProviderColor.NONE);
        choices.forEach(c -> colors.put(c.styleClass(), c.color()));
        return colors;
    }

    @Override
    public String toString() {
        return provider.name();
    }
}
