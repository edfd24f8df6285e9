package com.starlightdesk.app.session;

import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.data.store.LocalStore;
import java.time.ZoneId;

/**
 * One signed-in user's open practice store, from sign-in until "Switch user" or exit. Thread-safe
 * (the store is).
 */
public final class Session implements AutoCloseable {
    private final LocalStore store;
    private final Practice practice;
    private final StoreChanges changes = new StoreChanges();

    public Session(LocalStore store, Practice practice) {
        this.store = store;
        this.practice = practice;
    }

    public PracticeData data() {
        return store.data();
    }

    public User user() {
        return store.user();
    }

    public Practice practice() {
        return practice;
    }

    public ZoneId zone() {
        return practice.zone();
    }

    public Permissions permissions() {
        return new Permissions(store.user().role());
    }

    /** Tells screens that the store changed beneath them (sync). */
    public StoreChanges changes() {
        return changes;
    }

    public LocalStore store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
    }
}
