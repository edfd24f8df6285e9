package com.starlightdesk.app.calendar;

import com.starlightdesk.data.domain.Provider;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A provider in the calendar's filter, shown or hidden. Confined to the FX thread. */
public final class ProviderChoice {
    /** Colour used when a provider has none. */
    public static final String DEFAULT_COLOR = "#6E7781";

    private final Provider provider;
    private final BooleanProperty shown = new SimpleBooleanProperty(true);

    public ProviderChoice(Provider provider) {
        this.provider = provider;
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
