package com.starlightdesk.app.desktop;

import com.starlightdesk.app.concurrent.BackgroundTaskExecutor;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.preferences.PreferencesFile;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.data.store.DataDirectory;
import java.time.Clock;
import javafx.application.Platform;

/** The services built once at start-up and handed to screens. Immutable. */
public record AppServices(DataDirectory dataDirectory, PracticeStores stores, TaskExecutor executor, Clock clock) {

    /** The app's services for {@code dataDirectory}, with background work on a small named pool. */
    public static AppServices start(DataDirectory dataDirectory, Clock clock) {
        PracticeStores stores = new PracticeStores(dataDirectory, new PreferencesFile(dataDirectory.root()), clock);
        return new AppServices(dataDirectory, stores, new BackgroundTaskExecutor(3, Platform::runLater), clock);
    }
}
