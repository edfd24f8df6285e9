package com.starlightdesk.app.testing;

import com.starlightdesk.app.concurrent.BackgroundTaskExecutor;
import com.starlightdesk.app.desktop.AppServices;
import com.starlightdesk.app.preferences.PreferencesFile;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.store.DataDirectory;
import com.starlightdesk.data.store.UnlockException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Platform;

/** Real practice stores in a test folder. */
public final class TestStores {
    public static final String EMAIL = "front.office@starlight-peds.test";
    public static final String PASSWORD = "correct-horse-42";

    private TestStores() {
    }

    /** The services of a desktop window over the stores in {@code dataDir}, working in the background on two threads. */
    public static AppServices desk(Path dataDir) {
        return new AppServices(new DataDirectory(dataDir), in(dataDir, Clock.systemUTC()),
                new BackgroundTaskExecutor(2, Platform::runLater), Clock.systemUTC());
    }

    public static PracticeStores in(Path dir, Clock clock) {
        DataDirectory directory = new DataDirectory(dir);
        return new PracticeStores(directory, new PreferencesFile(directory.root()), clock);
    }

    /** A new practice (Maple Pediatrics, America/Chicago) with a staff user, signed in as that user (not an admin). */
    public static Session staff(PracticeStores stores) throws IOException, UnlockException {
        try (Session admin = stores.create("Maple Pediatrics", "America/Chicago", "Rita Moreno", EMAIL, PASSWORD.toCharArray())) {
            admin.store().addUser(new User(Ids.next(), "desk@maple.test", "Front Desk", Role.STAFF, null, true),
                    "desk-first-password".toCharArray());
        }
        return stores.signIn(stores.list().get(0).practiceId(), "desk@maple.test", "desk-first-password".toCharArray());
    }

    /** A new store holding the demo practice (zone America/Chicago), signed in as its admin. */
    public static Session demo(PracticeStores stores) throws IOException {
        Session session = stores.create("Starlight Pediatrics (demo)", "America/Chicago", "Test Admin", EMAIL, PASSWORD.toCharArray());
        stores.loadDemo(session);
        return session;
    }
}
