package com.starlightdesk.app.session;

import com.starlightdesk.app.preferences.DesktopPreferences;
import com.starlightdesk.app.preferences.PreferencesFile;
import com.starlightdesk.data.demo.DemoPractice;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.store.DataDirectory;
import com.starlightdesk.data.store.LocalStore;
import com.starlightdesk.data.store.UnlockException;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The practice stores in this PC's data folder: list, create (new or demo), sign in, and check a
 * password again for the lock screen. Every method blocks (PBKDF2, H2): call it through the
 * {@link com.starlightdesk.app.concurrent.TaskExecutor}. Thread-safe.
 */
public final class PracticeStores {
    /** One store on this PC as the sign-in screen lists it. */
    public record StoreEntry(UUID practiceId, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final DataDirectory directory;
    private final PreferencesFile preferences;
    private final Clock clock;
    private volatile boolean signInStarted;

    public PracticeStores(DataDirectory directory, PreferencesFile preferences, Clock clock) {
        this.directory = directory;
        this.preferences = preferences;
        this.clock = clock;
    }

    public DataDirectory directory() {
        return directory;
    }

    /** The stores present, named from the preferences (a store made elsewhere shows its short id). */
    public List<StoreEntry> list() throws IOException {
        DesktopPreferences prefs = preferences.read();
        List<StoreEntry> entries = new ArrayList<>();
        for (UUID id : directory.practices()) {
            String name = prefs.practiceNames().getOrDefault(id, "Practice " + id.toString().substring(0, 8));
            entries.add(new StoreEntry(id, name));
        }
        entries.sort(java.util.Comparator.comparing(StoreEntry::name));
        return entries;
    }

    /** Creates a new practice with its first admin and signs that admin in. */
    public Session create(String practiceName, String timeZone, String adminName, String adminEmail, char[] password)
            throws IOException {
        Practice practice = Practice.of(Ids.next(), practiceName, timeZone);
        User admin = new User(Ids.next(), adminEmail, adminName, Role.ADMIN, null, true);
        LocalStore store = LocalStore.create(directory.practice(practice.id()), practice, admin, password, clock);
        store.data().visitNotes().addDefaultTemplatesIfNone();
        preferences.write(preferences.read().withPracticeName(practice.id(), practice.name()));
        return new Session(store, practice);
    }

    /** Loads Dr. Prajapati's demo practice into a store that {@link #create} just made. */
    public DemoPractice.DemoSummary loadDemo(Session session) {
        return new DemoPractice().load(session.data());
    }

    /** Whether a sign-in has begun in this program (the sign-in warm-up stops then). */
    public boolean signInStarted() {
        return signInStarted;
    }

    /** Opens a store as the user with {@code email}. */
    public Session signIn(UUID practiceId, String email, char[] password) throws UnlockException {
        signInStarted = true;
        LocalStore store = LocalStore.unlock(directory.practice(practiceId), email, password, clock);
        try {
            Practice practice = store.data().office().practice().orElseThrow();
            DesktopPreferences prefs = preferences.read();
            if (!practice.name().equals(prefs.practiceNames().get(practiceId))) {
                preferences.write(prefs.withPracticeName(practiceId, practice.name()));
            }
            return new Session(store, practice);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Checks the signed-in user's password again (the lock screen) against their key slot, without
     * reopening the store. Wrong passwords count towards the store's lockout, as at sign-in.
     */
    public void confirmPassword(Session session, char[] password) throws UnlockException {
        session.store().verifyPassword(password, clock);
    }

    /** Names a store that arrived on this PC some other way (joined from the server) for the sign-in list. */
    public void rememberName(UUID practiceId, String name) {
        preferences.write(preferences.read().withPracticeName(practiceId, name));
    }

    public DesktopPreferences preferences() {
        return preferences.read();
    }

    public void savePreferences(DesktopPreferences updated) {
        preferences.write(updated);
    }

    /** Changes the preferences as one step: {@code change} is given the ones saved now. */
    public DesktopPreferences updatePreferences(UnaryOperator<DesktopPreferences> change) {
        return preferences.update(change);
    }
}
