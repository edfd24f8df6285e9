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
        vm.newPractice().timeZoneProperty().set("Mars/Olympus");
        vm.newPractice().admin().emailProperty().set("not an email");
        vm.newPractice().admin().passwordProperty().set("short");
        vm.newPractice().admin().confirmProperty().set("shorter");
        vm.createPractice();
        for (String field : List.of("practiceName", "timeZone", "adminName", "adminEmail", "password", "confirmPassword")) {
            assertFalse(vm.newPractice().errors().of(field).get().isEmpty(), field);
        }
        assertTrue(navigation.moves.isEmpty());
    }

    @Test
    void createsThePracticeAndSignsTheAdminIn() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        FirstRunViewModel vm = viewModel(stores);
        vm.newPractice().practiceNameProperty().set("Lakeside Kids Clinic");
        vm.newPractice().timeZoneProperty().set("America/Denver");
        vm.newPractice().admin().nameProperty().set("Rita Moreno");
        vm.newPractice().admin().emailProperty().set("rita@lakeside.test");
        vm.newPractice().admin().passwordProperty().set("a-long-passphrase");
        vm.newPractice().admin().confirmProperty().set("a-long-passphrase");
        vm.createPractice();
        assertEquals(List.of("signed in"), navigation.moves);
        try (var session = navigation.session) {
            assertEquals("America/Denver", session.zone().getId());
            assertEquals("Lakeside Kids Clinic", stores.list().get(0).name());
        }
        assertEquals("", vm.newPractice().admin().passwordProperty().get(), "the password does not linger in the form");
    }

    @Test
    void demoPracticeIsLoadedIntoANewStore() throws Exception {
        FirstRunViewModel vm = viewModel(TestStores.in(dir, Clock.systemUTC()));
        vm.demoPractice().user().emailProperty().set("me@demo.test");
        vm.demoPractice().user().passwordProperty().set("demo-password-1");
        vm.demoPractice().user().confirmProperty().set("demo-password-1");
        vm.openDemo();
        try (var session = navigation.session) {
            assertNotNull(session);
            assertEquals(17, session.data().patients().byStatus("active", 100, 0).size());
        }
    }

    @Test
    void serverSettingsAndTheFirstUserAreCheckedFieldByField() {
        FirstRunViewModel vm = viewModel(TestStores.in(dir, Clock.systemUTC()));
        vm.joinServer().server().regionProperty().set("us-east-2");
        vm.joinServer().server().resourceArnProperty().set("arn:aws:rds:us-west-1:123456789012:cluster:starlight");
        vm.joinServer().server().secretArnProperty().set("nope");
        vm.joinServer().server().databaseProperty().set("starlight");
        vm.joinServer().server().credentialSourceProperty().set(ServerSettings.Credentials.Source.PROFILE);
        vm.joinServer().user().emailProperty().set("not an email");
        vm.joinServer().user().passwordProperty().set("short");
        vm.connect();
        assertTrue(vm.joinServer().errors().of("resourceArn").get().contains("another region"));
        assertFalse(vm.joinServer().errors().of("secretArn").get().isEmpty());
        assertFalse(vm.joinServer().errors().of("profile").get().isEmpty(), "a profile needs its name");
        for (String field : List.of("joinName", "joinEmail", "joinPassword", "joinConfirm")) {
            assertFalse(vm.joinServer().errors().of(field).get().isEmpty(), field);
        }
        assertTrue(navigation.moves.isEmpty());
        assertFalse(vm.progress().busyProperty().get());
    }

    @Test
    void anUnreachableEndpointIsReportedAtItsFieldAndLeavesNoStore() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        FirstRunViewModel vm = viewModel(stores);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        vm.joinServer().server().regionProperty().set("us-east-1");
        vm.joinServer().server().resourceArnProperty().set("arn:aws:rds:us-east-1:000000000000:cluster:starlight-local");
        vm.joinServer().server().secretArnProperty().set("arn:aws:secretsmanager:us-east-1:000000000000:secret:starlight/p-1");
        vm.joinServer().server().databaseProperty().set("starlight");
        vm.joinServer().server().endpointProperty().set("http://127.0.0.1:" + closedPort);
        vm.joinServer().server().credentialSourceProperty().set(ServerSettings.Credentials.Source.LOCAL_GATEWAY);
        vm.joinServer().user().nameProperty().set("Front Desk");
        vm.joinServer().user().emailProperty().set("front@maple.example");
        vm.joinServer().user().passwordProperty().set("a-long-passphrase");
        vm.joinServer().user().confirmProperty().set("a-long-passphrase");
        vm.connect();
        assertTrue(vm.joinServer().errors().of("endpoint").get().contains("could not be reached"), vm.joinServer().errors().of("endpoint").get());
        assertFalse(vm.progress().failureProperty().get().isEmpty());
        assertFalse(vm.progress().busyProperty().get());
        assertTrue(stores.list().isEmpty());
        assertTrue(navigation.moves.isEmpty());
        assertEquals("", vm.joinServer().user().passwordProperty().get(), "the typed password is not kept");
    }

    @Test
    void joinsAPracticeFromTheServerWithProgressThenGoesToSignIn() throws Exception {
        try (GatewayFixture server = new GatewayFixture("appfirstrun", false)) {
            PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
            FirstRunViewModel vm = viewModel(stores);
            List<Double> progress = new ArrayList<>();
            vm.progress().joinProgressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));
            vm.joinServer().server().regionProperty().set("us-east-1");
            vm.joinServer().server().resourceArnProperty().set(server.gateway().resourceArn());
            vm.joinServer().server().secretArnProperty().set(server.database().secretA().secretArn());
            vm.joinServer().server().databaseProperty().set(server.databaseName());
            vm.joinServer().server().endpointProperty().set(server.endpoint().toString());
            vm.joinServer().server().credentialSourceProperty().set(ServerSettings.Credentials.Source.LOCAL_GATEWAY);
            vm.joinServer().user().nameProperty().set("Front Desk");
            vm.joinServer().user().emailProperty().set("front@maple.example");
            vm.joinServer().user().passwordProperty().set("a-long-passphrase");
            vm.joinServer().user().confirmProperty().set("a-long-passphrase");
            vm.connect();
            assertEquals("", vm.progress().failureProperty().get());
            assertEquals(List.of("switch user"), navigation.moves, "on to sign-in");
            assertEquals(List.of(new PracticeStores.StoreEntry(server.database().practiceA(), "Maple Pediatrics")), stores.list());
            assertEquals(1.0, progress.get(progress.size() - 1), "the bar ends full");
            try (Session session = stores.signIn(server.database().practiceA(), "front@maple.example", "a-long-passphrase".toCharArray())) {
                assertEquals("America/Chicago", session.practice().timeZone());
            }
        }
    }
}
