package com.starlightdesk.data.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.schema.Migrations;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * A practice's encrypted local store on one PC: an H2 file encrypted with {@code CIPHER=AES} under a
 * random 256-bit data key, and {@code keyslots.json} holding that key wrapped once per user. A user
 * opens the store with their own password; no password is stored. Thread-safe once open.
 */
public final class LocalStore implements AutoCloseable {
    /** Name of the key-slot file beside the database. */
    public static final String KEY_SLOTS_FILE = "keyslots.json";
    /** Base name of the H2 database file ({@code practice.mv.db}). */
    public static final String DATABASE_NAME = "practice";
    /** Wrong passwords in a row before a lockout. */
    public static final int LOCKOUT_AFTER = 5;
    /** How long a lockout lasts. */
    public static final Duration LOCKOUT = Duration.ofMinutes(5);

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Path dir;
    private final JdbcConnectionPool pool;
    private final PracticeData data;
    private final User user;
    private final byte[] dataKey;
    private volatile boolean temporaryPassword;

    private LocalStore(Path dir, JdbcConnectionPool pool, PracticeData data, User user, byte[] dataKey) {
        this.dir = dir;
        this.pool = pool;
        this.data = data;
        this.user = user;
        this.dataKey = dataKey;
    }

    /**
     * Creates a new encrypted store in {@code dir} (which must not hold one) for {@code practice},
     * with {@code admin} as its first user, and returns it open as that admin.
     */
    public static LocalStore create(Path dir, Practice practice, User admin, char[] password, Clock clock) throws IOException {
        if (admin.role() != Role.ADMIN) {
            throw new ValidationException("role", "the first user of a practice must be an admin");
        }
        PasswordPolicy.check(password);
        if (Files.exists(dir.resolve(KEY_SLOTS_FILE)) || Files.exists(dir.resolve(DATABASE_NAME + ".mv.db"))) {
            throw new IOException("A practice store already exists in " + dir);
        }
        Files.createDirectories(dir);
        byte[] dataKey = KeyWrapping.random(32);
        KeySlot slot = KeyWrapping.wrap(dataKey, practice.id(), admin.id(), admin.email(), password);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(dir, false), "starlight", h2Password(dataKey));
        try {
            Migrations.migrateLocalStore(pool);
            PracticeData data = PracticeData.open(pool, practice.id(), admin.id(), clock);
            data.writeAll(changes -> {
                changes.insert(practice);
                changes.insert(admin);
            });
            writeSlots(dir, new KeySlotFile(1, practice.id(), List.of(slot), 0, null));
            return new LocalStore(dir, pool, data, admin, dataKey);
        } catch (RuntimeException | IOException e) {
            pool.dispose();
            deleteStoreFiles(dir);
            throw e;
        }
    }

    /** Opens the store in {@code dir} as the user with {@code email}, checking their password. */
    public static LocalStore unlock(Path dir, String email, char[] password, Clock clock) throws UnlockException {
        Unwrapped unwrapped = checkPassword(dir, email, password, clock);
        LocalStore store = openWithKey(dir, unwrapped.key(), unwrapped.practiceId(), unwrapped.slot().userId(), clock);
        if (!store.user().isActive()) {
            store.close();
            throw new UnlockException(UnlockException.Reason.DEACTIVATED, "This user has been deactivated");
        }
        store.temporaryPassword = unwrapped.slot().mustChangePassword();
        return store;
    }

    /**
     * Checks the signed-in user's password again without reopening the database (the lock screen).
     * Wrong passwords count towards the lockout exactly as at sign-in.
     */
    public void verifyPassword(char[] password, Clock clock) throws UnlockException {
        byte[] key = checkPassword(dir, user.email(), password, clock).key();
        boolean same = java.security.MessageDigest.isEqual(key, dataKey);
        Arrays.fill(key, (byte) 0);
        if (!same) {
            throw new UnlockException(UnlockException.Reason.STORE_UNAVAILABLE, "The key slot no longer matches this open store");
        }
    }

    private record Unwrapped(KeySlot slot, UUID practiceId, byte[] key) {
    }

    /** Unwraps the data key from {@code email}'s slot, keeping the failure counter and lockout. */
    private static Unwrapped checkPassword(Path dir, String email, char[] password, Clock clock) throws UnlockException {
        KeySlotFile file = readSlotsOrFail(dir);
        Instant now = clock.instant();
        if (file.lockedUntil() != null && now.isBefore(file.lockedUntil())) {
            throw new UnlockException(UnlockException.Reason.LOCKED_OUT,
                    "Too many wrong passwords. Try again after " + file.lockedUntil(), file.lockedUntil());
        }
        String wanted = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        KeySlot slot = file.slots().stream().filter(s -> s.email().equals(wanted)).findFirst().orElse(null);
        byte[] key = slot == null ? null : KeyWrapping.unwrap(slot, file.practiceId(), password);
        if (key == null) {
            int failures = file.failedAttempts() + 1;
            Instant until = failures >= LOCKOUT_AFTER ? now.plus(LOCKOUT) : null;
            writeSlotsQuietly(dir, file.withFailures(until != null ? 0 : failures, until));
            if (until != null) {
                throw new UnlockException(UnlockException.Reason.LOCKED_OUT,
                        "Too many wrong passwords. Try again after " + until, until);
            }
            if (slot == null) {
                throw new UnlockException(UnlockException.Reason.UNKNOWN_USER, "No user with that email can open this practice store");
            }
            throw new UnlockException(UnlockException.Reason.WRONG_PASSWORD, "Wrong password");
        }
        if (file.failedAttempts() != 0 || file.lockedUntil() != null) {
            writeSlotsQuietly(dir, file.withFailures(0, null));
        }
        return new Unwrapped(slot, file.practiceId(), key);
    }

    /** Opens the store with its data key (after a key slot was unwrapped), migrating it if it is behind. */
    static LocalStore openWithKey(Path dir, byte[] dataKey, UUID practiceId, UUID userId, Clock clock) throws UnlockException {
        return openWithKey(dir, dataKey, practiceId, userId, clock, true);
    }

    /** Opens the store with its data key; {@code migrate} false skips the migration check (tools that just wrote it). */
    static LocalStore openWithKey(Path dir, byte[] dataKey, UUID practiceId, UUID userId, Clock clock, boolean migrate)
            throws UnlockException {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(dir, true), "starlight", h2Password(dataKey));
        try {
            if (migrate) {
                Migrations.migrateLocalStore(pool);
            }
            PracticeData data = PracticeData.open(pool, practiceId, userId, clock);
            User user = data.office().user(userId).orElseThrow(
                    () -> new UnlockException(UnlockException.Reason.UNKNOWN_USER, "The user of this key slot is not in the store"));
            return new LocalStore(dir, pool, data, user, dataKey);
        } catch (UnlockException e) {
            pool.dispose();
            throw e;
        } catch (RuntimeException e) {
            pool.dispose();
            throw new UnlockException(UnlockException.Reason.STORE_UNAVAILABLE, describe(e));
        }
    }

    /** Reads the key slots of the store in {@code dir}. */
    public static KeySlotFile slots(Path dir) throws IOException {
        return JSON.readValue(dir.resolve(KEY_SLOTS_FILE).toFile(), KeySlotFile.class);
    }

    /** Changes a user's password: the old one must open their slot. The database file is untouched. */
    public static void changePassword(Path dir, String email, char[] oldPassword, char[] newPassword, Clock clock)
            throws UnlockException, IOException {
        PasswordPolicy.check(newPassword);
        try (LocalStore store = unlock(dir, email, oldPassword, clock)) {
            store.putSlot(store.user(), newPassword, false);
        }
    }

    /** The practice data, as the signed-in user. */
    public PracticeData data() {
        return data;
    }

    /** The signed-in user. */
    public User user() {
        return user;
    }

    public Path directory() {
        return dir;
    }

    public DataSource dataSource() {
        return pool;
    }

    /**
     * Runs a large load (a benchmark practice, a first download of a practice) with H2 writing its
     * file in the background instead of at every commit, then restores per-commit writes and checkpoints. A crash during the load
     * may lose its last second; the load is rerun or resumed.
     */
    public <T> T bulkLoad(java.util.function.Supplier<T> load) {
        setWriteDelay(1000);
        try {
            return load.get();
        } finally {
            setWriteDelay(0);
        }
    }

    private void setWriteDelay(int writeDelayMillis) {
        try (var connection = pool.getConnection(); var statement = connection.createStatement()) {
            statement.execute("SET WRITE_DELAY " + writeDelayMillis);
            if (writeDelayMillis == 0) {
                statement.execute("CHECKPOINT");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change the store's write mode (database error " + e.getErrorCode() + ")", e);
        }
    }

    /**
     * Closes the store after rewriting its file compactly (H2 {@code SHUTDOWN COMPACT}). A bulk load
     * leaves many dead pages behind; this returns the space and speeds up later reads. Takes a while
     * on a large store; the store is closed afterwards.
     */
    public void compactAndClose() {
        try (var connection = pool.getConnection(); var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot compact the store (database error " + e.getErrorCode() + ")", e);
        } finally {
            close();
        }
    }

    /** Adds a user (a row in the practice and a key slot). Only an admin may. */
    public User addUser(User newUser, char[] password) throws IOException {
        requireAdmin();
        PasswordPolicy.check(password);
        KeySlotFile file = slots(dir);
        if (file.slots().stream().anyMatch(s -> s.email().equals(newUser.email()))) {
            throw new ValidationException("email", "already has a key slot on this store");
        }
        KeySlot slot = KeyWrapping.wrap(dataKey, file.practiceId(), newUser.id(), newUser.email(), password);
        data.writeAll(changes -> changes.insert(newUser));
        List<KeySlot> slots = new ArrayList<>(slots(dir).slots());
        slots.add(slot);
        writeSlots(dir, slots(dir).withSlots(slots));
        return newUser;
    }

    /**
     * Changes a user's role (admin, provider or staff); the users row syncs to the practice's other desks
     * and the new role applies from the user's next sign-in. Only an admin may; an admin cannot change
     * their own role, and the practice keeps at least one active admin.
     */
    public User changeRole(String email, Role role) {
        User target = managedUser(email);
        if (target.id().equals(user.id())) {
            throw new ValidationException("role", "you cannot change your own role; another admin can");
        }
        User changed = new User(target.id(), target.email(), target.displayName(), role, target.externalAuthId(), target.isActive());
        requireAnActiveAdmin(changed, "role");
        return data.write(changes -> changes.update(changed));
    }

    /**
     * Deactivates a user: their users row is marked inactive (kept for the audit trail, and synced, so no
     * desk of the practice lets them in) and their key slot on this desk is deleted. Only an admin may;
     * an admin cannot deactivate themself, and the practice keeps at least one active admin.
     */
    public User deactivateUser(String email) throws IOException {
        User target = managedUser(email);
        if (target.id().equals(user.id())) {
            throw new ValidationException("user", "you cannot deactivate yourself; another admin can");
        }
        User inactive = new User(target.id(), target.email(), target.displayName(), target.role(), target.externalAuthId(), false);
        requireAnActiveAdmin(inactive, "user");
        data.write(changes -> changes.update(inactive));
        KeySlotFile file = slots(dir);
        writeSlots(dir, file.withSlots(file.slots().stream().filter(s -> !s.userId().equals(target.id())).toList()));
        return inactive;
    }

    /**
     * Reactivates a deactivated user with a temporary password for this desk (their slot here went
     * with the deactivation); they choose their own password at their next sign-in.
     */
    public User reactivateUser(String email, char[] temporaryPassword) throws IOException {
        User target = managedUser(email);
        if (target.isActive()) {
            throw new ValidationException("user", "is active already; reset their password instead");
        }
        PasswordPolicy.check(temporaryPassword);
        User active = new User(target.id(), target.email(), target.displayName(), target.role(), target.externalAuthId(), true);
        putSlot(target, temporaryPassword, true);
        return data.write(changes -> changes.update(active));
    }

    /**
     * Resets an active user's password on this desk: their key slot here is wrapped again with
     * {@code temporaryPassword} (made if they had none on this desk) and marked, so that at their next
     * sign-in they choose their own before anything else. Their old password no longer opens this desk's
     * store; other desks keep their own slots. Only an admin may, and not for their own password (they
     * change it as any user does).
     */
    public void resetPassword(String email, char[] temporaryPassword) throws IOException {
        User target = managedUser(email);
        if (target.id().equals(user.id())) {
            throw new ValidationException("user", "change your own password with Change my password");
        }
        if (!target.isActive()) {
            throw new ValidationException("user", "is deactivated; reactivate them with a temporary password");
        }
        PasswordPolicy.check(temporaryPassword);
        putSlot(target, temporaryPassword, true);
    }

    /**
     * Whether the signed-in user opened the store with a temporary password (an admin reset it on this
     * desk) that they must replace with their own before they work.
     */
    public boolean mustChangePassword() {
        return temporaryPassword;
    }

    /** The practice's user with {@code email}, for an admin to manage. */
    private User managedUser(String email) {
        requireAdmin();
        String wanted = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return data.office().userByEmail(wanted)
                .orElseThrow(() -> new ValidationException("user", "no user with that email in this practice"));
    }

    /** Fails, naming {@code field}, unless some admin stays active once {@code changed} is stored. */
    private void requireAnActiveAdmin(User changed, String field) {
        boolean adminLeft = data.office().users().stream()
                .map(u -> u.id().equals(changed.id()) ? changed : u)
                .anyMatch(u -> u.isActive() && u.role() == Role.ADMIN);
        if (!adminLeft) {
            throw new ValidationException(field, "the practice must keep at least one active admin");
        }
    }

    /** Replaces the signed-in user's password. */
    public void changeOwnPassword(char[] newPassword) throws IOException {
        PasswordPolicy.check(newPassword);
        putSlot(user, newPassword, false);
        temporaryPassword = false;
    }

    /** Wraps the data key for {@code owner} with {@code password}, in place of their slot on this desk or as a new one. */
    private void putSlot(User owner, char[] password, boolean temporary) throws IOException {
        KeySlotFile file = slots(dir);
        KeySlot wrapped = KeyWrapping.wrap(dataKey, file.practiceId(), owner.id(), owner.email(), password);
        KeySlot fresh = temporary ? wrapped.withTemporaryPassword() : wrapped;
        List<KeySlot> slots = new ArrayList<>(file.slots());
        slots.removeIf(s -> s.userId().equals(owner.id()));
        slots.add(fresh);
        writeSlots(dir, file.withSlots(slots));
    }

    private void requireAdmin() {
        if (user.role() != Role.ADMIN) {
            throw new SecurityException("Only an admin can manage users");
        }
    }

    @Override
    public void close() {
        pool.dispose();
        Arrays.fill(dataKey, (byte) 0);
    }

    static String url(Path dir, boolean mustExist) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve(DATABASE_NAME)
                + ";CIPHER=AES;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0;WRITE_DELAY=0;CACHE_SIZE=" + cacheKilobytes()
                + (mustExist ? ";IFEXISTS=TRUE" : "");
    }

    /**
     * H2's page cache: a quarter of the heap, between H2's default 16 MB and 64 MB. Pages the cache does
     * not hold are read from the file and decrypted again (AES in Java, the largest cost of a bulk push or a
     * large chart read); the cache fills only as far as the store is large, so the demo practice stays small.
     */
    static long cacheKilobytes() {
        long quarterHeapKb = Runtime.getRuntime().maxMemory() / 4 / 1024;
        return Math.max(16 * 1024, Math.min(64 * 1024, quarterHeapKb));
    }

    /** H2 takes "filePassword userPassword": both are derived from the data key, never from a person. */
    static String h2Password(byte[] dataKey) {
        String hex = HexFormat.of().formatHex(dataKey);
        return hex + " " + hex;
    }

    private static KeySlotFile readSlotsOrFail(Path dir) throws UnlockException {
        try {
            return slots(dir);
        } catch (IOException e) {
            throw new UnlockException(UnlockException.Reason.STORE_UNAVAILABLE, "No readable practice store in " + dir);
        }
    }

    private static void writeSlots(Path dir, KeySlotFile file) throws IOException {
        Path tmp = dir.resolve(KEY_SLOTS_FILE + ".new");
        JSON.writeValue(tmp.toFile(), file);
        try {
            Files.move(tmp, dir.resolve(KEY_SLOTS_FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir.resolve(KEY_SLOTS_FILE), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void writeSlotsQuietly(Path dir, KeySlotFile file) throws UnlockException {
        try {
            writeSlots(dir, file);
        } catch (IOException e) {
            throw new UnlockException(UnlockException.Reason.STORE_UNAVAILABLE, "Cannot update the key slot file in " + dir);
        }
    }

    private static void deleteStoreFiles(Path dir) throws IOException {
        for (String name : List.of(DATABASE_NAME + ".mv.db", DATABASE_NAME + ".trace.db", KEY_SLOTS_FILE, KEY_SLOTS_FILE + ".new")) {
            Files.deleteIfExists(dir.resolve(name));
        }
    }

    private static String describe(RuntimeException e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        if (cause instanceof SQLException sql) {
            if (sql.getErrorCode() == 90020) {
                return "The practice store is already open in another Starlight Desk program on this PC";
            }
            if (sql.getErrorCode() == 90049) {
                return "The practice store file is damaged or does not match its key slots";
            }
            if (sql.getErrorCode() == 90146 || sql.getErrorCode() == 90013) {
                return "The practice store file is missing";
            }
            return "The practice store could not be opened (database error " + sql.getErrorCode() + ")";
        }
        return "The practice store could not be opened: " + e.getClass().getSimpleName();
    }
}
