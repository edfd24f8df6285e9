package com.starlightdesk.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The admin command line: {@code ./starlight <command>}. */
@Command(name = "starlight", mixinStandardHelpOptions = true, version = "Starlight Desk 0.1",
        description = "Starlight Desk practice management: desktop app (no arguments) and admin commands.",
        subcommands = {CommandLine.HelpCommand.class})
public final class AdminCommand implements Runnable {

    /** Runs the command line and returns its exit code. */
    public static int run(String[] args) {
        return new CommandLine(new AdminCommand()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
