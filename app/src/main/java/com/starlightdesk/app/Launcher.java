package com.starlightdesk.app;

import com.starlightdesk.app.cli.AdminCommand;
import com.starlightdesk.app.desktop.DesktopMain;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.LogManager;

/**
 * The product's entry point ({@code ./starlight}): with no arguments it opens the desktop app, with a
 * subcommand it runs the admin command line. Not a JavaFX {@code Application}, so the classpath
 * launch works without JavaFX modules on the module path.
 */
public final class Launcher {

    private Launcher() {
    }

    /** Loads the product's logging settings unless the user named their own file (the benchmarks load them too). */
    public static void configureLogging() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        try (InputStream in = Launcher.class.getResourceAsStream("logging.properties")) {
            if (in != null) {
                LogManager.getLogManager().readConfiguration(in);
            }
        } catch (IOException e) {
            System.err.println("Logging settings could not be read; using the defaults.");
        }
    }

    public static void main(String[] args) {
        configureLogging();
        if (args.length == 0) {
            DesktopMain.main(args);
            return;
        }
        System.exit(AdminCommand.run(args));
    }
}
