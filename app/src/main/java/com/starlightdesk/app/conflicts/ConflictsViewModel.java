package com.starlightdesk.app.conflicts;

import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.syncstatus.SyncStatusSource;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.MedicalRecord;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.data.repo.Table;
import com.starlightdesk.data.repo.Tables;
import com.starlightdesk.sync.api.OpenConflict;
import com.starlightdesk.sync.api.PracticeSync;
import com.starlightdesk.sync.api.SyncState;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Conflicts screen: the sync conflict inbox of the signed-in practice, in the clinic's words, and
 * its two answers, "Keep current" and "Use the other value". Reading and settling run through the
 * task executor (they read and write the store, and settling syncs at once); each settled conflict
 * publishes the new sync status, with the smaller count, for the shell's indicator. Who may settle what
 * is {@link com.starlightdesk.app.session.Permissions#canSettleConflictIn}. Never logs values or names.
 * Confined to the FX thread; needs no toolkit.
 */
public final class ConflictsViewModel {
    private static final Logger LOG = Logger.getLogger(ConflictsViewModel.class.getName());

    private final Session session;
    private final SyncStatusSource sync;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ConflictWording wording;

    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableList<ConflictEntry> entries = FXCollections.observableArrayList();
    /**
     * The one read-only view of {@link #entries}, held for the model's life: the wrapper listens to the
     * list weakly, so a wrapper made per call would drop its listeners once it was collected.
     */
    private final ObservableList<ConflictEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty noConflicts = new SimpleBooleanProperty(false);
    private final StringProperty failure = new SimpleStringProperty("");
    private final ObjectProperty<SyncState> settledStatus = new SimpleObjectProperty<>();

    public ConflictsViewModel(Session session, SyncStatusSource sync, TaskExecutor executor, Clock clock) {
        this.session = session;
        this.sync = sync;
        this.executor = executor;
        this.clock = clock;
        this.wording = new ConflictWording(session.permissions(), session.zone());
    }

    /** Shows the screen and reads the inbox. */
    public void open() {
        open.set(true);
        refresh();
    }

    public void close() {
        open.set(false);
        failure.set("");
    }

    /** Reads the open conflicts again. */
    public void refresh() {
        busy.set(true);
        executor.submit(this::read, read -> {
            busy.set(false);
            failure.set("");
            show(read);
        }, e -> {
            busy.set(false);
            LOG.log(Level.WARNING, "The conflict inbox could not be read: {0}", e.getClass().getName());
            failure.set("The conflicts could not be read. " + SafeMessages.of(e));
        });
    }

    /**
     * The indicator's count of open conflicts changed (a background sync found one, or another window
     * settled one): while the screen is open and shows a different number, read the inbox again.
     */
    public void countChanged(long openConflicts) {
        if (open.get() && !busy.get() && openConflicts != entries.size()) {
            refresh();
        }
    }

    /** Settles {@code entry} by keeping the value the record holds now. */
    public void keepCurrent(ConflictEntry entry) {
        settle(entry, PracticeSync.Resolution.KEEP_CURRENT);
    }

    /** Settles {@code entry} by taking the other value (a normal change, sent at once). */
    public void useOther(ConflictEntry entry) {
        if (!entry.canTakeOther()) {
            failure.set(entry.note());
            return;
        }
        settle(entry, PracticeSync.Resolution.TAKE_OTHER);
    }

    private void settle(ConflictEntry entry, PracticeSync.Resolution resolution) {
        if (!entry.mayResolve()) {
            failure.set(entry.note());
            return;
        }
        if (busy.get()) {
            return;
        }
        busy.set(true);
        UUID id = entry.id();
        executor.submit(() -> {
            SyncState status = sync.resolve(id, resolution);
            return new Settled(status, read());
        }, settled -> {
            busy.set(false);
            failure.set("");
            settledStatus.set(settled.status());
            show(settled.entries());
        }, e -> {
            busy.set(false);
            LOG.log(Level.WARNING, "A conflict could not be settled: {0}", e.getClass().getName());
            failure.set(reason(e));
            refresh();
        });
    }

    private record Settled(SyncState status, List<ConflictEntry> entries) {
    }

    /** Runs off the FX thread: the inbox, the patients' names where this user may see them, the words. */
    private List<ConflictEntry> read() {
        LocalDate today = LocalDate.now(clock.withZone(session.zone()));
        List<ConflictEntry> read = new ArrayList<>();
        for (OpenConflict conflict : sync.openConflicts()) {
            Optional<String> name = wording.maySee(conflict) ? patientName(conflict) : Optional.empty();
            read.add(wording.entry(conflict, name, today));
        }
        return read;
    }

    /** The name of the patient a patient's own row, visit or visit note belongs to; other rows name none. */
    private Optional<String> patientName(OpenConflict conflict) {
        PracticeData data = session.data();
        Table<?> table = conflict.table();
        Optional<UUID> patientId = table == Tables.PATIENTS ? Optional.of(conflict.rowId())
                : table == Tables.APPOINTMENTS ? data.appointments().findById(conflict.rowId()).map(Appointment::patientId)
                : table == Tables.MEDICAL_RECORDS ? data.chart().record(conflict.rowId()).map(MedicalRecord::patientId)
                : Optional.empty();
        return patientId.flatMap(id -> data.patients().findById(id)).map(p -> p.firstName() + " " + p.lastName());
    }

    private void show(List<ConflictEntry> read) {
        entries.setAll(read);
        noConflicts.set(read.isEmpty());
        summary.set(read.isEmpty() ? ""
                : (read.size() == 1 ? "1 open conflict" : read.size() + " open conflicts")
                + ". Sync kept the later edit; choose which value the record should hold.");
    }

    private static String reason(Throwable e) {
        if (e instanceof NoSuchElementException) {
            return "This conflict was settled already, or its record has not arrived on this PC yet: sync, then try again.";
        }
        if (e instanceof IllegalStateException) {
            return e.getMessage(); // the inbox's and the sync source's reasons name no values
        }
        return SafeMessages.of(e);
    }

    public ReadOnlyBooleanProperty openProperty() { return open; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ObservableList<ConflictEntry> entries() { return readOnlyEntries; }
    /** How many conflicts are open and what to do ("" when none is). */
    public ReadOnlyStringProperty summaryProperty() { return summary; }
    /** True once the inbox has been read and holds no open conflict. */
    public ReadOnlyBooleanProperty noConflictsProperty() { return noConflicts; }
    public ReadOnlyStringProperty failureProperty() { return failure; }
    /** The sync status after the latest settled conflict (its count of open conflicts), for the indicator. */
    public ReadOnlyObjectProperty<SyncState> settledStatusProperty() { return settledStatus; }
}
