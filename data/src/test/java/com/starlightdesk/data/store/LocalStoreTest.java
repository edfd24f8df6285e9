package com.starlightdesk.data.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.testing.MovableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStoreTest {
    private static final char[] ADMIN_PASSWORD = "correct horse battery".toCharArray();
    private static final String MARKER_NAME = "Zephyrine";
    private static final String MARKER_SURNAME = "Quillfeather";

    @TempDir
    Path root;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T15:00:00Z"));

    private Path createStore() throws IOException {
        Practice practice = Practice.of(Ids.next(), "Prajapati Pediatrics", "America/Chicago");
        Path practiceDir = new DataDirectory(root).practice(practice.id());
        User admin = new User(Ids.next(), "Admin@Prajapati.test", "Dr. Prajapati", Role.ADMIN, null, true);
        try (LocalStore store = LocalStore.create(practiceDir, practice, admin, ADMIN_PASSWORD, clock)) {
            store.data().writeAll(c -> c.insert(new Patient(Ids.next(), MARKER_NAME, MARKER_SURNAME, LocalDate.of(2020, 2, 29),
                    Gender.FEMALE, "Guardian " + MARKER_SURNAME, "zq@example.test", "(312) 555-0110",
                    new Address("7 Quill Lane", null, "Evanston", "IL", "60201"), null, null, null, null,
                    PatientStatus.ACTIVE, null, null, null, "note about " + MARKER_NAME, true, null, null, null)));
        }
        return practiceDir;
    }

    @Test
    void theRightPasswordOpensTheStoreAndTheFileIsEncrypted() throws Exception {
        Path dir = createStore();
        try (LocalStore store = LocalStore.unlock(dir, "admin@prajapati.test", ADMIN_PASSWORD, clock)) {
            assertEquals(1, store.data().patients().count());
            assertEquals(Role.ADMIN, store.user().role());
        }
        byte[] head = new byte[9];
        try (var in = Files.newInputStream(dir.resolve("practice.mv.db"))) {
            assertEquals(9, in.read(head));
        }
        assertEquals("H2encrypt", new String(head, StandardCharsets.US_ASCII));
        assertFalse(Files.exists(dir.resolve("practice.trace.db")));
    }

    @Test
    void noPatientDataIsReadableAnywhereInTheDataFolder() throws Exception {
        Path dir = createStore();
        try (LocalStore store = LocalStore.unlock(dir, "admin@prajapati.test", ADMIN_PASSWORD, clock)) {
            assertEquals(MARKER_SURNAME, store.data().patientSearch().find("quill", 5).get(0).lastName());
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.size() >= 2, "database and key slots: " + files);
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            for (String secret : List.of(MARKER_NAME, MARKER_SURNAME, "555-0110", "7 Quill Lane", "2020-02-29")) {
                assertFalse(contains(bytes, secret.getBytes(StandardCharsets.UTF_8)), f.getFileName() + " contains " + secret.length() + "-char PHI");
                assertFalse(contains(bytes, secret.getBytes(StandardCharsets.UTF_16LE)), f.getFileName() + " contains UTF-16 PHI");
            }
        }
        // The check can fail: the same marker in a plain H2 file is found.
        Path plain = root.resolve("plain");
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + plain + ";TRACE_LEVEL_FILE=0", "sa", "");
             var s = c.createStatement()) {
            s.execute("create table t(v varchar(100))");
            s.execute("insert into t values ('" + MARKER_SURNAME + "')");
        }
        assertTrue(contains(Files.readAllBytes(root.resolve("plain.mv.db")), MARKER_SURNAME.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aWrongPasswordIsRefusedAndLeavesTheDatabaseFileUntouched() throws Exception {
        Path dir = createStore();
        String before = sha256(dir.resolve("practice.mv.db"));
        UnlockException wrong = assertThrows(UnlockException.class,
                () -> LocalStore.unlock(dir, "admin@prajapati.test", "not the password".toCharArray(), clock));
        assertEquals(UnlockException.Reason.WRONG_PASSWORD, wrong.reason());
        assertEquals("Wrong password", wrong.getMessage());
        UnlockException unknown = assertThrows(UnlockException.class,
                () -> LocalStore.unlock(dir, "nobody@prajapati.test", ADMIN_PASSWORD, clock));
        assertEquals(UnlockException.Reason.UNKNOWN_USER, unknown.reason());
        assertEquals(before, sha256(dir.resolve("practice.mv.db")));
    }

    @Test
    void fiveWrongPasswordsInARowLockTheStoreForAWhile() throws Exception {
        Path dir = createStore();
        for (int i = 1; i < LocalStore.LOCKOUT_AFTER; i++) {
            assertEquals(UnlockException.Reason.WRONG_PASSWORD, assertThrows(UnlockException.class,
                    () -> LocalStore.unlock(dir, "admin@prajapati.test", "guess-guess".toCharArray(), clock)).reason());
        }
        UnlockException locked = assertThrows(UnlockException.class,
                () -> LocalStore.unlock(dir, "admin@prajapati.test", "guess-guess".toCharArray(), clock));
        assertEquals(UnlockException.Reason.LOCKED_OUT, locked.reason());
        assertNotNull(locked.lockedUntil());
        // Even the right password waits out the lockout.
        assertEquals(UnlockException.Reason.LOCKED_OUT, assertThrows(UnlockException.class,
                () -> LocalStore.unlock(dir, "admin@prajapati.test", ADMIN_PASSWORD, clock)).reason());
        clock.advance(LocalStore.LOCKOUT.plusSeconds(1));
        LocalStore.unlock(dir, "admin@prajapati.test", ADMIN_PASSWORD, clock).close();
        assertEquals(0, LocalStore.slots(dir).failedAttempts());
    }

    @Test
    void usersAreAddedDeactivatedAndChangeTheirPasswords() throws Exception {
        Path dir = createStore();
        char[] staffPassword = "front desk rocks".toCharArray();
        try (LocalStore admin = LocalStore.unlock(dir, "admin@prajapati.test", ADMIN_PASSWORD, clock)) {
            admin.addUser(new User(Ids.next(), "desk@prajapati.test", "Front Desk", Role.STAFF, null, true), staffPassword);
            assertThrows(ValidationException.class, () -> admin.addUser(
                    new User(Ids.next(), "weak@prajapati.test", "Weak", Role.STAFF, null, true), "short".toCharArray()));
        }
        try (LocalStore staff = LocalStore.unlock(dir, "desk@prajapati.test", staffPassword, clock)) {
            assertEquals(Role.STAFF, staff.user().role());
            assertEquals(1, staff.data().patients().count());
            assertThrows(SecurityException.class, () -> staff.deactivateUser("admin@prajapati.test"));
            assertThrows(SecurityException.class, () -> staff.resetPassword("admin@prajapati.test", "a temporary one".toCharArray()));
            assertThrows(SecurityException.class, () -> staff.changeRole("desk@prajapati.test", Role.ADMIN));
        }
        char[] newPassword = "a brand new phrase".toCharArray();
        LocalStore.changePassword(dir, "desk@prajapati.test", staffPassword, newPassword, clock);
        assertEquals(UnlockException.Reason.WRONG_PASSWORD, assertThrows(UnlockException.class,
                () -> LocalStore.unlock(dir, "desk@prajapati.test", staffPassword, clock)).reason());
        LocalStore.unlock(dir, "desk@prajapati.test", newPassword, clock).close();

        try (LocalStore admin = LocalStore.unlock(dir, "admin@prajapati.test", ADMIN_PASSWORD, clock)) {
            assertThrows(ValidationException.class, () -> admin.deactivateUser("admin@prajapati.test"));
            admin.deactivateUser("desk@prajapati.test");
            assertFalse(admin.data().office().userByEmail("desk@prajapati.test").orElseThrow().isActive());
        }
        assertEquals(UnlockException.Reason.UNKNOWN_USER, assertThrows(UnlockException.class,
                () -> LocalStore.unlock(dir, "desk@prajapati.test", newPassword, clock)).reason());
        assertEquals(1, LocalStore.slots(dir).slots().size());
    }

    @Test
    void aResetPasswordOpensWithTheTemporaryOneOnlyAndAsksForTheUsersOwn() throws Exception {
        Path dir = createStore();
        char[] staffPassword = "front desk rocks".toCharArray();
        char[] temporary = "temporary-4821".toCharArray();
        try (LocalStore admin = LocalStore.unlock(dir, "admin@prajapati.test", ADMIN_PASSWORD, clock)) {
            admin.addUser(new User(Ids.next(), "desk@prajapati.test", "Front Desk", Role.STAFF, null, true), staffPassword);
            assertEquals("password: must be at least 10 characters", assertThrows(ValidationException.class,
                    () -> admin.resetPassword("desk@prajapati.test", "short".toCharArray())).getMessage());
            assertEquals("user: change your own password with Change my password", assertThrows(ValidationException.class,
                    () -> admin.resetPassword("admin@prajapati.test", temporary)).getMessage());
            admin.resetPassword("Desk@Prajapati.test", temporary);
            assertFalse(admin.mustChangePassword(), "the admin's own slot is not marked");
        }
        assertEquals(UnlockException.Reason.WRONG_PASSWORD, assertThrows(UnlockException.class,
                () -> LocalStore.unlock(dir, "desk@prajapati.test", staffPassword, clock)).reason());
        try (LocalStore desk = LocalStore.unlock(dir, "desk@prajapati.test", temporary, clock)) {
            assertTrue(desk.mustChangePassword());
            desk.changeOwnPassword("my very own phrase".toCharArray());
            assertFalse(desk.mustChangePassword());
        }
        try (LocalStore desk = LocalStore.unlock(dir, "desk@prajapati.test", "my very own phrase".toCharArray(), clock)) {
            assertFalse(desk.mustChangePassword());
        }
        assertFalse(Files.readString(dir.resolve(LocalStore.KEY_SLOTS_FILE)).contains("mustChangePassword"),
                "a slot without the mark is written as before");
        assertEquals(2, LocalStore.slots(dir).slots().size());
    }

    @Test
    void aKeySlotFileWithoutTheMarkStillOpens() throws Exception {
        Path dir = createStore();
        String written = Files.readString(dir.resolve(LocalStore.KEY_SLOTS_FILE));
        assertFalse(written.contains("mustChangePassword"));
        assertTrue(written.contains("\"wrappedKey\""));
        try (LocalStore admin = LocalStore.unlock(dir, "admin@prajapati.test", ADMIN_PASSWORD, clock)) {
            admin.addUser(new User(Ids.next(), "desk@prajapati.test", "Front Desk", Role.STAFF, null, true),
                    "front desk rocks".toCharArray());
            admin.resetPassword("desk@prajapati.test", "temporary-4821".toCharArray());
        }
        assertTrue(Files.readString(dir.resolve(LocalStore.KEY_SLOTS_FILE)).contains("\"mustChangePassword\" : true"));
        // The file as a desk from before the mark wrote it: the same slots without the field.
        Files.writeString(dir.resolve(LocalStore.KEY_SLOTS_FILE),
                Files.readString(dir.resolve(LocalStore.KEY_SLOTS_FILE)).replaceAll(",\\s*\"mustChangePassword\" : true", ""));
        assertFalse(Files.readString(dir.resolve(LocalStore.KEY_SLOTS_FILE)).contains("mustChangePassword"));
        try (LocalStore desk = LocalStore.unlock(dir, "desk@prajapati.test", "temporary-4821".toCharArray(), clock)) {
            assertFalse(desk.mustChangePassword());
        }
        LocalStore.unlock(dir, "admin@prajapati.test", ADMIN_PASSWORD, clock).close();
    }

    @Test
    void rolesChangeAndUsersAreDeactivatedAndReactivatedKeepingAnActiveAdmin() throws Exception {
        Path dir = createStore();
        char[] secondPassword = "second admin phrase".toCharArray();
        try (LocalStore admin = LocalStore.unlock(dir, "admin@prajapati.test", ADMIN_PASSWORD, clock)) {
            assertEquals("role: you cannot change your own role; another admin can", assertThrows(ValidationException.class,
                    () -> admin.changeRole("admin@prajapati.test", Role.STAFF)).getMessage());
            assertEquals("user: you cannot deactivate yourself; another admin can", assertThrows(ValidationException.class,
                    () -> admin.deactivateUser("admin@prajapati.test")).getMessage());
            admin.addUser(new User(Ids.next(), "second@prajapati.test", "Second Admin", Role.ADMIN, null, true), secondPassword);
            admin.addUser(new User(Ids.next(), "desk@prajapati.test", "Front Desk", Role.STAFF, null, true),
                    "front desk rocks".toCharArray());
            assertEquals(Role.PROVIDER, admin.changeRole("desk@prajapati.test", Role.PROVIDER).role());
            assertEquals(Role.PROVIDER, admin.data().office().userByEmail("desk@prajapati.test").orElseThrow().role());
            assertEquals(1, admin.data().outbox().forRow("users",
                    admin.data().office().userByEmail("desk@prajapati.test").orElseThrow().id().toString()).stream()
                    .filter(e -> e.operation().equals("update")).count(), "the role change syncs");
        }
        try (LocalStore admin = LocalStore.unlock(dir, "admin@prajapati.test", ADMIN_PASSWORD, clock)) {
            assertEquals("user: is active already; reset their password instead", assertThrows(ValidationException.class,
                    () -> admin.reactivateUser("second@prajapati.test", "welcome back 77".toCharArray())).getMessage());
            admin.deactivateUser("second@prajapati.test");
            assertEquals(UnlockException.Reason.UNKNOWN_USER, assertThrows(UnlockException.class,
                    () -> LocalStore.unlock(dir, "second@prajapati.test", secondPassword, clock)).reason(), "no slot left here");
            assertEquals("password: must be at least 10 characters", assertThrows(ValidationException.class,
                    () -> admin.reactivateUser("second@prajapati.test", new char[0])).getMessage());
            admin.reactivateUser("second@prajapati.test", "welcome back 77".toCharArray());
        }
        try (LocalStore second = LocalStore.unlock(dir, "second@prajapati.test", "welcome back 77".toCharArray(), clock)) {
            assertTrue(second.user().isActive());
            assertTrue(second.mustChangePassword());
        }
    }

    @Test
    void aUserDeactivatedOnAnotherDeskIsToldSoAtSignInHere() throws Exception {
        Path dir = createStore();
        char[] deskPassword = "front desk rocks".toCharArray();
        try (LocalStore admin = LocalStore.unlock(dir, "admin@prajapati.test", ADMIN_PASSWORD, clock)) {
            User desk = admin.addUser(new User(Ids.next(), "desk@prajapati.test", "Front Desk", Role.STAFF, null, true), deskPassword);
            // The deactivation arrives by sync: the users row changes, this desk's key slot stays.
            admin.data().write(c -> c.update(new User(desk.id(), desk.email(), desk.displayName(), desk.role(), null, false)));
        }
        assertEquals(2, LocalStore.slots(dir).slots().size());
        UnlockException refused = assertThrows(UnlockException.class,
                () -> LocalStore.unlock(dir, "desk@prajapati.test", deskPassword, clock));
        assertEquals(UnlockException.Reason.DEACTIVATED, refused.reason());
        assertEquals("This user has been deactivated", refused.getMessage());
    }

    @Test
    void thePracticeKeepsAnActiveAdminWhenAnAdminWasDemotedElsewhere() throws Exception {
        Path dir = createStore();
        char[] secondPassword = "second admin phrase".toCharArray();
        try (LocalStore admin = LocalStore.unlock(dir, "admin@prajapati.test", ADMIN_PASSWORD, clock)) {
            admin.addUser(new User(Ids.next(), "second@prajapati.test", "Second Admin", Role.ADMIN, null, true), secondPassword);
            // Another desk made this admin staff while they are signed in here; the change arrives by sync.
            User self = admin.user();
            admin.data().write(c -> c.update(new User(self.id(), self.email(), self.displayName(), Role.STAFF, null, true)));
            assertEquals("role: the practice must keep at least one active admin", assertThrows(ValidationException.class,
                    () -> admin.changeRole("second@prajapati.test", Role.PROVIDER)).getMessage());
            assertEquals("user: the practice must keep at least one active admin", assertThrows(ValidationException.class,
                    () -> admin.deactivateUser("second@prajapati.test")).getMessage());
            assertEquals(Role.ADMIN, admin.data().office().userByEmail("second@prajapati.test").orElseThrow().role(), "nothing changed");
        }
        LocalStore.unlock(dir, "second@prajapati.test", secondPassword, clock).close();
    }

    @Test
    void theLockScreenChecksThePasswordWithoutReopeningAndCountsFailures() throws Exception {
        Path dir = createStore();
        try (LocalStore store = LocalStore.unlock(dir, "admin@prajapati.test", ADMIN_PASSWORD, clock)) {
            store.verifyPassword(ADMIN_PASSWORD, clock);
            assertEquals(UnlockException.Reason.WRONG_PASSWORD, assertThrows(UnlockException.class,
                    () -> store.verifyPassword("nope nope nope".toCharArray(), clock)).reason());
            assertEquals(1, LocalStore.slots(dir).failedAttempts());
            store.verifyPassword(ADMIN_PASSWORD, clock);
            assertEquals(0, LocalStore.slots(dir).failedAttempts());
            assertEquals(1, store.data().patients().count(), "the store stayed open");
        }
    }

    @Test
    void aSlotCannotBeMovedToAnotherUser() throws Exception {
        Path dir = createStore();
        KeySlot slot = LocalStore.slots(dir).slots().get(0);
        KeySlot forged = new KeySlot(Ids.next(), slot.email(), slot.kdf(), slot.iterations(), slot.salt(), slot.nonce(), slot.wrappedKey(),
                false);
        assertEquals(null, KeyWrapping.unwrap(forged, LocalStore.slots(dir).practiceId(), ADMIN_PASSWORD));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
