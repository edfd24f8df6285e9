package com.starlightdesk.app.settings;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Which Settings page is open: one per signed-in session, so that another screen (the calendar's setup
 * checklist, say) can open Settings at the page it needs with {@link #open}. The shell listens
 * ({@link #addOpenListener}) and shows Settings. Confined to the FX thread.
 */
public final class SettingsPlace {
    private final ObjectProperty<SettingsPage> page = new SimpleObjectProperty<>(SettingsPage.PRACTICE);
    private final List<Runnable> openListeners = new ArrayList<>();

    public SettingsPlace() {
    }

    public ObjectProperty<SettingsPage> pageProperty() {
        return page;
    }

    /** Opens Settings at {@code wanted}: the page is set, then whoever shows Settings is told. */
    public void open(SettingsPage wanted) {
        page.set(wanted);
        openListeners.forEach(Runnable::run);
    }

    /** {@code listener} runs each time a screen asks for Settings (the shell then shows it). */
    public void addOpenListener(Runnable listener) {
        openListeners.add(listener);
    }
}
