package com.starlightdesk.app.preferences;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * This PC's desktop settings: the idle time before the app locks itself and the names of the practice
 * stores on it (so the sign-in screen can name a store before it is unlocked). No PHI. Immutable;
 * validated when built.
 */
public record DesktopPreferences(int idleLockMinutes, Map<UUID, String> practiceNames) {
    /** HIPAA automatic logoff: the default idle time. */
    public static final int DEFAULT_IDLE_LOCK_MINUTES = 10;
    /** The longest idle time an admin may choose. */
    public static final int MAX_IDLE_LOCK_MINUTES = 30;

    public DesktopPreferences {
        if (idleLockMinutes < 1 || idleLockMinutes > MAX_IDLE_LOCK_MINUTES) {
            throw new IllegalArgumentException("idleLockMinutes must be between 1 and " + MAX_IDLE_LOCK_MINUTES);
        }
        practiceNames = Map.copyOf(practiceNames == null ? Map.of() : practiceNames);
    }

    public static DesktopPreferences defaults() {
        return new DesktopPreferences(DEFAULT_IDLE_LOCK_MINUTES, Map.of());
    }

    public DesktopPreferences withIdleLockMinutes(int minutes) {
        return new DesktopPreferences(minutes, practiceNames);
    }

    public DesktopPreferences withPracticeName(UUID practiceId, String name) {
        Map<UUID, String> names = new LinkedHashMap<>(practiceNames);
        names.put(practiceId, name);
        return new DesktopPreferences(idleLockMinutes, names);
    }
}
