package com.starlightdesk.app.testing;

import com.starlightdesk.app.desktop.AppServices;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import java.io.IOException;
import java.nio.file.Path;

/** Makes the demo practice in a data folder, as the first-run screen does. Not used by the app. */
public final class DemoStore {
    /** The demo admin the tour and the benchmark sign in as (a made-up address). */
    public static final String EMAIL = "demo.admin@starlight-peds.test";
    public static final String PASSWORD = "starlight-demo-2026";

    private DemoStore() {
    }

    /** The services of a desktop window over the demo practice in {@code dataDir} (made there first if need be). */
    public static AppServices desk(Path dataDir) throws IOException {
        AppServices services = TestStores.desk(dataDir);
        ensure(services.stores());
        return services;
    }

    /** Creates the demo practice in the stores' folder unless a store is already there. */
    public static void ensure(PracticeStores stores) throws IOException {
        if (!stores.list().isEmpty()) {
            return;
        }
        try (Session session = stores.create("Starlight Pediatrics (demo)", "America/Chicago", "Demo Admin", EMAIL,
                PASSWORD.toCharArray())) {
            stores.loadDemo(session);
        }
    }
}
