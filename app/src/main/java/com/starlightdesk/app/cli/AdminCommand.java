package com.starlightdesk.app.cli;

import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.store.UnlockException;
import com.starlightdesk.sync.cli.SyncCommand;
import com.starlightdesk.sync.gateway.GatewayCommand;
import com.starlightdesk.sync.server.RemoteSchemaCommand;
import java.io.IOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The admin command line: {@code ./starlight <command>}. */
@Command(name = "starlight", mixinStandardHelpOptions = true, version = "Starlight Desk 0.1",
        description = "Starlight Desk practice management. With no command it opens the desktop app.",
        subcommands = {PracticeCommand.class, UserCommand.class, StatusCommand.class, TransferCommands.Export.class,
            TransferCommands.Import.class, RemoteSchemaCommand.class, GatewayCommand.class, SyncCommand.class,
            CommandLine.HelpCommand.class})
public final class AdminCommand implements Runnable {

    /** Runs the command line and returns its exit code. */
    public static int run(String[] args) {
        CommandLine cli = new CommandLine(new AdminCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("Error: " + describe(e));
            return e instanceof UnlockException ? 3 : 1;
        });
        return cli.execute(args);
    }

    /** A message for the person at the terminal: specific, and free of PHI and stack traces. */
    static String describe(Exception e) {
        if (e instanceof ValidationException || e instanceof UnlockException || e instanceof IllegalArgumentException
                || e instanceof SecurityException) {
            return e.getMessage();
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return "the file " + f.getFile() + " already exists";
        }
        if (e instanceof java.nio.file.NoSuchFileException f) {
            return "no such file: " + f.getFile();
        }
        if (e instanceof IOException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + " (see the application log)";
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
