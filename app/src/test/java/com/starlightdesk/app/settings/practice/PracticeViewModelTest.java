package com.starlightdesk.app.settings.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.WorkingHours;
import com.starlightdesk.data.testing.TestPictures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PracticeViewModelTest {
    /** Monday 7 December 2026, 9:00 in Chicago. */
    private static final Instant NOW = Instant.parse("2026-12-07T15:00:00Z");

    @TempDir
    Path dir;

    private static PracticeViewModel page(Session session) {
        PracticeViewModel vm = new PracticeViewModel(session, new CurrentThreadTaskExecutor(), Clock.fixed(NOW, ZoneOffset.UTC));
        vm.load();
        return vm;
    }

    @Test
    void everyBadValueIsNamedAtItsFieldAndAGoodProfileIsSaved() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.fixed(NOW, ZoneOffset.UTC));
        try (Session admin = stores.create("Maple Pediatrics", "America/Chicago", "Rita Moreno", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray())) {
            int[] told = new int[1];
            admin.changes().addListener(() -> told[0]++);
            PracticeViewModel vm = page(admin);
            assertEquals("Maple Pediatrics", vm.letterheadProperty().get().title());
            vm.legalNameProperty().set("Maple Pediatrics, P.C.");
            vm.streetProperty().set("12 Elm St");
            vm.cityProperty().set("Springfield");
            vm.stateProperty().set("Illinois");
            vm.zipProperty().set("6270");
            vm.phoneProperty().set("(217) 555-0100");
            vm.faxProperty().set("fax us");
            vm.taxIdProperty().set("12-34567");
            vm.npiProperty().set("1234567890");
            vm.save();
            assertEquals("NPI 1234567890 fails its check digit", vm.errors().of("npi").get());
            assertEquals("A tax id (EIN) is 9 digits, written 12-3456789", vm.errors().of("taxId").get());
            assertEquals("Is the state's two-letter code, e.g. IL", vm.errors().of("state").get());
            assertEquals("A ZIP code is 12345 or 12345-6789", vm.errors().of("zip").get());
            assertEquals("Is not a phone number (7 or more digits)", vm.errors().of("fax").get());
            assertEquals("", vm.errors().of("phone").get());
            assertEquals(0, told[0]);
            assertNull(admin.data().office().practice().orElseThrow().npi(), "nothing saved");

            vm.stateProperty().set("il");
            vm.zipProperty().set("62701");
            vm.faxProperty().set("(217) 555-0101");
            vm.taxIdProperty().set("123456789");
            vm.npiProperty().set("1234567893");
            assertEquals("Maple Pediatrics, P.C.", vm.letterheadProperty().get().title(), "the preview follows the form");
            vm.save();
            assertTrue(vm.errors().isEmpty());
            assertEquals("Saved. Letters and printouts take this header.", vm.doneProperty().get());
            assertEquals(1, told[0], "the other screens hear of it");
            Practice saved = admin.data().office().practice().orElseThrow();
            assertEquals("1234567893", saved.npi());
            assertEquals("12-3456789", saved.taxId());
            assertEquals("12-3456789", vm.taxIdProperty().get(), "the form shows the tax id as stored");
            assertEquals("IL", saved.address().state());
            assertEquals(List.of("12 Elm St", "Springfield, IL 62701", "Phone (217) 555-0100 · Fax (217) 555-0101",
                    "NPI 1234567893 · Tax ID 12-3456789"), vm.letterheadProperty().get().lines());
            assertEquals(WorkingHours.WEEKDAYS, saved.hours(), "the working hours are not the page's");
        }
    }

    @Test
    void aLogoIsCheckedWhenChosenAndCanBeRemoved() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.fixed(NOW, ZoneOffset.UTC));
        try (Session admin = stores.create("Maple Pediatrics", "America/Chicago", "Rita Moreno", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray())) {
            PracticeViewModel vm = page(admin);
            Path big = Files.write(dir.resolve("big.png"), TestPictures.noise(400, 400));
            vm.chooseLogo(big);
            assertTrue(vm.errors().of("logo").get().endsWith("KB; a logo may be at most 40 KB"), vm.errors().of("logo").get());
            assertNull(vm.logoProperty().get());
            Path text = Files.writeString(dir.resolve("logo.png"), "not a picture at all");
            vm.chooseLogo(text);
            assertEquals("Must be a PNG or JPEG picture", vm.errors().of("logo").get());

            Path logo = Files.write(dir.resolve("maple.png"), TestPictures.picture("png", 120, 40));
            vm.chooseLogo(logo);
            assertEquals("", vm.errors().of("logo").get());
            assertEquals(120, vm.logoProperty().get().width());
            assertTrue(vm.letterheadProperty().get().logo().isPresent(), "the preview shows it before it is saved");
            vm.save();
            assertTrue(admin.data().office().practice().orElseThrow().logoImage().isPresent());
            vm.removeLogo();
            vm.save();
            assertFalse(admin.data().office().practice().orElseThrow().logoImage().isPresent());
        }
    }

    @Test
    void aNewTimeZoneIsSavedOnlyOnceTheCardSaysWhatMoves() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.fixed(NOW, ZoneOffset.UTC));
        try (Session admin = stores.create("Maple Pediatrics", "America/Chicago", "Rita Moreno", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray())) {
            Provider dr = new Provider(Ids.next(), null, "Dr. Asha Prajapati", "Pediatrics", null, "#2E6FDB", true);
            Patient ava = new Patient(Ids.next(), "Ava", "Lee", LocalDate.of(2019, 4, 2), Gender.FEMALE, null, null, null, null,
                    null, null, null, null, PatientStatus.ACTIVE, null, null, null, null, true, null, null, null);
            Instant tuesdayNine = Instant.parse("2026-12-08T15:00:00Z");
            admin.data().writeAll(c -> {
                c.insert(dr);
                c.insert(ava);
                c.insert(new Appointment(Ids.next(), ava.id(), dr.id(), tuesdayNine, tuesdayNine.plus(Duration.ofMinutes(30)),
                        AppointmentStatus.SCHEDULED, AppointmentType.CHECKUP, null, null));
                c.insert(new Appointment(Ids.next(), ava.id(), dr.id(), NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofHours(23)),
                        AppointmentStatus.COMPLETED, AppointmentType.CHECKUP, null, null));
            });
            PracticeViewModel vm = page(admin);
            vm.timeZoneProperty().set("America/Los_Angeles");
            vm.save();
            ZoneChange change = vm.zoneChangeProperty().get();
            assertNotNull(change, "the card asks first");
            assertEquals("Change the time zone from America/Chicago to America/Los_Angeles?", change.title());
            assertEquals("Visits keep their moment in time, so the calendar shows them at other clock times. The next visit,"
                    + " Tue Dec 8 at 9:00 AM, will show at 7:00 AM.", change.points().get(0));
            assertEquals("Working hours keep their clock times: Mon 8:00 AM–6:00 PM stays 8:00 AM–6:00 PM, in"
                    + " America/Los_Angeles time.", change.points().get(1));
            assertFalse(change.text().contains("Lee") || change.text().contains("Ava"), "no patient is named");
            assertEquals("America/Chicago", admin.data().office().practice().orElseThrow().timeZone(), "not saved yet");

            vm.keepZone();
            assertNull(vm.zoneChangeProperty().get());
            assertEquals("America/Chicago", vm.timeZoneProperty().get(), "the form goes back to the stored zone");
            assertEquals("America/Chicago", admin.data().office().practice().orElseThrow().timeZone());

            vm.timeZoneProperty().set("America/Los_Angeles");
            vm.save();
            vm.confirmZoneChange();
            assertNull(vm.zoneChangeProperty().get());
            Practice saved = admin.data().office().practice().orElseThrow();
            assertEquals("America/Los_Angeles", saved.timeZone());
            assertEquals(WorkingHours.WEEKDAYS, saved.hours(), "working hours keep their clock times");
            assertEquals("Saved. The practice's time zone is now America/Los_Angeles; each desk shows it from its next sign-in.",
                    vm.doneProperty().get());
        }
    }

    @Test
    void withoutAVisitToComeTheCardTakesNineToday() {
        ZoneChange change = ZoneChange.of(java.time.ZoneId.of("America/New_York"), java.time.ZoneId.of("Pacific/Honolulu"),
                java.util.Optional.empty(), WorkingHours.parse("workingHours", "sat 09:00-12:00"), NOW);
        assertEquals("Visits keep their moment in time, so the calendar shows them at other clock times. A visit at 9:00 AM"
                + " today will show at 4:00 AM.", change.points().get(0));
        assertTrue(change.points().get(1).startsWith("Working hours keep their clock times: Sat 9:00 AM–12:00 PM stays"));
    }

    @Test
    void onlyAnAdminChangesTheProfile() throws Exception {
        try (Session desk = TestStores.staff(TestStores.in(dir, Clock.systemUTC()))) {
            PracticeViewModel vm = page(desk);
            assertFalse(vm.canManage());
            vm.npiProperty().set("1234567893");
            vm.save();
            assertEquals("Only an admin can change the practice's profile", vm.failureProperty().get());
            assertNull(desk.data().office().practice().orElseThrow().npi());
        }
    }
}
