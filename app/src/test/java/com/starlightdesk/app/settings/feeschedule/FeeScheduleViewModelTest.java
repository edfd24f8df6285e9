package com.starlightdesk.app.settings.feeschedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.FeeScheduleEntry;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Fee schedule page's rules without a toolkit: every bad value named at its field at once, admins only. */
final class FeeScheduleViewModelTest {
    @TempDir
    Path dir;

    private static void type(FeeScheduleViewModel vm, String code, String words, String price, String cvx) {
        vm.cptCodeProperty().set(code);
        vm.descriptionProperty().set(words);
        vm.priceProperty().set(price);
        vm.cvxProperty().set(cvx);
    }

    @Test
    void everyBadValueIsNamedAtItsFieldAndNothingIsSavedUntilAllAreRight() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        try (Session admin = stores.create("Lakeside Kids Clinic", "America/Chicago", "Rita Moreno", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray())) {
            FeeScheduleViewModel vm = new FeeScheduleViewModel(admin, new CurrentThreadTaskExecutor());
            vm.load();
            assertTrue(vm.emptyProperty().get());
            vm.add();
            type(vm, "9921", " ", "-1", "x");
            vm.save();
            assertEquals("Is not a CPT code (five characters, e.g. 99213)", vm.errors().of("cptCode").get());
            assertEquals("Is required", vm.errors().of("description").get());
            assertEquals("Must not be negative", vm.errors().of("price").get());
            assertEquals("Is a CVX code of one to three digits", vm.errors().of("cvx").get());
            assertTrue(admin.data().feeSchedule().entries().isEmpty(), "nothing saved");

            type(vm, "90686", "Flu vaccine, preservative free", "$35", "140");
            vm.save();
            assertTrue(vm.errors().isEmpty());
            assertEquals("Saved 90686: Flu vaccine, preservative free, $35.00, CVX 140.", vm.doneProperty().get());
            FeeScheduleEntry saved = admin.data().feeSchedule().entries().get(0);
            assertEquals(new BigDecimal("35.00"), saved.price());

            vm.changeActivation();
            assertEquals("90686 is deactivated: new invoices no longer offer it.", vm.doneProperty().get());
            assertEquals("Reactivate", vm.activationAction().get());
            vm.add();
            type(vm, "90686", "Flu again", "36", "");
            vm.save();
            assertEquals("Is in the fee schedule already (deactivated: reactivate it)", vm.errors().of("cptCode").get());
            assertEquals(1, admin.data().feeSchedule().entries().size());

            admin.store().addUser(new User(Ids.next(), "desk@lakeside.test", "Desk", Role.STAFF, null, true), "desk-first-pass".toCharArray());
        }
        try (Session desk = stores.signIn(stores.list().get(0).practiceId(), "desk@lakeside.test", "desk-first-pass".toCharArray())) {
            FeeScheduleViewModel vm = new FeeScheduleViewModel(desk, new CurrentThreadTaskExecutor());
            vm.load();
            vm.add();
            type(vm, "99213", "Sick visit, established", "120", "");
            vm.save();
            assertEquals("Only an admin can change the fee schedule", vm.failureProperty().get());
            assertEquals(1, desk.data().feeSchedule().entries().size());
        }
    }
}
