package com.starlightdesk.app.settings;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Which Settings page is open: one per signed-in session, so that another screen (the calendar's setup
 * checklist, say) can open Settings at the page it needs. Confined to the FX thread.
 */
public final class SettingsPlace {
    private final ObjectProperty<SettingsPage> page = new SimpleObjectProperty<>(SettingsPage.PRACTICE);

    public SettingsPlace() {
    }

    public ObjectProperty<SettingsPage> pageProperty() {
        return page;
    }
}
