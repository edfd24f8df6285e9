package com.starlightdesk.app.settings;

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

final class UsersViewModelTest {
    @TempDir
    Path dir;

    @Test
    void adminAddsAndRemovesAUser() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        try (Session admin = stores.create("Lakeside Kids Clinic", "America/Chicago", "Rita Moreno", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray())) {
            UsersViewModel vm = new UsersViewModel(admin, new CurrentThreadTaskExecutor());
            vm.newNameProperty().set("Jess Front Desk");
            vm.newEmailProperty().set("jess@lakeside.test");
            vm.newRoleProperty().set(Role.STAFF);
            vm.newPasswordProperty().set("short");
            vm.addUser();
            assertFalse(vm.errors().of("newPassword").get().isEmpty());

            vm.newPasswordProperty().set("jess-first-password");
            vm.addUser();
            assertTrue(vm.users().stream().anyMatch(u -> u.email().equals("jess@lakeside.test")), vm.messageProperty().get());
            stores.signIn(admin.practice().id(), "jess@lakeside.test", "jess-first-password".toCharArray()).close();

            User jess = vm.users().stream().filter(u -> u.email().equals("jess@lakeside.test")).findFirst().orElseThrow();
            vm.removeUser(jess);
            assertTrue(vm.users().stream().noneMatch(u -> u.email().equals("jess@lakeside.test")));
        }
    }
}
