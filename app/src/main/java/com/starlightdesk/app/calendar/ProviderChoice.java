package com.starlightdesk.app.calendar;

import com.starlightdesk.data.domain.Provider;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A provider in the calendar's filter, shown or hidden. Confined to the FX thread. */
public final class ProviderChoice {
    /** Colour used when a provider has none. */
    public static final String DEFAULT_COLOR = "#6E7781";

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

    public String color() {
        return provider.color() == null ? DEFAULT_COLOR : provider.color();
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    @Override
    public String toString() {
        return provider.name();
    }
}
