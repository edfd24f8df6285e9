package com.starlightdesk.data.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where a user's practice stores live: {@code <root>/practices/<practice id>/}. The root is, in order,
 * an explicit path ({@code --data-dir}), the {@code STARLIGHT_DATA_DIR} environment variable, or the
 * operating system's per-user application-data folder. Immutable.
 */
public record DataDirectory(Path root) {
    /** Environment variable that overrides the default data folder. */
    public static final String ENV = "STARLIGHT_DATA_DIR";

    public DataDirectory {
        root = root.toAbsolutePath().normalize();
    }

    /** The data folder for an optional explicit override, the environment and the platform default. */
    public static DataDirectory resolve(Path override, Map<String, String> env) {
        if (override != null) {
            return new DataDirectory(override);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataDirectory(Path.of(fromEnv));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return new DataDirectory(appData != null ? Path.of(appData, "Starlight Desk") : home.resolve("AppData/Roaming/Starlight Desk"));
        }
        if (os.contains("mac")) {
            return new DataDirectory(home.resolve("Library/Application Support/Starlight Desk"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        return new DataDirectory((xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("starlight-desk"));
    }

    /** The folder of one practice's store. */
    public Path practice(UUID practiceId) {
        return root.resolve("practices").resolve(practiceId.toString());
    }

    /**
     * The folder of the store a command works on: that of {@code practiceId} when given, else the only
     * store in this folder. Fails with a message naming the folder (and the practice ids to choose from)
     * when there is none or there are several. Used by every command line that opens a store.
     */
    public Path chooseStore(UUID practiceId) throws IOException {
        if (practiceId != null) {
            return practice(practiceId);
        }
        List<UUID> ids = practices();
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no practice store in " + root + " (create one with: starlight practice create,"
                    + " or join one with: starlight sync join)");
        }
        if (ids.size() > 1) {
            throw new IllegalArgumentException("several practice stores in " + root + "; choose one with --practice " + ids);
        }
        return practice(ids.get(0));
    }

    /** Practice ids of the stores present in this folder. */
    public List<UUID> practices() throws IOException {
        Path dir = root.resolve("practices");
        List<UUID> ids = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return ids;
        }
        try (Stream<Path> children = Files.list(dir)) {
            for (Path child : (Iterable<Path>) children::iterator) {
                if (Files.exists(child.resolve(LocalStore.KEY_SLOTS_FILE))) {
                    try {
                        ids.add(UUID.fromString(child.getFileName().toString()));
                    } catch (IllegalArgumentException e) {
                        // not a store folder
                    }
                }
            }
        }
        ids.sort(null);
        return ids;
    }
}
