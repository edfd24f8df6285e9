package com.starlightdesk.sync.cli;

import com.starlightdesk.data.store.DataDirectory;
import com.starlightdesk.data.store.LocalStore;
import com.starlightdesk.data.store.UnlockException;
import com.starlightdesk.data.sync.ConflictInbox;
import com.starlightdesk.data.sync.DeviceSettings;
import com.starlightdesk.data.sync.SyncConflict;
import com.starlightdesk.sync.api.JoinException;
import com.starlightdesk.sync.api.PracticeJoin;
import com.starlightdesk.sync.api.ServerSettings;
import com.starlightdesk.sync.api.SyncFailure;
import com.starlightdesk.sync.api.SyncState;
import com.starlightdesk.sync.engine.SchemaHandshake;
import com.starlightdesk.sync.engine.ServerPull;
import com.starlightdesk.sync.engine.SyncEngine;
import com.starlightdesk.sync.remote.RemoteSettings;
import com.starlightdesk.sync.remote.RemoteStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sync}: connects a practice store to its remote database and syncs it. Passwords come from
 * {@code STARLIGHT_PASSWORD} or standard input, never from an argument. A failure of the server or of its
 * settings ends with a {@link SyncFailure}'s message and exit code (listed in the help); other exit codes:
 * 0 done, 1 failed, 2 usage.
 */
@Command(name = "sync", mixinStandardHelpOptions = true, description = "Sync a practice store with its remote database.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed (the message says why)", "2:usage error",
            "68:server unreachable (changes stay on this PC)", "69:server busy, asked to slow down: try again in a minute",
            "75:practice database resuming after a pause: try again in a minute",
            "76:schema mismatch: update the server or this application",
            "77:credentials refused by the server", "78:server settings unusable: not connected, no credentials, unknown cluster or database"},
        subcommands = {SyncCommand.Join.class, SyncCommand.Connect.class, SyncCommand.Bootstrap.class, SyncCommand.Once.class,
                SyncCommand.Run.class, SyncCommand.Conflicts.class, SyncCommand.Resolve.class})
public final class SyncCommand {
    static final String PASSWORD_ENV = "STARLIGHT_PASSWORD";

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The {@code sync} command line on its own: a wrong choice of store, a missing password or a refused
     * sign-in is a one-line message and exit code 1, as in the admin command line.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SyncCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException || e instanceof UnlockException) {
                commandLine.getErr().println("Error: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cli;
    }

    /**
     * Which store, and who signs in: as the admin command line chooses it, the store of {@code --practice}
     * (or the only one) in the data folder ({@code --data-dir}, else {@code STARLIGHT_DATA_DIR}, else the
     * per-user application-data folder), see {@link DataDirectory#chooseStore}. {@code --store} names one
     * store's folder directly instead (for scripts and benchmarks that keep stores elsewhere).
     */
    static final class StoreOptions {
        @Option(names = "--data-dir", paramLabel = "DIR",
                description = "Folder holding the practice stores (default: $STARLIGHT_DATA_DIR or the per-user application-data folder).")
        Path dataDir;

        @Option(names = "--practice", paramLabel = "ID", description = "Practice id, when the folder holds more than one store.")
        UUID practice;

        @Option(names = "--store", paramLabel = "DIR", description = "Folder of one store, instead of --data-dir and --practice.")
        Path store;

        @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "Email of the user who signs in.")
        String email;

        /** The folder of the chosen store; fails with a clear message when none or several exist. */
        Path storeFolder() throws IOException {
            if (store != null) {
                if (dataDir != null || practice != null) {
                    throw new IllegalArgumentException("give either --store or --data-dir and --practice, not both");
                }
                return store;
            }
            return DataDirectory.resolve(dataDir, System.getenv()).chooseStore(practice);
        }

        LocalStore open() throws IOException, UnlockException {
            return LocalStore.unlock(storeFolder(), email, password(), Clock.systemUTC());
        }
    }

    static char[] password() {
        String fromEnv = System.getenv(PASSWORD_ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        if (System.console() != null) {
            char[] typed = System.console().readPassword("Password: ");
            if (typed != null && typed.length > 0) {
                return typed;
            }
        } else {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line != null && !line.isEmpty()) {
                    return line.toCharArray();
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the password from standard input");
            }
        }
        throw new IllegalArgumentException("no password given: set " + PASSWORD_ENV + " or pass it on standard input");
    }

    static SyncEngine engine(LocalStore store, RemoteStore remote) {
        return new SyncEngine(remote, store.dataSource(), store.data().practiceId(), Clock.systemUTC());
    }

    static RemoteStore remote(LocalStore store) {
        return SavedRemoteSettings.load(new DeviceSettings(store.dataSource()), System.getenv()).open();
    }

    static String describe(SyncState s) {
        return s.kind() + ", pending " + s.pendingChanges() + ", open conflicts " + s.openConflicts()
                + (s.lastSuccess() == null ? "" : ", last success " + s.lastSuccess())
                + (s.message() == null ? "" : " (" + s.message() + ")");
    }

    abstract static class StoreCommand implements Callable<Integer> {
        @Mixin
        StoreOptions options = new StoreOptions();

        @Spec
        CommandLine.Model.CommandSpec spec;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        @Override
        public Integer call() throws Exception {
            try (LocalStore store = options.open()) {
                try {
                    return run(store);
                } catch (RuntimeException e) {
                    SyncFailure failure = SyncFailure.of(e, settingsInUse(store), pending(store)).orElseThrow(() -> e);
                    spec.commandLine().getErr().println(failure.message());
                    return failure.exitCode();
                }
            } catch (UnlockException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
        }

        abstract int run(LocalStore store) throws Exception;

        /** The server settings the command was using, for its failure's message: the saved ones (null when none). */
        RemoteSettings settingsInUse(LocalStore store) {
            return savedSettings(store);
        }

        private static RemoteSettings savedSettings(LocalStore store) {
            try {
                return SavedRemoteSettings.load(new DeviceSettings(store.dataSource()), System.getenv());
            } catch (RuntimeException e) {
                return null;
            }
        }

        /** Changes waiting to be sent, or -1 when the store cannot say (e.g. closed by a compaction). */
        private static long pending(LocalStore store) {
            try {
                return store.data().outbox().pending();
            } catch (RuntimeException e) {
                return -1;
            }
        }
    }

    @Command(name = "join", description = "Bring a practice that runs on the server onto this PC: reads its id, name and time zone"
            + " from the server, creates its encrypted store in <data folder>/practices/<practice id>, saves the server settings and"
            + " downloads the practice, with progress (an interrupted join resumes when run again). Your password for this PC's store:"
            + " $STARLIGHT_PASSWORD or standard input. --practice, --practice-name and --time-zone, when given, are checks: the"
            + " join stops before writing anything if the server's practice differs.")
    static final class Join implements Callable<Integer> {
        @Option(names = "--data-dir", paramLabel = "DIR",
                description = "Folder holding the practice stores (default: $STARLIGHT_DATA_DIR or the per-user application-data folder).")
        Path dataDir;
        @Option(names = "--email", required = true, description = "Your email: an admin of the practice, or a new admin named --display-name.")
        String email;
        @Option(names = "--display-name", description = "Your name, when the server does not know your email yet.") String displayName;
        @Option(names = "--resource-arn", required = true) String resourceArn;
        @Option(names = "--secret-arn", required = true) String secretArn;
        @Option(names = "--database", required = true) String database;
        @Option(names = "--region", defaultValue = "us-east-1") String region;
        @Option(names = "--endpoint", description = "Endpoint override, e.g. the local gateway http://127.0.0.1:8089.") URI endpoint;
        @Option(names = "--profile", description = "AWS profile for the Data API (default: the default credential chain).") String profile;
        @Option(names = "--local-gateway-keys", description = "Any fixed keys, for the local gateway.") boolean localGateway;
        @Option(names = {"--practice", "--practice-id"}, paramLabel = "ID", description = "Check: the practice id the server must hold.")
        UUID practiceId;
        @Option(names = "--practice-name", paramLabel = "NAME", description = "Check: the practice name the server must hold.")
        String practiceName;
        @Option(names = "--time-zone", paramLabel = "ZONE", description = "Check: the practice time zone the server must hold.")
        String timeZone;
        @Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (profile != null && localGateway) {
                throw new IllegalArgumentException("give either --profile or --local-gateway-keys, not both");
            }
            ServerSettings settings = new ServerSettings(region, resourceArn, secretArn, database, endpoint,
                    localGateway ? ServerSettings.Credentials.localGateway()
                            : profile != null ? ServerSettings.Credentials.profile(profile) : ServerSettings.Credentials.defaultChain());
            PracticeJoin join = new PracticeJoin(DataDirectory.resolve(dataDir, System.getenv()), Clock.systemUTC());
            PrintWriter out = spec.commandLine().getOut();
            try {
                PracticeJoin.RemotePractice found = join.lookUp(settings);
                String mismatch = mismatch(found);
                if (mismatch != null) {
                    spec.commandLine().getErr().println(mismatch + "; nothing was created on this PC.");
                    return 1;
                }
                out.println("Joining " + found.name() + " (" + found.id() + ", time zone " + found.timeZone() + ")");
                out.flush();
                long[] lastShown = {-1};
                PracticeJoin.JoinedPractice joined = join.join(settings, email, displayName, password(), (done, total) -> {
                    long percent = total == 0 ? 100 : done * 100 / total;
                    if (percent != lastShown[0]) {
                        lastShown[0] = percent;
                        out.printf("join: %d of %d rows (%d%%)%n", done, total, percent);
                        out.flush();
                    }
                });
                out.println("Joined " + joined.practice().name() + ": " + joined.rows() + " rows downloaded into " + joined.store()
                        + ". Sign in as " + email.strip().toLowerCase(Locale.ROOT) + "; sync once or sync run keeps it in step.");
                return 0;
            } catch (JoinException e) {
                spec.commandLine().getErr().println(e.getMessage() + ".");
                return exitCode(e.problem());
            }
        }

        /** What the server holds that the checks given on the command line say otherwise, or null. */
        private String mismatch(PracticeJoin.RemotePractice found) {
            if (practiceId != null && !practiceId.equals(found.id())) {
                return "The server's practice is " + found.id() + ", not " + practiceId + " as --practice says";
            }
            if (practiceName != null && !practiceName.strip().equals(found.name())) {
                return "The server's practice is named '" + found.name() + "', not '" + practiceName.strip() + "' as --practice-name says";
            }
            if (timeZone != null && !timeZone.strip().equals(found.timeZone())) {
                return "The server's practice keeps time zone " + found.timeZone() + ", not " + timeZone.strip() + " as --time-zone says";
            }
            return null;
        }

        /** The exit code of a failed join, as the other sync commands give for the same trouble. */
        static int exitCode(JoinException.Problem problem) {
            return switch (problem) {
                case UNREACHABLE -> 68;
                case SCHEMA_MISMATCH -> 76;
                case SECRET_REFUSED -> 77;
                case BAD_SETTINGS, NOT_FOUND, NO_PRACTICE -> 78;
                case USER_NOT_ALLOWED, ALREADY_ON_THIS_PC, WEAK_PASSWORD, FAILED -> 1;
            };
        }
    }

    @Command(name = "connect", description = "Check where this store's practice lives remotely (Data API or JDBC) and save it;"
            + " settings the server does not answer to, or refuses, are not saved and the earlier ones stay.")
    static final class Connect extends StoreCommand {
        @Option(names = "--resource-arn") String resourceArn;
        @Option(names = "--secret-arn") String secretArn;
        @Option(names = "--database") String database;
        @Option(names = "--region", defaultValue = "us-east-1") String region;
        @Option(names = "--endpoint", description = "Endpoint override, e.g. the local gateway http://127.0.0.1:8089.") URI endpoint;
        @Option(names = "--profile", description = "AWS profile for the Data API (default: the default credential chain).") String profile;
        @Option(names = "--local-gateway-keys", description = "Any fixed keys, for the local gateway.") boolean localGateway;
        @Option(names = "--jdbc-url", description = "JDBC instead of the Data API (password from STARLIGHT_REMOTE_PASSWORD).") String jdbcUrl;
        @Option(names = "--jdbc-user") String jdbcUser;
        private RemoteSettings checking;

        @Override
        RemoteSettings settingsInUse(LocalStore store) {
            return checking != null ? checking : super.settingsInUse(store);
        }

        @Override
        int run(LocalStore store) {
            RemoteSettings remote;
            String credentials = "default";
            if (jdbcUrl != null) {
                remote = RemoteSettings.jdbc(jdbcUrl, jdbcUser, System.getenv().getOrDefault(SavedRemoteSettings.JDBC_PASSWORD_ENV, ""));
            } else {
                remote = RemoteSettings.dataApi(region, resourceArn, secretArn, database);
                if (endpoint != null) {
                    remote = remote.withEndpoint(endpoint);
                }
                if (localGateway) {
                    credentials = "local-gateway";
                } else if (profile != null) {
                    credentials = "profile:" + profile;
                }
            }
            RemoteSettings checked = SavedRemoteSettings.withCredentials(remote, credentials);
            checking = checked;
            String version;
            try (RemoteStore opened = checked.open()) {
                version = SchemaHandshake.check(opened);
            }
            DeviceSettings settings = new DeviceSettings(store.dataSource());
            SavedRemoteSettings.save(settings, remote, credentials);
            out().println("Connected: " + checked + ", schema version " + version + ", device " + settings.deviceId());
            return 0;
        }
    }

    @Command(name = "bootstrap", description = "First pull of the whole practice, with progress; resumes if interrupted.")
    static final class Bootstrap extends StoreCommand {
        @Override
        int run(LocalStore store) {
            boolean first = new DeviceSettings(store.dataSource()).get(ServerPull.CURSOR).isEmpty();
            try (RemoteStore remote = remote(store)) {
                SyncEngine engine = engine(store, remote);
                long[] lastShown = {-1};
                // Pages commit with their progress, so a crash that loses the last second of a bulk load
                // only makes the bootstrap resume a little earlier.
                SyncState s = store.bulkLoad(() -> engine.syncOnce((done, total) -> {
                    long percent = total == 0 ? 100 : done * 100 / total;
                    if (percent != lastShown[0]) {
                        lastShown[0] = percent;
                        out().printf("bootstrap: %d of %d rows (%d%%)%n", done, total, percent);
                        out().flush();
                    }
                }));
                out().println(describe(s));
            }
            if (first) {
                out().println("Compacting the store after its first download...");
                out().flush();
                store.compactAndClose();
            }
            return 0;
        }
    }

    @Command(name = "once", description = "One sync cycle: push the outbox, then pull.")
    static final class Once extends StoreCommand {
        @Override
        int run(LocalStore store) {
            try (RemoteStore remote = remote(store)) {
                out().println(describe(engine(store, remote).syncOnce()));
            }
            return 0;
        }
    }

    @Command(name = "run", description = "Sync continuously until interrupted (Ctrl-C), printing status changes.")
    static final class Run extends StoreCommand {
        @Option(names = "--poll", defaultValue = "PT5S", description = "Poll interval, ISO-8601 (default PT5S).") Duration poll;

        @Override
        int run(LocalStore store) throws InterruptedException {
            try (RemoteStore remote = remote(store); SyncEngine engine = engine(store, remote)) {
                SyncState[] last = {null};
                engine.addListener(s -> {
                    if (last[0] == null || s.kind() != last[0].kind() || s.pendingChanges() != last[0].pendingChanges()
                            || s.openConflicts() != last[0].openConflicts()) {
                        out().println(describe(s));
                        out().flush();
                    }
                    last[0] = s;
                });
                CountDownLatch stop = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
                engine.start(poll);
                stop.await();
            }
            return 0;
        }
    }

    @Command(name = "conflicts", description = "List open conflicts (values only with --show-values).")
    static final class Conflicts extends StoreCommand {
        @Option(names = "--show-values", description = "Also print both values (they may be a patient's data).") boolean showValues;

        @Override
        int run(LocalStore store) {
            ConflictInbox inbox = new SyncEngineInbox(store).inbox();
            for (SyncConflict c : inbox.open()) {
                out().println(c.id() + "  " + c.kind().code() + "  " + c.tableName() + "." + c.fieldName() + "  row " + c.rowId()
                        + "  edited " + c.editedAt() + "  found " + c.detectedAt() + " by device " + c.deviceId()
                        + (showValues ? "  kept " + c.keptValue() + "  other " + c.otherValue() : ""));
            }
            return 0;
        }
    }

    @Command(name = "resolve", description = "Resolve a conflict: --keep the current value or take the --other one.")
    static final class Resolve extends StoreCommand {
        @Parameters(index = "0", paramLabel = "CONFLICT_ID") UUID id;
        @Option(names = "--keep") boolean keep;
        @Option(names = "--other") boolean other;

        @Override
        int run(LocalStore store) {
            if (keep == other) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give exactly one of --keep and --other");
            }
            new SyncEngineInbox(store).inbox().resolve(id, keep ? ConflictInbox.Choice.KEPT : ConflictInbox.Choice.OTHER);
            out().println("Resolved " + id + (other ? "; the other value is a local change the next sync pushes" : ""));
            return 0;
        }
    }

    /** The inbox of a store without a remote. */
    private record SyncEngineInbox(LocalStore store) {
        ConflictInbox inbox() {
            return new ConflictInbox(store.dataSource(), store.data().practiceId(),
                    Clock.systemUTC());
        }
    }
}
