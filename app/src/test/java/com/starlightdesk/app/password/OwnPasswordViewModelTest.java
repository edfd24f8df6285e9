package com.starlightdesk.app.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
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
}
