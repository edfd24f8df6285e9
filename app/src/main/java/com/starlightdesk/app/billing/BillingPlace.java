package com.starlightdesk.app.billing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Which Billing page is open: one per signed-in session, so that another screen (a chart, say) can open Billing at
 * the page it needs with {@link #open}; the shell listens ({@link #addOpenListener}) and shows Billing. A page reads
 * its data when it comes on screen ({@link #whenShown}): each time it is chosen, and each time Billing comes back
 * with it open. Confined to the FX thread; needs no toolkit.
 */
public final class BillingPlace {
    private final ObjectProperty<BillingPage> page = new SimpleObjectProperty<>(BillingPage.INVOICES);
    private final List<Runnable> openListeners = new ArrayList<>();
    private final Map<BillingPage, List<Runnable>> shownListeners = new EnumMap<>(BillingPage.class);

    public BillingPlace() {
    }

    public ObjectProperty<BillingPage> pageProperty() {
        return page;
    }

    /** Opens Billing at {@code wanted}: the page is set, then whoever shows Billing is told. */
    public void open(BillingPage wanted) {
        page.set(wanted);
        openListeners.forEach(Runnable::run);
    }

    /** {@code listener} runs each time a screen asks for Billing (the shell then shows it). */
    public void addOpenListener(Runnable listener) {
        openListeners.add(listener);
    }

    /** {@code action} runs each time {@code shown} comes on screen (it is chosen, or Billing is shown with it open). */
    public void whenShown(BillingPage shown, Runnable action) {
        shownListeners.computeIfAbsent(shown, p -> new ArrayList<>()).add(action);
    }

    /** Said by the Billing place when {@code shown} has come on screen. */
    public void shown(BillingPage shown) {
        List.copyOf(shownListeners.getOrDefault(shown, List.of())).forEach(Runnable::run);
    }
}
