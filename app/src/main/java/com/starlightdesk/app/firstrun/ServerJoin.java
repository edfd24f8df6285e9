package com.starlightdesk.app.firstrun;

import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.sync.api.JoinException;
import com.starlightdesk.sync.api.PracticeJoin;
import com.starlightdesk.sync.api.ServerSettings;
import java.time.Clock;

/**
 * Joins a practice from the server into this PC's data folder (through the sync API) and names it for
 * the sign-in list. Blocking (network, PBKDF2, the download): call it through the task executor.
 * Thread-safe.
 */
public final class ServerJoin {
    private final PracticeStores stores;
    private final PracticeJoin join;

    public ServerJoin(PracticeStores stores, Clock clock) {
        this.stores = stores;
        this.join = new PracticeJoin(stores.directory(), clock);
    }

    /** Connects, creates the store with the user's key slot and downloads the practice; returns its name. */
    public PracticeJoin.JoinedPractice join(ServerSettings settings, String email, String displayName, char[] password,
                                            PracticeJoin.Progress progress) throws JoinException {
        PracticeJoin.JoinedPractice joined = join.join(settings, email, displayName, password, progress);
        stores.rememberName(joined.practice().id(), joined.practice().name());
        return joined;
    }
}
