package com.starlightdesk.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * This build's release of Starlight Desk, as the build's pom names it (e.g. {@code 0.1.0}; a build between
 * releases carries {@code -SNAPSHOT}). Shown by {@code starlight --version}, the window's About dialog and
 * the sync handshake's messages; the installers carry it without {@code -SNAPSHOT}.
 */
public final class Release {

    private static final String VERSION = read();

    private Release() {
    }

    /** The release's version, e.g. {@code 0.1.0}. */
    public static String version() {
        return VERSION;
    }

    /** The product and its version, e.g. {@code Starlight Desk 0.1.0}. */
    public static String name() {
        return "Starlight Desk " + VERSION;
    }

    private static String read() {
        try (InputStream in = Release.class.getResourceAsStream("release.properties")) {
            if (in == null) {
                throw new IllegalStateException("release.properties is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
