package com.starlightdesk.app.cli;

import com.starlightdesk.data.store.DataDirectory;
import com.starlightdesk.data.store.LocalStore;
import com.starlightdesk.data.store.UnlockException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import picocli.CommandLine.Option;

/** Options shared by commands that open a practice store: where it is and who signs in. */
final class StoreOptions {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder holding the practice stores (default: $STARLIGHT_DATA_DIR or the per-user application-data folder).")
    Path dataDir;

    @Option(names = "--practice", paramLabel = "ID", description = "Practice id, when the folder holds more than one store.")
    UUID practice;

    @Option(names = "--email", paramLabel = "EMAIL", description = "Email of the user who signs in.")
    String email;

    DataDirectory directory() {
        return DataDirectory.resolve(dataDir, System.getenv());
    }

    /** The folder of the chosen store; fails with a clear message when none or several exist. */
    Path storeFolder() throws IOException {
        return directory().chooseStore(practice);
    }

    /** Signs in and opens the store; a user whose password was reset must choose their own first. */
    LocalStore open(Passwords passwords) throws IOException, UnlockException {
        if (email == null) {
            throw new IllegalArgumentException("--email is required to sign in");
        }
        Path folder = storeFolder();
        LocalStore store = LocalStore.unlock(folder, email, passwords.password("Password for " + email), Clock.systemDefaultZone());
        if (store.mustChangePassword()) {
            store.close();
            throw new IllegalArgumentException("your password on this PC is a temporary one: choose your own first with"
                    + " ./starlight user passwd --email " + email);
        }
        return store;
    }
}
