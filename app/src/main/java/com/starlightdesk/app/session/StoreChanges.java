package com.starlightdesk.app.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells a session's screens that its store may have changed beneath them (a sync brought other desks'
 * changes), so that what they keep in memory is read again. Listeners run on the thread that calls
 * {@link #changed} (the FX thread in the app). Thread-safe.
 */
public final class StoreChanges {
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** The store may hold other data than before: listeners drop what they kept. */
    public void changed() {
        listeners.forEach(Runnable::run);
    }
}
