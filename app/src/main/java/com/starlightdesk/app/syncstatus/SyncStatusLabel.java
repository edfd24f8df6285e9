package com.starlightdesk.app.syncstatus;

import com.starlightdesk.sync.api.SyncState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** A sync status in the indicator's words, e.g. "Up to date · synced 10:42 AM · 1 conflict". Stateless. */
public final class SyncStatusLabel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.US);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MMM d, h:mm a", Locale.US);

    private SyncStatusLabel() {
    }

    /** What sync is doing, as the indicator names it. */
    public static String name(SyncState.Kind kind) {
        return switch (kind) {
            case LOCAL_ONLY -> "Local only";
            case OFFLINE -> "Offline";
            case SYNCING -> "Syncing";
            case UP_TO_DATE -> "Up to date";
            case ERROR -> "Sync stopped";
        };
    }

    /** "Local only · 3 changes waiting", "Up to date · synced 10:42 AM · 1 conflict", with times in {@code zone}. */
    public static String of(SyncState state, ZoneId zone) {
        SyncState.Kind kind = state.kind();
        long pending = state.pendingChanges();
        StringBuilder label = new StringBuilder(name(kind));
        if (kind == SyncState.Kind.LOCAL_ONLY || kind == SyncState.Kind.OFFLINE || pending > 0) {
            label.append(" · ").append(pending == 0 ? "no changes waiting"
                    : pending + (pending == 1 ? " change waiting" : " changes waiting"));
        }
        if (kind != SyncState.Kind.LOCAL_ONLY && state.lastSuccess() != null) {
            label.append(" · synced ").append(lastSync(zone, state.lastSuccess()));
        }
        long conflicts = state.openConflicts();
        if (conflicts > 0) {
            label.append(" · ").append(conflicts).append(conflicts == 1 ? " conflict" : " conflicts");
        }
        return label.toString();
    }

    /** The last sync in the practice's time zone: the time today, else the date and time. */
    static String lastSync(ZoneId zone, Instant at) {
        ZonedDateTime local = at.atZone(zone);
        return local.toLocalDate().equals(LocalDate.now(zone)) ? TIME.format(local) : DATE_TIME.format(local);
    }
}
