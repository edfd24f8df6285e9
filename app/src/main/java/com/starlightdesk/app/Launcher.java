package com.starlightdesk.app;

import com.starlightdesk.app.cli.AdminCommand;

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
            System.exit(AdminCommand.run(new String[] {"--help"}));
        }
        System.exit(AdminCommand.run(args));
    }
}
