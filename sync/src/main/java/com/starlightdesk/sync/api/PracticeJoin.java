package com.starlightdesk.sync.api;

import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.domain.WorkingHours;
import com.starlightdesk.data.store.DataDirectory;
import com.starlightdesk.data.store.LocalStore;
import com.starlightdesk.data.store.PasswordPolicy;
import com.starlightdesk.data.store.UnlockException;
import com.starlightdesk.data.sync.DeviceSettings;
import com.starlightdesk.sync.cli.SavedRemoteSettings;
import com.starlightdesk.sync.engine.SchemaHandshake;
import com.starlightdesk.sync.engine.SchemaMismatchException;
import com.starlightdesk.sync.engine.SyncEngine;
import com.starlightdesk.sync.remote.RemoteException;
import com.starlightdesk.sync.remote.RemoteResult;
import com.starlightdesk.sync.remote.RemoteRow;
import com.starlightdesk.sync.remote.RemoteSettings;
import com.starlightdesk.sync.remote.RemoteStore;
import com.starlightdesk.sync.remote.SqlParam;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Brings a practice that already runs on the server onto this PC: connects with the given settings,
 * reads the practice (its id, name and time zone, from the row the secret's role may see), creates the
 * encrypted local store with the first user's key slot, saves the settings and downloads the practice
 * with progress. The store is built in {@code <data folder>/joining/<practice id>} and moved into
 * {@code practices/} only once complete, so a failed join leaves no store for sign-in to find; a join
 * interrupted during its download resumes where it stopped when tried again with the same email and
 * password. Blocking; thread-safe (stateless apart from its folder and clock).
 */
public final class PracticeJoin {
    private static final Logger LOG = Logger.getLogger(PracticeJoin.class.getName());
    private static final String JOINING_FOLDER = "joining";

    /** The practice as the server knows it. */
    public record RemotePractice(UUID id, String name, String timeZone, String workingHours) {
    }

    /** A practice brought onto this PC: where its store is and how many rows the download brought. */
    public record JoinedPractice(RemotePractice practice, Path store, long rows) {
    }

    /** What a join is doing; called on the joining thread. */
    public interface Progress {
        /** The join moved on to {@code stage}. */
        default void stage(Stage stage) {
        }

        /** The download has written {@code done} of {@code total} rows. */
        void rows(long done, long total);
    }

    /** The stages of a join, in order. */
    public enum Stage { CONNECTING, CREATING_STORE, DOWNLOADING, FINISHING }

    private final DataDirectory directory;
    private final Clock clock;

    public PracticeJoin(DataDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** Connects with {@code settings} and reads the practice they reach; writes nothing. */
    public RemotePractice lookUp(ServerSettings settings) throws JoinException {
        RemoteSettings remote = remoteSettings(settings);
        try (RemoteStore store = remote.open()) {
            return readPractice(store, settings);
        } catch (RuntimeException e) {
            throw translate(e, settings);
        }
    }

    /**
     * Joins the practice that {@code settings} reach as the user with {@code email}: an admin of the
     * practice on the server keeps their identity; an email the server does not know becomes a new admin
     * named {@code displayName} (as the one who sets up the PC). The password opens this PC's store only.
     */
    public JoinedPractice join(ServerSettings settings, String email, String displayName, char[] password, Progress progress)
            throws JoinException {
        try {
            PasswordPolicy.check(password);
        } catch (ValidationException e) {
            throw new JoinException(JoinException.Problem.WEAK_PASSWORD, "password", "Password " + rule(e));
        }
        String wantedEmail = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        RemoteSettings remote = remoteSettings(settings);
        progress.stage(Stage.CONNECTING);
        try (RemoteStore server = remote.open()) {
            RemotePractice practice;
            User user;
            try {
                practice = readPractice(server, settings);
                user = readOrMakeUser(server, practice.id(), wantedEmail, displayName);
            } catch (RuntimeException e) {
                throw translate(e, settings);
            }
            Path target = directory.practice(practice.id());
            if (Files.exists(target.resolve(LocalStore.KEY_SLOTS_FILE))) {
                throw new JoinException(JoinException.Problem.ALREADY_ON_THIS_PC, null,
                        "This PC already holds " + practice.name() + ": sign in to it instead");
            }
            Path staging = directory.root().resolve(JOINING_FOLDER).resolve(practice.id().toString());
            progress.stage(Stage.CREATING_STORE);
            long rows = download(staging, practice, user, password, server, remote, settings, progress);
            moveIntoPlace(staging, target);
            return new JoinedPractice(practice, target, rows);
        } catch (RuntimeException e) {
            throw translate(e, settings);
        }
    }

    private long download(Path staging, RemotePractice practice, User user, char[] password, RemoteStore server,
                          RemoteSettings remote, ServerSettings settings, Progress progress) throws JoinException {
        LocalStore store = openOrCreate(staging, practice, user, password);
        boolean complete = false;
        try {
            SavedRemoteSettings.save(new DeviceSettings(store.dataSource()), remote, settings.credentials().saved());
            progress.stage(Stage.DOWNLOADING);
            AtomicLong rows = new AtomicLong();
            try (SyncEngine engine = new SyncEngine(server, store.dataSource(), practice.id(), clock)) {
                store.bulkLoad(() -> engine.syncOnce((done, total) -> {
                    rows.set(done);
                    progress.rows(done, total);
                }));
            }
            complete = true;
            // A bulk download leaves many dead pages in the file (about ten times its data); rewrite it once.
            progress.stage(Stage.FINISHING);
            store.compactAndClose();
            return rows.get();
        } catch (RuntimeException e) {
            throw translate(e, settings);
        } finally {
            store.close();
            if (!complete && !resumable(staging)) {
                deleteQuietly(staging);
            }
        }
    }

    /** A store whose download began can resume; one that holds less is deleted. */
    private static boolean resumable(Path staging) {
        return Files.exists(staging.resolve(LocalStore.KEY_SLOTS_FILE));
    }

    /** Opens the store a previous, interrupted join left (same email and password), or makes a new one. */
    private LocalStore openOrCreate(Path staging, RemotePractice practice, User user, char[] password) throws JoinException {
        if (Files.exists(staging.resolve(LocalStore.KEY_SLOTS_FILE))) {
            try {
                LocalStore resumed = LocalStore.unlock(staging, user.email(), password, clock);
                LOG.info("Resuming an interrupted join of practice " + practice.id());
                return resumed;
            } catch (UnlockException | RuntimeException e) {
                LOG.log(Level.INFO, "Discarding an interrupted join that these credentials do not open ({0})", e.getClass().getSimpleName());
            }
        }
        deleteQuietly(staging);
        try {
            return LocalStore.create(staging, Practice.of(practice.id(), practice.name(), practice.timeZone())
                    .withHours(WorkingHours.parse("workingHours", practice.workingHours())), user, password, clock);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(staging);
            throw new JoinException(JoinException.Problem.FAILED, null,
                    "The encrypted store could not be created on this PC (" + e.getClass().getSimpleName() + ")");
        }
    }

    static RemotePractice readPractice(RemoteStore server, ServerSettings settings) throws JoinException {
        SchemaHandshake.check(server);
        RemoteResult result = server.execute("SELECT id, name, time_zone, working_hours FROM practices WHERE id = (SELECT current_practice_id())");
        if (result.rows().isEmpty()) {
            throw new JoinException(JoinException.Problem.NO_PRACTICE, "secretArn",
                    "The secret " + settings.secretArn() + " reaches no practice on this server");
        }
        RemoteRow row = result.rows().get(0);
        return new RemotePractice(row.uuid("id"), row.text("name"), row.text("time_zone"), row.text("working_hours"));
    }

    private static User readOrMakeUser(RemoteStore server, UUID practiceId, String email, String displayName) throws JoinException {
        RemoteResult found = server.execute("SELECT id, display_name, role, is_active FROM users"
                        + " WHERE practice_id = :p AND lower(email) = :e AND deleted_at IS NULL",
                SqlParam.uuid("p", practiceId), SqlParam.text("e", email));
        try {
            if (found.rows().isEmpty()) {
                return new User(Ids.next(), email, displayName == null ? "" : displayName.strip(), Role.ADMIN, null, true);
            }
            RemoteRow row = found.rows().get(0);
            Role role = Role.of("role", row.text("role"));
            if (!Boolean.TRUE.equals(row.bool("is_active"))) {
                throw new JoinException(JoinException.Problem.USER_NOT_ALLOWED, "email", "This email's user has been deactivated in the practice");
            }
            if (role != Role.ADMIN) {
                throw new JoinException(JoinException.Problem.USER_NOT_ALLOWED, "email",
                        "This email belongs to a " + role.code() + " of the practice; an admin sets up a new PC, then adds other users");
            }
            return new User(row.uuid("id"), email, row.text("display_name"), Role.ADMIN, null, true);
        } catch (ValidationException e) {
            String field = e.field().equals("displayName") ? "displayName" : "email";
            throw new JoinException(JoinException.Problem.BAD_SETTINGS, field,
                    (field.equals("email") ? "Email " : "Name ") + rule(e));
        }
    }

    static RemoteSettings remoteSettings(ServerSettings settings) throws JoinException {
        try {
            return settings.remote();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            String field = message.startsWith("resourceArn") ? "resourceArn" : message.startsWith("secretArn") ? "secretArn"
                    : message.startsWith("region") ? "region" : message.startsWith("database") ? "database"
                    : message.startsWith("endpoint") ? "endpoint" : null;
            throw new JoinException(JoinException.Problem.BAD_SETTINGS, field, message);
        }
    }

    /** A failure of the server or of the store, as the person at the form can act on it. */
    static JoinException translate(RuntimeException e, ServerSettings settings) {
        if (e instanceof SchemaMismatchException) {
            return new JoinException(JoinException.Problem.SCHEMA_MISMATCH, null, e.getMessage());
        }
        if (e instanceof RemoteException r) {
            String text = r.getMessage() == null ? "" : r.getMessage();
            String where = settings.endpoint() != null ? settings.endpoint().toString() : "the Data API in " + settings.region();
            if (text.toLowerCase(Locale.ROOT).contains("credentials")) {
                return new JoinException(JoinException.Problem.BAD_SETTINGS, "credentials",
                        "No AWS credentials were found on this PC for the chosen source");
            }
            return switch (r.kind()) {
                case ACCESS_DENIED -> new JoinException(JoinException.Problem.SECRET_REFUSED, "secretArn",
                        "The server refused the secret " + settings.secretArn() + ": check the secret ARN and the credentials");
                case UNAVAILABLE -> new JoinException(JoinException.Problem.UNREACHABLE, settings.endpoint() != null ? "endpoint" : "region",
                        "The server could not be reached at " + where + ": check the address and the network");
                case DATABASE_RESUMING, STATEMENT_TIMEOUT -> new JoinException(JoinException.Problem.UNREACHABLE, null,
                        "The practice database is waking up or busy: try again in a minute");
                case BAD_REQUEST -> text.contains("DatabaseNotFoundException")
                        ? new JoinException(JoinException.Problem.NOT_FOUND, "database", "The server has no database " + settings.database())
                        : text.contains("NotFoundException")
                        ? new JoinException(JoinException.Problem.NOT_FOUND, "resourceArn", "The server knows no cluster " + settings.resourceArn())
                        : new JoinException(JoinException.Problem.FAILED, null, "The server did not accept a request (" + r.kind() + ")");
                default -> new JoinException(JoinException.Problem.FAILED, null, "The server could not complete a request ("
                        + r.kind() + r.sqlState().map(s -> ", SQLSTATE " + s).orElse("") + ")");
            };
        }
        if (e instanceof ValidationException v) {
            return new JoinException(JoinException.Problem.FAILED, null, "A downloaded row was not valid (" + v.field() + ")");
        }
        return new JoinException(JoinException.Problem.FAILED, null, "The join did not complete (" + e.getClass().getSimpleName() + ")");
    }

    private static String rule(ValidationException e) {
        String message = e.getMessage();
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(colon + 2);
    }

    private static void moveIntoPlace(Path staging, Path target) throws JoinException {
        try {
            Files.createDirectories(target.getParent());
            if (Files.isDirectory(target)) {
                try (Stream<Path> left = Files.list(target)) {
                    if (left.findAny().isPresent()) {
                        throw new JoinException(JoinException.Problem.ALREADY_ON_THIS_PC, null,
                                "The folder " + target + " is in use: move it away and try again");
                    }
                }
                Files.delete(target);
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, target);
            }
        } catch (IOException e) {
            throw new JoinException(JoinException.Problem.FAILED, null,
                    "The downloaded store could not be put in place (" + e.getClass().getSimpleName() + "); try again to resume");
        }
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Could not delete {0} after a failed join", p.getFileName());
                }
            });
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not clean up a failed join ({0})", e.getClass().getSimpleName());
        }
    }
}
