package com.starlightdesk.app.preferences;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * This PC's desktop settings: the idle time before the app locks itself, the names of the practice
 * stores on it (so the sign-in screen can name a store before it is unlocked) and what it remembers of
 * each practice's setup ({@link PracticeSetup}). No PHI. Immutable; validated when built.
 */
public record DesktopPreferences(int idleLockMinutes, Map<UUID, String> practiceNames, Map<UUID, PracticeSetup> setup) {
    /** HIPAA automatic logoff: the default idle time. */
    public static final int DEFAULT_IDLE_LOCK_MINUTES = 10;
    /** The longest idle time an admin may choose. */
    public static final int MAX_IDLE_LOCK_MINUTES = 30;

    public DesktopPreferences {
        if (idleLockMinutes < 1 || idleLockMinutes > MAX_IDLE_LOCK_MINUTES) {
            throw new IllegalArgumentException("idleLockMinutes must be between 1 and " + MAX_IDLE_LOCK_MINUTES);
        }
        practiceNames = Map.copyOf(practiceNames == null ? Map.of() : practiceNames);
        setup = Map.copyOf(setup == null ? Map.of() : setup);
    }

    public static DesktopPreferences defaults() {
        return new DesktopPreferences(DEFAULT_IDLE_LOCK_MINUTES, Map.of(), Map.of());
    }

    public DesktopPreferences withIdleLockMinutes(int minutes) {
        return new DesktopPreferences(minutes, practiceNames, setup);
    }

    public DesktopPreferences withPracticeName(UUID practiceId, String name) {
        Map<UUID, String> names = new LinkedHashMap<>(practiceNames);
        names.put(practiceId, name);
        return new DesktopPreferences(idleLockMinutes, names, setup);
    }

    /** What this PC remembers of the setup of the practice {@code practiceId}. */
    public PracticeSetup setupOf(UUID practiceId) {
        return setup.getOrDefault(practiceId, PracticeSetup.UNKNOWN);
    }

    /** These preferences with the setup of {@code practiceId} changed by {@code change}. */
    public DesktopPreferences withSetup(UUID practiceId, UnaryOperator<PracticeSetup> change) {
        Map<UUID, PracticeSetup> changed = new LinkedHashMap<>(setup);
        changed.put(practiceId, change.apply(setupOf(practiceId)));
        return new DesktopPreferences(idleLockMinutes, practiceNames, changed);
    }
}
