package com.starlightdesk.app.firstrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.testing.RecordingNavigation;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.sync.api.ServerSettings;
import com.starlightdesk.sync.testing.GatewayFixture;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class FirstRunViewModelTest {
    @TempDir
    Path dir;

    private final RecordingNavigation navigation = new RecordingNavigation();

    private FirstRunViewModel viewModel(PracticeStores stores) {
        return new FirstRunViewModel(stores, new CurrentThreadTaskExecutor(), navigation, new ServerJoin(stores, Clock.systemUTC()));
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
    void serverSettingsAndTheFirstUserAreCheckedFieldByField() {
        FirstRunViewModel vm = viewModel(TestStores.in(dir, Clock.systemUTC()));
        vm.regionProperty().set("us-east-2");
        vm.resourceArnProperty().set("arn:aws:rds:us-west-1:123456789012:cluster:starlight");
        vm.secretArnProperty().set("nope");
        vm.databaseProperty().set("starlight");
        vm.credentialSourceProperty().set(ServerSettings.Credentials.Source.PROFILE);
        vm.joinEmailProperty().set("not an email");
        vm.joinPasswordProperty().set("short");
        vm.connect();
        assertTrue(vm.connectErrors().of("resourceArn").get().contains("another region"));
        assertFalse(vm.connectErrors().of("secretArn").get().isEmpty());
        assertFalse(vm.connectErrors().of("profile").get().isEmpty(), "a profile needs its name");
        for (String field : List.of("joinName", "joinEmail", "joinPassword", "joinConfirm")) {
            assertFalse(vm.connectErrors().of(field).get().isEmpty(), field);
        }
        assertTrue(navigation.moves.isEmpty());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void anUnreachableEndpointIsReportedAtItsFieldAndLeavesNoStore() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        FirstRunViewModel vm = viewModel(stores);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        vm.regionProperty().set("us-east-1");
        vm.resourceArnProperty().set("arn:aws:rds:us-east-1:000000000000:cluster:starlight-local");
        vm.secretArnProperty().set("arn:aws:secretsmanager:us-east-1:000000000000:secret:starlight/p-1");
        vm.databaseProperty().set("starlight");
        vm.endpointProperty().set("http://127.0.0.1:" + closedPort);
        vm.credentialSourceProperty().set(ServerSettings.Credentials.Source.LOCAL_GATEWAY);
        vm.joinNameProperty().set("Front Desk");
        vm.joinEmailProperty().set("front@maple.example");
        vm.joinPasswordProperty().set("a-long-passphrase");
        vm.joinConfirmProperty().set("a-long-passphrase");
        vm.connect();
        assertTrue(vm.connectErrors().of("endpoint").get().contains("could not be reached"), vm.connectErrors().of("endpoint").get());
        assertFalse(vm.failureProperty().get().isEmpty());
        assertFalse(vm.busyProperty().get());
        assertTrue(stores.list().isEmpty());
        assertTrue(navigation.moves.isEmpty());
        assertEquals("", vm.joinPasswordProperty().get(), "the typed password is not kept");
    }

    @Test
    void joinsAPracticeFromTheServerWithProgressThenGoesToSignIn() throws Exception {
        try (GatewayFixture server = new GatewayFixture("appfirstrun", false)) {
            PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
            FirstRunViewModel vm = viewModel(stores);
            List<Double> progress = new ArrayList<>();
            vm.joinProgressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));
            vm.regionProperty().set("us-east-1");
            vm.resourceArnProperty().set(server.gateway().resourceArn());
            vm.secretArnProperty().set(server.database().secretA().secretArn());
            vm.databaseProperty().set(server.databaseName());
            vm.endpointProperty().set(server.endpoint().toString());
            vm.credentialSourceProperty().set(ServerSettings.Credentials.Source.LOCAL_GATEWAY);
            vm.joinNameProperty().set("Front Desk");
            vm.joinEmailProperty().set("front@maple.example");
            vm.joinPasswordProperty().set("a-long-passphrase");
            vm.joinConfirmProperty().set("a-long-passphrase");
            vm.connect();
            assertEquals("", vm.failureProperty().get());
            assertEquals(List.of("switch user"), navigation.moves, "on to sign-in");
            assertEquals(List.of(new PracticeStores.StoreEntry(server.database().practiceA(), "Maple Pediatrics")), stores.list());
            assertEquals(1.0, progress.get(progress.size() - 1), "the bar ends full");
            try (Session session = stores.signIn(server.database().practiceA(), "front@maple.example", "a-long-passphrase".toCharArray())) {
                assertEquals("America/Chicago", session.practice().timeZone());
            }
        }
    }
}
