package com.starlightdesk.app.settings.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.ProviderColor;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.repo.ProviderRoster;
import com.starlightdesk.data.testing.BookedVisits;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ProvidersViewModelTest {
    @TempDir
    Path dir;

    private static void fill(ProvidersViewModel vm, String name, String email, String color) {
        vm.nameProperty().set(name);
        vm.specialtyProperty().set("Pediatrics");
        vm.emailProperty().set(email);
        vm.colorProperty().set(color);
    }

    private static ProviderRoster.Entry listed(ProvidersViewModel vm, String name) {
        return vm.providers().stream().filter(e -> e.provider().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anAdminAddsEditsAndDeactivatesProvidersWithEachRuleAtItsField() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        try (Session admin = stores.create("Maple Pediatrics", "America/Chicago", "Rita Moreno", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray())) {
            User lee = admin.store().addUser(new User(Ids.next(), "lee@maple.test", "Dana Lee", Role.PROVIDER, null, true),
                    "dana-first-password".toCharArray());
            admin.store().addUser(new User(Ids.next(), "desk@maple.test", "Front Desk", Role.STAFF, null, true),
                    "desk-first-password".toCharArray());
            int[] told = new int[1];
            admin.changes().addListener(() -> told[0]++);
            ProvidersViewModel vm = new ProvidersViewModel(admin, new CurrentThreadTaskExecutor());
            vm.load();
            assertTrue(vm.providers().isEmpty());
            assertEquals(List.of("No linked user", "Dana Lee (lee@maple.test)"),
                    vm.linkableUsers().stream().map(Object::toString).toList(), "only users whose role is provider");

            vm.startNew();
            assertEquals(ProviderColor.PALETTE.get(0).color().hex(), vm.colorProperty().get(), "the first palette colour to start");
            fill(vm, "Asha Prajapati, MD", "asha@maple.test", "#2E6FDB");
            vm.save();
            assertEquals("Asha Prajapati, MD is added: the calendar and the booking form offer them now.", vm.doneProperty().get());
            assertEquals(1, vm.providers().size());
            assertEquals("Asha Prajapati, MD has no future visits.", vm.futureVisitsProperty().get());
            assertEquals(1, told[0], "the calendar hears of it");
            ProvidersViewModel openedBeforeRead = new ProvidersViewModel(admin, new CurrentThreadTaskExecutor());
            openedBeforeRead.startNew();
            openedBeforeRead.load();
            assertEquals(ProviderColor.PALETTE.get(1).color().hex(), openedBeforeRead.colorProperty().get(),
                    "a form opened before the roster was read offers a colour nobody has once it is read");

            vm.startNew();
            assertEquals(ProviderColor.PALETTE.get(1).color().hex(), vm.colorProperty().get(), "a colour nobody has yet");
            fill(vm, "Sam Rivera, CPNP", "ASHA@Maple.test", "#808080");
            vm.save();
            assertTrue(vm.errors().of("color").get().startsWith("#808080 is too light for white text and too dark for dark text"),
                    vm.errors().of("color").get());
            vm.colorProperty().set("#C0390B");
            vm.save();
            assertEquals("Asha Prajapati, MD already has this e-mail; each provider needs their own", vm.errors().of("email").get());
            assertEquals(1, vm.providers().size(), "nothing saved");
            assertNull(vm.editingProperty().get(), "still adding");

            vm.emailProperty().set("sam@maple.test");
            vm.userProperty().set(vm.linkableUsers().get(1));
            vm.save();
            assertEquals(2, vm.providers().size());
            ProviderRoster.Entry sam = listed(vm, "Sam Rivera, CPNP");
            assertEquals(lee.id(), sam.provider().userId());
            assertEquals("lee@maple.test", sam.userEmail());

            admin.store().changeRole("lee@maple.test", Role.STAFF);
            vm.load();
            vm.edit(listed(vm, "Sam Rivera, CPNP"));
            assertEquals("Dana Lee (lee@maple.test)", vm.userProperty().get().toString(), "a link made before stays on offer");
            vm.save();
            assertEquals(lee.id(), listed(vm, "Sam Rivera, CPNP").provider().userId(), "saving keeps it");
            admin.store().changeRole("lee@maple.test", Role.PROVIDER);

            Provider asha = listed(vm, "Asha Prajapati, MD").provider();
            BookedVisits.book(admin.data(), asha.id(), Instant.now().plus(Duration.ofDays(1)), 4, AppointmentStatus.SCHEDULED);
            vm.load();
            vm.edit(listed(vm, "Asha Prajapati, MD"));
            assertEquals("Edit Asha Prajapati, MD", vm.formTitleProperty().get());
            assertEquals("Asha Prajapati, MD still has 4 future visits; if deactivated, they stay on the calendar, marked inactive.",
                    vm.futureVisitsProperty().get());

            vm.emailProperty().set("SAM@maple.test");
            vm.save();
            assertEquals("Sam Rivera, CPNP already has this e-mail; each provider needs their own", vm.errors().of("email").get());
            vm.emailProperty().set("asha.prajapati@maple.test");
            vm.save();
            assertEquals("Saved Asha Prajapati, MD.", vm.doneProperty().get());
            assertEquals("asha.prajapati@maple.test", admin.data().office().provider(asha.id()).orElseThrow().email());

            vm.toggleActive();
            assertEquals("Asha Prajapati, MD is deactivated: no new visits can be booked with them. Asha Prajapati, MD still has"
                    + " 4 future visits; they stay on the calendar, marked inactive.", vm.doneProperty().get());
            assertFalse(listed(vm, "Asha Prajapati, MD").provider().isActive());
            assertEquals(2, vm.providers().size(), "a deactivated provider stays on the list");
            vm.toggleActive();
            assertTrue(listed(vm, "Asha Prajapati, MD").provider().isActive());
        }
    }

    @Test
    void aColourStoredBeforeTheRuleDoesNotStopAnEditButANewOneMustBeReadable() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        try (Session admin = stores.create("Maple Pediatrics", "America/Chicago", "Rita Moreno", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray())) {
            Provider old = new Provider(Ids.next(), null, "Sam Rivera, CPNP", null, null, "#D9480F", true);
            admin.data().writeAll(c -> c.insert(old)); // as a sync brings it, from before colours had to be readable
            ProvidersViewModel vm = new ProvidersViewModel(admin, new CurrentThreadTaskExecutor());
            vm.load();
            vm.edit(listed(vm, "Sam Rivera, CPNP"));
            vm.specialtyProperty().set("Pediatric nurse practitioner");
            vm.save();
            assertEquals("Saved Sam Rivera, CPNP.", vm.doneProperty().get(), vm.errors().of("color").get());

            vm.colorProperty().set("#D9480E");
            vm.save();
            assertTrue(vm.errors().of("color").get().startsWith("#D9480E is too light for white text"), vm.errors().of("color").get());
            vm.colorProperty().set("D9480F");
            vm.save();
            assertEquals("Must be a colour from the palette or #RRGGBB, e.g. #2E6FDB", vm.errors().of("color").get());
            assertEquals("#D9480F", admin.data().office().provider(old.id()).orElseThrow().color());
        }
    }

    @Test
    void onlyAnAdminChangesProviders() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        try (Session admin = stores.create("Maple Pediatrics", "America/Chicago", "Rita Moreno", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray())) {
            admin.store().addUser(new User(Ids.next(), "desk@maple.test", "Front Desk", Role.STAFF, null, true),
                    "desk-first-password".toCharArray());
        }
        try (Session desk = stores.signIn(stores.list().get(0).practiceId(), "desk@maple.test", "desk-first-password".toCharArray())) {
            ProvidersViewModel vm = new ProvidersViewModel(desk, new CurrentThreadTaskExecutor());
            assertFalse(vm.canManage());
            fill(vm, "Asha Prajapati, MD", "asha@maple.test", "#2E6FDB");
            vm.save();
            assertEquals("Only an admin can change the practice's providers", vm.failureProperty().get());
            assertTrue(desk.data().office().providers().isEmpty());
        }
    }
}
