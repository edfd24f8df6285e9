package com.starlightdesk.app.settings.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.QueuedTaskExecutor;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class MembershipPlansViewModelTest {
    @TempDir
    Path dir;

    private Session admin(PracticeStores stores) throws Exception {
        return stores.create("Lakeside Kids Clinic", "America/Chicago", "Rita Moreno", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray());
    }

    private static void type(MembershipPlansViewModel vm, String name, String min, String max, String fee) {
        vm.nameProperty().set(name);
        vm.ageMinProperty().set(min);
        vm.ageMaxProperty().set(max);
        vm.feeProperty().set(fee);
    }

    @Test
    void aNewPracticeSeesTheEmptyStateAndBadValuesAreNamedAtTheirFieldsWithNothingSaved() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        try (Session admin = admin(stores)) {
            MembershipPlansViewModel vm = new MembershipPlansViewModel(admin, new CurrentThreadTaskExecutor());
            assertFalse(vm.emptyProperty().get(), "not empty before the plans are read");
            vm.load();
            assertTrue(vm.emptyProperty().get());
            vm.add();
            assertTrue(vm.formOpenProperty().get());
            assertEquals("Add a plan", vm.formTitle().get());

            type(vm, " ", "3", "1", "-5");
            vm.save();
            assertEquals("Name the plan, e.g. Infant", vm.errors().of("name").get());
            assertEquals("Must be at least the lowest age (3)", vm.errors().of("ageMax").get());
            assertEquals("Must not be negative", vm.errors().of("fee").get());
            assertEquals("", vm.errors().of("ageMin").get());

            type(vm, "Infant", "zero", "1", "12.345");
            vm.save();
            assertEquals("", vm.errors().of("name").get());
            assertEquals("Must be a whole number of years from 0 to 150", vm.errors().of("ageMin").get());
            assertEquals("Has more than two decimal places", vm.errors().of("fee").get());

            type(vm, "Infant", "0", "", "99 dollars");
            vm.save();
            assertEquals("Type an age in whole years", vm.errors().of("ageMax").get());
            assertEquals("Is not an amount in dollars, e.g. $1,234.50", vm.errors().of("fee").get());
            assertTrue(admin.data().billing().plans().isEmpty(), "nothing saved");

            int[] told = new int[1];
            admin.changes().addListener(() -> told[0]++);
            type(vm, "Infant", "0", "1", "$99");
            vm.save();
            assertTrue(vm.errors().isEmpty());
            assertEquals("Saved Infant: 0–1 years, $99.00/month.", vm.doneProperty().get());
            assertEquals("", vm.warningProperty().get());
            assertFalse(vm.emptyProperty().get());
            MembershipPlan saved = admin.data().billing().plans().get(0);
            assertEquals(new BigDecimal("99.00"), saved.monthlyFee());
            assertEquals(1, told[0], "other screens (the setup checklist) hear of the new plan");
            assertEquals(1, admin.data().outbox().forRow("subscription_plans", saved.id().toString()).size(), "the plan syncs");
            assertEquals("Edit Infant", vm.formTitle().get());
        }
    }

    @Test
    void editsPlansRefusesOverlappingBandsWarnsOfGapsAndDeactivatesOne() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        try (Session admin = admin(stores)) {
            QueuedTaskExecutor executor = new QueuedTaskExecutor();
            MembershipPlansViewModel vm = new MembershipPlansViewModel(admin, executor);
            vm.load();
            vm.add();
            type(vm, "Infant", "0", "1", "99");
            vm.save();
            vm.add();
            type(vm, "Toddler", "2", "4", "1,234.5");
            vm.save();
            assertTrue(executor.runUntil(() -> vm.plans().size() == 2, Duration.ofSeconds(10)));
            assertEquals("", vm.warningProperty().get(), "0–1 and 2–4 do not overlap");
            assertEquals(new BigDecimal("1234.50"), vm.plans().get(1).monthlyFee());

            vm.edit(vm.plans().get(1));
            assertEquals("$1,234.50", vm.feeProperty().get());
            assertEquals("2", vm.ageMinProperty().get());
            vm.ageMinProperty().set("1");
            vm.feeProperty().set("$120.00");
            vm.save();
            assertTrue(executor.runUntil(() -> !vm.errors().isEmpty(), Duration.ofSeconds(10)));
            assertEquals("Overlaps Infant (0–1 years)", vm.errors().of("ageMin").get());
            MembershipPlan toddler = admin.data().billing().plans().stream().filter(p -> p.name().equals("Toddler")).findFirst()
                    .orElseThrow();
            assertEquals(2, toddler.ageMin(), "an overlapping band is refused, and nothing saved");
            vm.ageMinProperty().set("3");
            vm.save();
            assertTrue(executor.runUntil(() -> !vm.doneProperty().get().isEmpty(), Duration.ofSeconds(10)));
            assertEquals("No active plan covers children of 24–35 months.", vm.warningProperty().get());
            toddler = admin.data().billing().plans().stream().filter(p -> p.name().equals("Toddler")).findFirst().orElseThrow();
            assertEquals(new BigDecimal("120.00"), toddler.monthlyFee());
            assertEquals(2, vm.plans().size(), "edited in place, not added");

            vm.edit(vm.plans().stream().filter(p -> p.name().equals("Infant")).findFirst().orElseThrow());
            assertEquals("Deactivate", vm.activationAction().get());
            vm.changeActivation();
            assertEquals("Infant is deactivated: new members cannot join it.", vm.doneProperty().get());
            assertFalse(admin.data().billing().plans().stream().filter(p -> p.name().equals("Infant")).findFirst().orElseThrow()
                    .isActive());
            assertEquals("Reactivate", vm.activationAction().get());

            vm.edit(vm.plans().stream().filter(p -> p.name().equals("Toddler")).findFirst().orElseThrow());
            vm.save();
            assertEquals("No active plan covers children of 0–35 months.", vm.warningProperty().get(),
                    "a deactivated plan covers no one");
        }
    }

    @Test
    void onlyAnAdminChangesPlans() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        try (Session admin = admin(stores)) {
            admin.store().addUser(new User(Ids.next(), "desk@lakeside.test", "Desk", Role.STAFF, null, true),
                    "desk-first-pass".toCharArray());
        }
        try (Session desk = stores.signIn(stores.list().get(0).practiceId(), "desk@lakeside.test", "desk-first-pass".toCharArray())) {
            MembershipPlansViewModel vm = new MembershipPlansViewModel(desk, new CurrentThreadTaskExecutor());
            vm.load();
            vm.add();
            type(vm, "Infant", "0", "1", "99");
            vm.save();
            assertEquals("Only an admin can change membership plans", vm.failureProperty().get());
            assertTrue(desk.data().billing().plans().isEmpty());
        }
    }
}
