package com.starlightdesk.app.cli;

import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.store.UnlockException;
import com.starlightdesk.schema.Release;
import com.starlightdesk.sync.cli.SyncCommand;
import com.starlightdesk.sync.gateway.GatewayCommand;
import com.starlightdesk.sync.server.RemoteSchemaCommand;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The admin command line: {@code ./starlight <command>}. */
@Command(name = "starlight", mixinStandardHelpOptions = true, versionProvider = AdminCommand.ReleaseVersion.class,
        description = "Starlight Desk practice management. With no command it opens the desktop app.",
        subcommands = {PracticeCommand.class, UserCommand.class, ProviderCommand.class, StatusCommand.class, ForecastCommand.class, BillingCommand.class, TransferCommands.Export.class,
            TransferCommands.Import.class, RemoteSchemaCommand.class, GatewayCommand.class, SyncCommand.class,
            CommandLine.HelpCommand.class})
public final class AdminCommand implements Runnable {

    private static final Logger LOG = Logger.getLogger(AdminCommand.class.getName());

    /** {@code starlight --version}: the release this build is. */
    static final class ReleaseVersion implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Release.name()};
        }
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String[] args) {
        CommandLine cli = new CommandLine(new AdminCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("Error: " + describe(e, commandLine.getCommandSpec().qualifiedName(" ")));
            return e instanceof UnlockException ? 3 : 1;
        });
        return cli.execute(args);
    }

    /**
     * A message for the person at the terminal: specific, and free of PHI and stack traces. A failure
     * nobody foresaw says which command failed on what, where in the code, and how to see its trace.
     */
    static String describe(Exception e, String command) {
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
        LOG.log(Level.FINE, command + " failed", withoutMessages(e, 0));
        return command + " failed unexpectedly (" + e.getClass().getSimpleName() + where(e) + "). Its stack trace is logged"
                + " at level FINE by " + AdminCommand.class.getName() + "; README, Configuration, says how to show it.";
    }

    /** Where in Starlight Desk's code the failure arose (its first frame there), or "" when nowhere. */
    private static String where(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("com.starlightdesk.")) {
                String simple = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
                return " in " + simple + "." + frame.getMethodName()
                        + (frame.getLineNumber() > 0 ? " line " + frame.getLineNumber() : "");
            }
        }
        return "";
    }

    /** The failure's classes and stack frames, without the messages, which may quote data. */
    private static Throwable withoutMessages(Throwable e, int depth) {
        return new Frames(e, e.getCause() == null || depth > 8 ? null : withoutMessages(e.getCause(), depth + 1));
    }

    /** A failure's class name and stack frames only. */
    private static final class Frames extends Throwable {
        private static final long serialVersionUID = 1L;
        private final String className;

        Frames(Throwable of, Throwable cause) {
            super(null, cause, false, true);
            this.className = of.getClass().getName();
            setStackTrace(of.getStackTrace());
        }

        @Override
        public String toString() {
            return className;
        }
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
