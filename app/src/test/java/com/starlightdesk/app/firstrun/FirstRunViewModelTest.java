package com.starlightdesk.app.firstrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

final class FirstRunViewModelTest {
    @TempDir
    Path dir;

    private final RecordingNavigation navigation = new RecordingNavigation();

    private FirstRunViewModel viewModel(PracticeStores stores) {
        return new FirstRunViewModel(stores, new CurrentThreadTaskExecutor(), navigation);
    }

    @Test
    void emptyFormSaysWhatIsMissingFieldByField() {
        FirstRunViewModel vm = viewModel(TestStores.in(dir, Clock.systemUTC()));
        vm.timeZoneProperty().set("Mars/Olympus");
        vm.adminEmailProperty().set("not an email");
        vm.passwordProperty().set("short");
        vm.confirmPasswordProperty().set("shorter");
        vm.createPractice();
        for (String field : List.of("practiceName", "timeZone", "adminName", "adminEmail", "password", "confirmPassword")) {
            assertFalse(vm.createErrors().of(field).get().isEmpty(), field);
        }
        assertTrue(navigation.moves.isEmpty());
    }

    @Test
    void createsThePracticeAndSignsTheAdminIn() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        FirstRunViewModel vm = viewModel(stores);
        vm.practiceNameProperty().set("Lakeside Kids Clinic");
        vm.timeZoneProperty().set("America/Denver");
        vm.adminNameProperty().set("Rita Moreno");
        vm.adminEmailProperty().set("rita@lakeside.test");
        vm.passwordProperty().set("a-long-passphrase");
        vm.confirmPasswordProperty().set("a-long-passphrase");
        vm.createPractice();
        assertEquals(List.of("signed in"), navigation.moves);
        try (var session = navigation.session) {
            assertEquals("America/Denver", session.zone().getId());
            assertEquals("Lakeside Kids Clinic", stores.list().get(0).name());
        }
        assertEquals("", vm.passwordProperty().get(), "the password does not linger in the form");
    }

    @Test
    void demoPracticeIsLoadedIntoANewStore() throws Exception {
        FirstRunViewModel vm = viewModel(TestStores.in(dir, Clock.systemUTC()));
        vm.demoEmailProperty().set("me@demo.test");
        vm.demoPasswordProperty().set("demo-password-1");
        vm.demoConfirmProperty().set("demo-password-1");
        vm.openDemo();
        try (var session = navigation.session) {
            assertNotNull(session);
            assertEquals(17, session.data().patients().byStatus("active", 100, 0).size());
        }
    }

    @Test
    void serverSettingsAreCheckedAndJoiningWaitsForSync() {
        FirstRunViewModel vm = viewModel(TestStores.in(dir, Clock.systemUTC()));
        vm.regionProperty().set("us-east-2");
        vm.resourceArnProperty().set("arn:aws:rds:us-west-1:123456789012:cluster:starlight");
        vm.secretArnProperty().set("nope");
        vm.databaseProperty().set("starlight");
        vm.connect();
        assertTrue(vm.connectErrors().of("resourceArn").get().contains("another region"));
        assertFalse(vm.connectErrors().of("secretArn").get().isEmpty());
        assertEquals("", vm.connectMessageProperty().get());

        vm.resourceArnProperty().set("arn:aws:rds:us-east-2:123456789012:cluster:starlight");
        vm.secretArnProperty().set("arn:aws:secretsmanager:us-east-2:123456789012:secret:practice-a1B2c3");
        vm.connect();
        assertTrue(vm.connectErrors().isEmpty());
        assertTrue(vm.connectMessageProperty().get().contains("arrives with sync"));
        assertTrue(navigation.moves.isEmpty());
    }
}
