package com.starlightdesk.app.shell;

import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.PatientPickerViewModel;
import com.starlightdesk.app.patients.NewPatientViewModel;
import com.starlightdesk.app.preferences.DesktopPreferences;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.session.SessionNavigation;
import com.starlightdesk.app.settings.SettingsPage;
import com.starlightdesk.app.settings.SettingsPlace;
import com.starlightdesk.app.syncstatus.SyncStatusSource;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.store.UnlockException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The shell around every screen: who is signed in, where they are, the global patient search (a
 * {@link PatientPickerViewModel}, whose "New patient?" opens the New patient card), the sync indicator
 * ({@link SyncIndicatorViewModel}), and the lock (by button or after the idle time). A screen that needs
 * Settings at a page asks the session's {@link SettingsPlace}, and the shell switches to Settings for
 * those who may see it. Confined to the FX thread; needs no toolkit.
 */
public final class ShellViewModel {
    private static final Logger LOG = Logger.getLogger(ShellViewModel.class.getName());

    private final Session session;
    private final TaskExecutor executor;
    private final PracticeStores stores;
    private final SessionNavigation navigation;
    private final OpenChart chart;
    private final NewPatientViewModel newPatient;
    private final SettingsPlace settingsPlace;
    private final PatientPickerViewModel search;
    private final SyncIndicatorViewModel syncIndicator;
    private final IdleLock idleLock;

    private final List<Section> sections;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.CALENDAR);
    private final BooleanProperty locked = new SimpleBooleanProperty(false);
    private final StringProperty unlockPassword = new SimpleStringProperty("");
    private final StringProperty unlockFailure = new SimpleStringProperty("");
    private final BooleanProperty unlocking = new SimpleBooleanProperty(false);

    public ShellViewModel(Session session, SyncStatusSource syncStatus, TaskExecutor executor, PracticeStores stores,
            SessionNavigation navigation, OpenChart chart, NewPatientViewModel newPatient,
            SettingsPlace settingsPlace, Clock clock) {
        this.session = session;
        this.executor = executor;
        this.stores = stores;
        this.navigation = navigation;
        this.chart = chart;
        this.newPatient = newPatient;
        this.settingsPlace = settingsPlace;
        this.search = new PatientPickerViewModel(session.data(), executor, this::openPatient);
        search.offerNewPatient(typed -> newPatient.open(typed, search::pick));
        this.syncIndicator = new SyncIndicatorViewModel(session, syncStatus, executor);
        // The default idle time until the preferences file has been read in the background.
        this.idleLock = new IdleLock(clock, Duration.ofMinutes(DesktopPreferences.defaults().idleLockMinutes()));
        readIdleTime();
        this.sections = Arrays.stream(Section.values()).filter(s -> s.visibleTo(session.permissions())).toList();
        settingsPlace.addOpenListener(() -> show(Section.SETTINGS));
        // A chart opened from anywhere (the calendar's Visit note, a search) is shown in the Patients place.
        chart.patientProperty().addListener((obs, old, now) -> {
            if (now != null) {
                show(Section.PATIENTS);
            }
        });
        // The same patient's chart opened again (from a visit, say) brings Patients back too.
        chart.addOpenListener(() -> show(Section.PATIENTS));
    }

    public String userName() {
        return session.user().displayName();
    }

    public String roleLabel() {
        return session.permissions().roleLabel();
    }

    public String practiceName() {
        return session.practice().name();
    }

    public List<Section> sections() {
        return sections;
    }

    /** Shows {@code place} if this user may see it; otherwise stays where they are. */
    public void show(Section place) {
        if (sections.contains(place)) {
            section.set(place);
        }
    }

    /** Opens Settings at {@code page} (for those who may see Settings). */
    public void openSettings(SettingsPage page) {
        settingsPlace.open(page);
    }

    /** Opens the New patient card; once saved, the patient's chart opens. */
    public void newPatient() {
        newPatient.open("", this::openPatient);
    }

    /** Opens a patient picked in the search: the Patients place shows their chart. */
    private void openPatient(Patient patient) {
        section.set(Section.PATIENTS);
        chart.open(patient.id());
    }

    /** The user did something: restart the idle clock. */
    public void userActive() {
        if (!locked.get()) {
            idleLock.touch();
        }
    }

    /**
     * Locks if the idle time has passed (called every few seconds), then reads the idle time again in the
     * background (an admin may have changed it) and checks once more with it.
     */
    public void checkIdle() {
        lockIfIdle();
        readIdleTime();
    }

    private void readIdleTime() {
        executor.submit(() -> stores.preferences().idleLockMinutes(), minutes -> {
            idleLock.setIdleTime(Duration.ofMinutes(minutes));
            lockIfIdle();
        }, failure -> LOG.log(Level.WARNING, "The idle time could not be read, the last one known stays: {0}",
                failure.getClass().getName()));
    }

    private void lockIfIdle() {
        if (!locked.get() && idleLock.expired()) {
            lock();
        }
    }

    /** Covers every screen until the password is typed again. */
    public void lock() {
        search.clear();
        unlockPassword.set("");
        unlockFailure.set("");
        locked.set(true);
    }

    public void unlock() {
        if (unlockPassword.get().isEmpty()) {
            unlockFailure.set("Enter your password");
            return;
        }
        char[] secret = unlockPassword.get().toCharArray();
        unlocking.set(true);
        executor.submit(() -> {
            stores.confirmPassword(session, secret);
            return Boolean.TRUE;
        }, ok -> {
            unlocking.set(false);
            unlockPassword.set("");
            unlockFailure.set("");
            idleLock.touch();
            locked.set(false);
        }, e -> {
            unlocking.set(false);
            unlockPassword.set("");
            unlockFailure.set(e instanceof UnlockException u && u.reason() == UnlockException.Reason.LOCKED_OUT
                    ? "Too many wrong passwords. Try again in a few minutes, or switch user."
                    : e instanceof UnlockException u && u.reason() == UnlockException.Reason.STORE_UNAVAILABLE
                    ? u.getMessage() + ". Switch user and sign in again."
                    : e instanceof UnlockException ? "Wrong password" : "The password could not be checked");
        });
    }

    /** Closes this session and returns to sign-in. */
    public void switchUser() {
        chart.close();
        navigation.switchUser();
    }

    public ObjectProperty<Section> sectionProperty() { return section; }
    /** The top bar's patient search: picking a patient opens their chart. */
    public PatientPickerViewModel search() { return search; }
    /** The top bar's sync indicator and its menu. */
    public SyncIndicatorViewModel syncIndicator() { return syncIndicator; }
    public ReadOnlyBooleanProperty lockedProperty() { return locked; }
    public StringProperty unlockPasswordProperty() { return unlockPassword; }
    public ReadOnlyStringProperty unlockFailureProperty() { return unlockFailure; }
    public ReadOnlyBooleanProperty unlockingProperty() { return unlocking; }
    public ReadOnlyObjectProperty<Section> currentSection() { return section; }
}
