package com.starlightdesk.app.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.store.UnlockException;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Change my password on a real encrypted store: wrong current password, mismatches, then a change that sticks. */
final class OwnPasswordViewModelTest {
    @TempDir
    Path dir;

    @Test
    void checksTheCurrentPasswordThenReplacesOnlyThisUsersSlot() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        try (Session session = stores.create("Maple Pediatrics", "America/Chicago", "Front Desk", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray())) {
            OwnPasswordViewModel vm = new OwnPasswordViewModel(session, new CurrentThreadTaskExecutor(), Clock.systemUTC());
            vm.open();
            assertTrue(vm.openProperty().get());

            vm.save();
            assertEquals("Enter your current password", vm.errors().of("current").get());
            assertFalse(vm.errors().of("newPassword").get().isEmpty());

            vm.currentProperty().set("not-my-password");
            vm.newPasswordProperty().set("a-new-long-passphrase");
            vm.confirmProperty().set("a-new-long-passphrase-2");
            vm.save();
            assertEquals("The two passwords differ", vm.errors().of("confirm").get());

            vm.confirmProperty().set("a-new-long-passphrase");
            vm.save();
            assertEquals("Wrong password", vm.errors().of("current").get());
            assertEquals("", vm.currentProperty().get(), "a wrong password is not kept");
            session.store().verifyPassword(TestStores.PASSWORD.toCharArray(), Clock.systemUTC());

            vm.currentProperty().set(TestStores.PASSWORD);
            vm.save();
            assertTrue(vm.errors().isEmpty());
            assertTrue(vm.doneProperty().get().startsWith("Your password was changed"));
            assertEquals("", vm.newPasswordProperty().get());
            session.store().verifyPassword("a-new-long-passphrase".toCharArray(), Clock.systemUTC());
            UnlockException old = assertThrows(UnlockException.class,
                    () -> session.store().verifyPassword(TestStores.PASSWORD.toCharArray(), Clock.systemUTC()));
            assertEquals(UnlockException.Reason.WRONG_PASSWORD, old.reason());

            vm.close();
            assertFalse(vm.openProperty().get());
        }
        stores.signIn(stores.list().get(0).practiceId(), TestStores.EMAIL, "a-new-long-passphrase".toCharArray()).close();
    }

    @Test
    void afterAResetTheFormIsARequiredStepThatEndsInTheShellOrSignsOut() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        try (Session admin = stores.create("Maple Pediatrics", "America/Chicago", "Front Desk", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray())) {
            admin.store().addUser(new User(Ids.next(), "desk@maple.test", "Desk", Role.STAFF, null, true), "desk-first-pass".toCharArray());
            admin.store().resetPassword("desk@maple.test", "temporary-4821".toCharArray());
        }
        try (Session desk = stores.signIn(stores.list().get(0).practiceId(), "desk@maple.test", "temporary-4821".toCharArray())) {
            OwnPasswordViewModel vm = new OwnPasswordViewModel(desk, new CurrentThreadTaskExecutor(), Clock.systemUTC());
            int[] shell = new int[1];
            int[] signedOut = new int[1];
            vm.require(() -> shell[0]++, () -> signedOut[0]++);
            assertTrue(vm.requiredProperty().get());
            assertTrue(vm.openProperty().get());

            vm.currentProperty().set("temporary-4821");
            vm.newPasswordProperty().set("temporary-4821");
            vm.confirmProperty().set("temporary-4821");
            vm.save();
            assertEquals("Choose a password other than the current one", vm.errors().of("newPassword").get());
            assertEquals(0, shell[0]);

            vm.newPasswordProperty().set("desk-chosen-phrase");
            vm.confirmProperty().set("desk-chosen-phrase");
            vm.save();
            assertEquals(1, shell[0], "the shell opens once the user's own password is set");
            assertEquals(0, signedOut[0]);
            assertFalse(vm.requiredProperty().get());
            assertFalse(vm.openProperty().get());
            assertFalse(desk.store().mustChangePassword());
            vm.open();
            vm.close();
            assertEquals(0, signedOut[0], "once chosen, the form is the ordinary one again");
        }
        try (Session desk = stores.signIn(stores.list().get(0).practiceId(), "desk@maple.test", "desk-chosen-phrase".toCharArray())) {
            assertFalse(desk.store().mustChangePassword());
        }
    }

    @Test
    void signingOutIsTheOtherWayOutOfTheRequiredStep() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        try (Session session = stores.create("Maple Pediatrics", "America/Chicago", "Front Desk", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray())) {
            OwnPasswordViewModel vm = new OwnPasswordViewModel(session, new CurrentThreadTaskExecutor(), Clock.systemUTC());
            int[] signedOut = new int[1];
            vm.require(() -> { }, () -> signedOut[0]++);
            vm.currentProperty().set("typed");
            vm.close();
            assertEquals(1, signedOut[0]);
            assertEquals("", vm.currentProperty().get());
        }
    }
}
