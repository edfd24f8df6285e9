package com.starlightdesk.app.syncstatus;

import com.starlightdesk.sync.api.OpenConflict;
import com.starlightdesk.sync.api.PracticeSync;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What the shell's sync indicator shows, and the few sync commands the desk offers. {@link LocalOnlySyncStatus}
 * for a store without a server; {@link SessionSyncStatus} for the signed-in store, which syncs when the
 * store is connected. Every method may block (database, network): call them through the task executor.
 * Implementations are thread-safe.
 */
public interface SyncStatusSource {

    /** What sync is doing, as the indicator names it. */
    enum Mode {
        LOCAL_ONLY("Local only"),
        OFFLINE("Offline"),
        SYNCING("Syncing"),
        UP_TO_DATE("Up to date"),
        ERROR("Sync stopped");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A moment's sync status; {@code message} explains offline and error states and holds no patient's data. */
    record SyncStatus(Mode mode, long pendingChanges, Instant lastSuccess, Instant lastPulled, long openConflicts, String message) {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.US);
        private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MMM d, h:mm a", Locale.US);

        /** A store without a server, with {@code pendingChanges} in its outbox. */
        public static SyncStatus localOnly(long pendingChanges) {
            return new SyncStatus(Mode.LOCAL_ONLY, pendingChanges, null, null, 0, null);
        }

        /** "Local only · 3 changes waiting", "Up to date · synced 10:42 AM · 1 conflict", as the indicator reads. */
        public String label(ZoneId zone) {
            StringBuilder label = new StringBuilder(mode.label());
            if (mode == Mode.LOCAL_ONLY || mode == Mode.OFFLINE || pendingChanges > 0) {
                label.append(" · ").append(pendingChanges == 0 ? "no changes waiting"
                        : pendingChanges + (pendingChanges == 1 ? " change waiting" : " changes waiting"));
            }
            if (mode != Mode.LOCAL_ONLY && lastSuccess != null) {
                label.append(" · synced ").append(lastSync(zone, lastSuccess));
            }
            if (openConflicts > 0) {
                label.append(" · ").append(openConflicts).append(openConflicts == 1 ? " conflict" : " conflicts");
            }
            return label.toString();
        }

        /** The last sync in the practice's time zone: the time today, else the date and time. */
        static String lastSync(ZoneId zone, Instant at) {
            var local = at.atZone(zone);
            return local.toLocalDate().equals(java.time.LocalDate.now(zone)) ? TIME.format(local) : DATE_TIME.format(local);
        }
    }

    /** A moment's status. */
    SyncStatus read();

    /**
     * Begins background sync if the store has a server; {@code changes} then gets every status change, on
     * the sync thread. Does nothing for a store that is local only.
     */
    default void start(Consumer<SyncStatus> changes) {
    }

    /** Syncs now (when the store has a server) and returns the status. */
    default SyncStatus syncNow() {
        return read();
    }

    /**
     * The conflict inbox's open entries (a store without a server has none). The values may be a
     * patient's data: show them only to a user who may see that row, never log them.
     */
    default List<OpenConflict> openConflicts() {
        return List.of();
    }

    /**
     * Settles an open conflict, then syncs at once (taking the other value is a change the server needs)
     * and returns the status with the new count of open conflicts.
     */
    default SyncStatus resolve(UUID conflictId, PracticeSync.Resolution resolution) {
        throw new IllegalStateException("This practice is not connected to a server: it has no conflicts");
    }

    /** Stops background sync; the source is not started again. */
    default void stop() {
    }
}
