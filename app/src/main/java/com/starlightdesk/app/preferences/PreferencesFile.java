package com.starlightdesk.app.preferences;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.UnaryOperator;

/**
 * Keeps {@link DesktopPreferences} in {@code desktop-preferences.json} in the data folder. A missing
 * or unreadable file gives the defaults. Thread-safe.
 */
public final class PreferencesFile {
    /** The file's name inside the data folder. */
    public static final String NAME = "desktop-preferences.json";

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path file;

    public PreferencesFile(Path dataRoot) {
        this.file = dataRoot.resolve(NAME);
    }

    public synchronized DesktopPreferences read() {
        if (!Files.isRegularFile(file)) {
            return DesktopPreferences.defaults();
        }
        try {
            return JSON.readValue(file.toFile(), DesktopPreferences.class);
        } catch (IOException | IllegalArgumentException e) {
            return DesktopPreferences.defaults();
        }
    }

    /** Reads, changes and writes the preferences as one step (no other change comes in between). */
    public synchronized DesktopPreferences update(UnaryOperator<DesktopPreferences> change) {
        DesktopPreferences changed = change.apply(read());
        write(changed);
        return changed;
    }

    public synchronized void write(DesktopPreferences preferences) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(NAME + ".new");
            JSON.writeValue(tmp.toFile(), preferences);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
