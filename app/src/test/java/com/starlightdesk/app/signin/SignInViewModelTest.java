package com.starlightdesk.app.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.testing.RecordingNavigation;
import com.starlightdesk.app.testing.TestStores;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SignInViewModelTest {
    @TempDir
    Path dir;

    @Test
    void wrongPasswordThenLockoutThenRightPassword() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        stores.create("Lakeside Kids Clinic", "America/Chicago", "Rita Moreno", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray()).close();
        RecordingNavigation navigation = new RecordingNavigation();
        SignInViewModel vm = new SignInViewModel(stores, new CurrentThreadTaskExecutor(), navigation, Clock.systemUTC());
        vm.load();
        assertEquals("Lakeside Kids Clinic", vm.practiceProperty().get().name());

        vm.emailProperty().set(TestStores.EMAIL);
        vm.passwordProperty().set("wrong-password");
        vm.signIn();
        assertTrue(vm.failureProperty().get().startsWith("Wrong password"), vm.failureProperty().get());
        assertEquals("", vm.passwordProperty().get());

        vm.emailProperty().set("nobody@lakeside.test");
        vm.passwordProperty().set(TestStores.PASSWORD);
        vm.signIn();
        assertTrue(vm.failureProperty().get().startsWith("No user with that email"));

        vm.emailProperty().set(TestStores.EMAIL);
        vm.passwordProperty().set(TestStores.PASSWORD);
        vm.signIn();
        assertEquals(List.of("signed in"), navigation.moves);
        navigation.session.close();
    }

    @Test
    void severalPracticesOnOnePcAreOfferedByName() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        stores.create("Lakeside Kids Clinic", "America/Chicago", "Rita Moreno", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray()).close();
        stores.create("Hillside Pediatrics", "America/Denver", "Sam Lee", "sam@hillside.test",
                "hillside-password".toCharArray()).close();
        RecordingNavigation navigation = new RecordingNavigation();
        SignInViewModel vm = new SignInViewModel(stores, new CurrentThreadTaskExecutor(), navigation, Clock.systemUTC());
        vm.load();
        assertEquals(List.of("Hillside Pediatrics", "Lakeside Kids Clinic"), vm.practices().stream().map(p -> p.name()).toList());
        vm.practiceProperty().set(vm.practices().get(1));
        vm.emailProperty().set("sam@hillside.test");
        vm.passwordProperty().set("hillside-password");
        vm.signIn();
        assertTrue(vm.failureProperty().get().startsWith("No user with that email"), "Sam's key slot is on the other store");
        vm.practiceProperty().set(vm.practices().get(0));
        vm.passwordProperty().set("hillside-password");
        vm.signIn();
        assertEquals("America/Denver", navigation.session.zone().getId());
        navigation.session.close();
    }

    @Test
    void tooManyWrongPasswordsLockSignInForAWhile() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        stores.create("Lakeside Kids Clinic", "America/Chicago", "Rita Moreno", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray()).close();
        SignInViewModel vm = new SignInViewModel(stores, new CurrentThreadTaskExecutor(), new RecordingNavigation(), Clock.systemUTC());
        vm.load();
        vm.emailProperty().set(TestStores.EMAIL);
        for (int i = 0; i < 5; i++) {
            vm.passwordProperty().set("wrong-password-" + i);
            vm.signIn();
        }
        assertTrue(vm.failureProperty().get().startsWith("Too many wrong passwords"), vm.failureProperty().get());
    }
}
