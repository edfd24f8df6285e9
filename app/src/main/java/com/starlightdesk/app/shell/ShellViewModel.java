package com.starlightdesk.app.shell;

import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.PatientPickerViewModel;
import com.starlightdesk.app.patients.PatientSummaryViewModel;
import com.starlightdesk.app.preferences.DesktopPreferences;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.session.SessionNavigation;
import com.starlightdesk.app.syncstatus.SyncStatusSource;
import com.starlightdesk.app.syncstatus.SyncStatusSource.SyncStatus;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.store.UnlockException;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The shell around every screen: who is signed in, where they are, the global patient search, the
 * sync indicator, and the lock (by button or after the idle time). Confined to the FX thread; needs no
 * toolkit.
 */
public final class ShellViewModel {
    private static final Logger LOG = Logger.getLogger(ShellViewModel.class.getName());
    private static final DateTimeFormatter LAST_SYNC = DateTimeFormatter.ofPattern("MMM d, h:mm:ss a (zzz)", Locale.US);

    private final Session session;
    private final SyncStatusSource syncStatus;
    private final TaskExecutor executor;
    private final PracticeStores stores;
    private final SessionNavigation navigation;
    private final PatientSummaryViewModel patientSummary;
    private final PatientPickerViewModel search;
    private final IdleLock idleLock;

    private final List<Section> sections;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.CALENDAR);
    private final StringProperty syncLabel = new SimpleStringProperty("Local only");
    private final ObjectProperty<SyncStatus> syncState = new SimpleObjectProperty<>(SyncStatus.localOnly(0));
    private final StringProperty syncDetail = new SimpleStringProperty("");
    private final LongProperty syncConflicts = new SimpleLongProperty(0);
    private final StringProperty syncConflictsLabel = new SimpleStringProperty("");
    private final BooleanProperty syncing = new SimpleBooleanProperty(false);
    private final BooleanProperty canSyncNow = new SimpleBooleanProperty(false);
    private boolean syncEventShown;
    private final BooleanProperty locked = new SimpleBooleanProperty(false);
    private final StringProperty unlockPassword = new SimpleStringProperty("");
    private final StringProperty unlockFailure = new SimpleStringProperty("");
    private final BooleanProperty unlocking = new SimpleBooleanProperty(false);

    public ShellViewModel(Session session, SyncStatusSource syncStatus, TaskExecutor executor, PracticeStores stores,
            SessionNavigation navigation, PatientSummaryViewModel patientSummary, Clock clock) {
        this.session = session;
        this.syncStatus = syncStatus;
        this.executor = executor;
        this.stores = stores;
        this.navigation = navigation;
        this.patientSummary = patientSummary;
        this.search = new PatientPickerViewModel(session.data(), executor, this::openPatient);
        // The default idle time until the preferences file has been read in the background.
        this.idleLock = new IdleLock(clock, Duration.ofMinutes(DesktopPreferences.defaults().idleLockMinutes()));
        readIdleTime();
        this.sections = Arrays.stream(Section.values()).filter(s -> s.visibleTo(session.permissions())).toList();
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

    /** Opens a patient picked in the search: the Patients place shows their summary. */
    private void openPatient(Patient patient) {
        section.set(Section.PATIENTS);
        patientSummary.open(patient.id());
    }

    /**
     * Starts sync for the signed-in store (when it has a server) and shows its status; later changes
     * arrive on the sync thread and are handed to this model's thread.
     */
    public void startSync() {
        executor.submit(() -> {
            syncStatus.start(status -> executor.deliver(() -> {
                syncEventShown = true;
                showSync(status);
            }));
            return syncStatus.read();
        }, status -> {
            if (!syncEventShown) {
                showSync(status); // unless a newer event from the sync thread got here first
            }
        }, this::syncUnavailable);
    }

    public void refreshSyncStatus() {
        executor.submit(syncStatus::read, this::showSync, this::syncUnavailable);
    }

    private void syncUnavailable(Throwable failure) {
        LOG.log(Level.WARNING, "Sync status could not be read: {0}", failure.getClass().getName());
        syncLabel.set("Sync status unavailable");
    }

    /** Syncs now (the indicator's menu); a store without a server just shows its status again. */
    public void syncNow() {
        if (syncing.get()) {
            return;
        }
        syncing.set(true);
        canSyncNow.set(false);
        executor.submit(syncStatus::syncNow, status -> {
            syncing.set(false);
            showSync(status);
        }, e -> {
            syncing.set(false);
            showSync(syncState.get());
            syncUnavailable(e);
        });
    }

    /** Shows a status that came from elsewhere in the session (a settled conflict's, with its new count). */
    public void showSyncStatus(SyncStatus status) {
        if (status != null) {
            showSync(status);
        }
    }

    private void showSync(SyncStatus status) {
        SyncStatus before = syncState.get();
        syncState.set(status);
        if (status.lastPulled() != null && !status.lastPulled().equals(before.lastPulled())) {
            // A sync brought other desks' changes: screens re-read what they show and keep.
            session.changes().changed();
        }
        syncLabel.set(status.label(session.zone()));
        syncConflicts.set(status.openConflicts());
        syncConflictsLabel.set(status.openConflicts() == 1 ? "1 open conflict (the later edit was kept): review…"
                : status.openConflicts() + " open conflicts (the later edits were kept): review…");
        syncDetail.set(detail(status));
        canSyncNow.set(!syncing.get() && status.mode() != SyncStatusSource.Mode.LOCAL_ONLY);
    }

    /** The longer explanation behind the indicator (its tooltip and menu). */
    private String detail(SyncStatus status) {
        StringBuilder text = new StringBuilder(switch (status.mode()) {
            case LOCAL_ONLY -> "This practice is kept on this PC only; it is not connected to a server.";
            case OFFLINE -> "The server cannot be reached; changes wait on this PC and are sent when it is back.";
            case SYNCING -> "Sending and receiving changes.";
            case UP_TO_DATE -> "This PC has the server's changes and the server has this PC's.";
            case ERROR -> "Sync has stopped.";
        });
        if (status.message() != null) {
            text.append(' ').append(status.message()).append('.');
        }
        if (status.lastSuccess() != null) {
            text.append(" Last sync ").append(LAST_SYNC.format(status.lastSuccess().atZone(session.zone()))).append('.');
        }
        return text.toString();
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
        patientSummary.close();
        navigation.switchUser();
    }

    public ObjectProperty<Section> sectionProperty() { return section; }
    /** The top bar's patient search: picking a patient opens their summary. */
    public PatientPickerViewModel search() { return search; }
    public ReadOnlyStringProperty syncLabelProperty() { return syncLabel; }
    public ReadOnlyObjectProperty<SyncStatus> syncStateProperty() { return syncState; }
    public ReadOnlyStringProperty syncDetailProperty() { return syncDetail; }
    public ReadOnlyLongProperty syncConflictsProperty() { return syncConflicts; }
    public ReadOnlyStringProperty syncConflictsLabelProperty() { return syncConflictsLabel; }
    public ReadOnlyBooleanProperty syncingProperty() { return syncing; }
    public ReadOnlyBooleanProperty canSyncNowProperty() { return canSyncNow; }
    public ReadOnlyBooleanProperty lockedProperty() { return locked; }
    public StringProperty unlockPasswordProperty() { return unlockPassword; }
    public ReadOnlyStringProperty unlockFailureProperty() { return unlockFailure; }
    public ReadOnlyBooleanProperty unlockingProperty() { return unlocking; }
    public ReadOnlyObjectProperty<Section> currentSection() { return section; }
}
