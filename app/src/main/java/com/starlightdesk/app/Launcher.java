package com.starlightdesk.app;

import com.starlightdesk.app.cli.AdminCommand;
import com.starlightdesk.app.desktop.DesktopMain;

/**
 * The product's entry point ({@code ./starlight}): with no arguments it opens the desktop app, with a
 * subcommand it runs the admin command line. Not a JavaFX {@code Application}, so the classpath
 * launch works without JavaFX modules on the module path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            DesktopMain.main(args);
            return;
        }
        System.exit(AdminCommand.run(args));
    }
}
