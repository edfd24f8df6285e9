package com.starlightdesk.app.desktop;

import com.starlightdesk.data.store.DataDirectory;
import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: builds the services once and opens the main window. */
public final class DesktopApp extends Application {
    private AppServices services;

    @Override
    public void init() {
        Thread.setDefaultUncaughtExceptionHandler(new QuietFailures());
    }

    @Override
    public void start(Stage stage) {
        services = AppServices.start(DataDirectory.resolve(null, System.getenv()), Clock.systemUTC());
        new DesktopWindow(services).show(stage);
    }

    @Override
    public void stop() {
        if (services != null) {
            services.executor().shutdown();
        }
    }
}
