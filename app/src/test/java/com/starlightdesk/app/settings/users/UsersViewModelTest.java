package com.starlightdesk.app.settings.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.QueuedTaskExecutor;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.store.UnlockException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class UsersViewModelTest {
    private static final String JESS = "jess@lakeside.test";

    @TempDir
    Path dir;

    private Session admin(PracticeStores stores) throws Exception {
        return stores.create("Lakeside Kids Clinic", "America/Chicago", "Rita Moreno", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray());
    }

    private static void addJess(UsersViewModel vm) {
        vm.newNameProperty().set("Jess Front Desk");
        vm.newEmailProperty().set(JESS);
        vm.newRoleProperty().set(Role.STAFF);
        vm.newPasswordProperty().set("jess-first-password");
        vm.addUser();
    }

    private static User listed(UsersViewModel vm, String email) {
        return vm.users().stream().filter(u -> u.email().equals(email)).findFirst().orElseThrow();
    }

    @Test
    void adminAddsAUserChangesTheirRoleAndDeactivatesAndReactivatesThem() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        try (Session admin = admin(stores)) {
            UsersViewModel vm = new UsersViewModel(admin, new CurrentThreadTaskExecutor());
            vm.load();
            vm.newNameProperty().set("Jess Front Desk");
            vm.newEmailProperty().set(JESS);
            vm.newPasswordProperty().set("short");
            vm.addUser();
            assertEquals("Must be at least 10 characters", vm.errors().of("newPassword").get());
            addJess(vm);
            assertEquals("Jess Front Desk can now sign in on this PC.", vm.doneProperty().get());
            stores.signIn(admin.practice().id(), JESS, "jess-first-password".toCharArray()).close();

            vm.choose(listed(vm, JESS));
            assertEquals(Role.STAFF, vm.roleProperty().get());
            assertEquals("Deactivate", vm.activationAction().get());
            vm.roleProperty().set(Role.PROVIDER);
            vm.saveRole();
            assertEquals("Jess Front Desk is now Provider. The new role applies from their next sign-in.", vm.doneProperty().get());
            assertEquals(Role.PROVIDER, listed(vm, JESS).role());
            assertEquals(Role.PROVIDER, vm.chosenProperty().get().role(), "the changed user stays chosen");
            assertEquals(Role.PROVIDER, admin.data().office().userByEmail(JESS).orElseThrow().role());

            vm.changeActivation();
            assertEquals("Jess Front Desk is deactivated and can no longer sign in.", vm.doneProperty().get());
            assertFalse(listed(vm, JESS).isActive(), "a deactivated user stays in the list");
            assertEquals("Reactivate", vm.activationAction().get());
            assertThrows(UnlockException.class, () -> stores.signIn(admin.practice().id(), JESS, "jess-first-password".toCharArray()));

            vm.changeActivation();
            assertEquals("Type a temporary password to reactivate them with", vm.errors().of("temporaryPassword").get());
            assertFalse(listed(vm, JESS).isActive());
            vm.temporaryPasswordProperty().set("welcome-back-22");
            vm.changeActivation();
            assertTrue(listed(vm, JESS).isActive(), vm.failureProperty().get());
            assertEquals("", vm.temporaryPasswordProperty().get(), "the typed password is not kept");
            try (Session jess = stores.signIn(admin.practice().id(), JESS, "welcome-back-22".toCharArray())) {
                assertTrue(jess.store().mustChangePassword());
                assertEquals(Role.PROVIDER, jess.user().role());
            }
        }
    }

    @Test
    void anAdminCannotDemoteOrDeactivateThemselfAndIsToldAtTheField() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        try (Session admin = admin(stores)) {
            UsersViewModel vm = new UsersViewModel(admin, new CurrentThreadTaskExecutor());
            vm.load();
            vm.choose(listed(vm, TestStores.EMAIL));
            vm.roleProperty().set(Role.STAFF);
            vm.saveRole();
            assertEquals("You cannot change your own role; another admin can", vm.errors().of("role").get());
            vm.changeActivation();
            assertEquals("You cannot deactivate yourself; another admin can", vm.errors().of("user").get());
            vm.temporaryPasswordProperty().set("temporary-4821");
            vm.resetPassword();
            assertEquals("Change your own password with Change my password", vm.errors().of("user").get());
            User self = admin.data().office().userByEmail(TestStores.EMAIL).orElseThrow();
            assertEquals(Role.ADMIN, self.role());
            assertTrue(self.isActive());
            assertEquals("", vm.doneProperty().get());
        }
    }

    @Test
    void aResetPasswordMakesTheUserChooseTheirOwnAndIsNeverLogged() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters())
                        + " " + record.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Level before = root.getLevel();
        root.addHandler(capture);
        root.setLevel(Level.ALL);
        try (Session admin = admin(stores)) {
            QueuedTaskExecutor executor = new QueuedTaskExecutor();
            UsersViewModel vm = new UsersViewModel(admin, executor);
            vm.load();
            addJess(vm);
            vm.choose(listed(vm, JESS));
            vm.resetPassword();
            assertEquals("Type a temporary password for them", vm.errors().of("temporaryPassword").get());
            vm.temporaryPasswordProperty().set("aaaaaaaaaaaa");
            vm.resetPassword();
            assertEquals("Must not repeat one character", vm.errors().of("temporaryPassword").get());
            vm.temporaryPasswordProperty().set("temporary-4821");
            vm.resetPassword();
            assertTrue(executor.runUntil(() -> !vm.doneProperty().get().isEmpty(), Duration.ofSeconds(30)));
            assertEquals("The password of Jess Front Desk is reset on this PC. They sign in with the temporary password and then"
                    + " choose their own.", vm.doneProperty().get());
            assertEquals("", vm.errors().of("temporaryPassword").get());

            assertThrows(UnlockException.class, () -> stores.signIn(admin.practice().id(), JESS, "jess-first-password".toCharArray()));
            try (Session jess = stores.signIn(admin.practice().id(), JESS, "temporary-4821".toCharArray())) {
                assertTrue(jess.store().mustChangePassword());
            }
        } finally {
            root.removeHandler(capture);
            root.setLevel(before);
        }
        assertTrue(logged.stream().noneMatch(line -> line.contains("temporary-4821")), "the temporary password is never logged");
    }

    @Test
    void onlyAnAdminManagesUsers() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        try (Session admin = admin(stores)) {
            addJess(new UsersViewModel(admin, new CurrentThreadTaskExecutor()));
        }
        try (Session jess = stores.signIn(stores.list().get(0).practiceId(), JESS, "jess-first-password".toCharArray())) {
            UsersViewModel vm = new UsersViewModel(jess, new CurrentThreadTaskExecutor());
            vm.load();
            vm.choose(listed(vm, TestStores.EMAIL));
            vm.changeActivation();
            assertEquals("Only an admin can manage users", vm.failureProperty().get());
            assertTrue(jess.data().office().userByEmail(TestStores.EMAIL).orElseThrow().isActive());
            vm.choose(null);
            assertNull(vm.roleProperty().get());
        }
    }
}
