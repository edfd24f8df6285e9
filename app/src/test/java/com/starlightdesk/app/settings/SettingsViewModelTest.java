package com.starlightdesk.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SettingsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void adminSetsTheIdleLockAndManagesUsers() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        try (Session admin = stores.create("Lakeside Kids Clinic", "America/Chicago", "Rita Moreno", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray())) {
            SettingsViewModel vm = new SettingsViewModel(stores, admin, new CurrentThreadTaskExecutor());
            assertEquals(10, vm.idleLockMinutesProperty().get());
            vm.idleLockMinutesProperty().set(31);
            vm.save();
            assertTrue(vm.messageProperty().get().startsWith("Choose between"));
            vm.idleLockMinutesProperty().set(5);
            vm.save();
            assertEquals(5, stores.preferences().idleLockMinutes());

            vm.newNameProperty().set("Jess Front Desk");
            vm.newEmailProperty().set("jess@lakeside.test");
            vm.newRoleProperty().set(Role.STAFF);
            vm.newPasswordProperty().set("short");
            vm.addUser();
            assertFalse(vm.userErrors().of("newPassword").get().isEmpty());

            vm.newPasswordProperty().set("jess-first-password");
            vm.addUser();
            assertTrue(vm.users().stream().anyMatch(u -> u.email().equals("jess@lakeside.test")), vm.userMessageProperty().get());
            stores.signIn(admin.practice().id(), "jess@lakeside.test", "jess-first-password".toCharArray()).close();

            User jess = vm.users().stream().filter(u -> u.email().equals("jess@lakeside.test")).findFirst().orElseThrow();
            vm.removeUser(jess);
            assertTrue(vm.users().stream().noneMatch(u -> u.email().equals("jess@lakeside.test")));
        }
    }
}
