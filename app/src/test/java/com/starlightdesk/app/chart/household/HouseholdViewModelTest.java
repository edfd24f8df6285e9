package com.starlightdesk.app.chart.household;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.patients.NewPatientViewModel;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Patient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart's Household section on the demo practice, on Wednesday October 28, 2026 (Chicago). */
final class HouseholdViewModelTest {
    private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-10-28T15:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    private static Session session;

    @BeforeAll
    static void demo() throws Exception {
        session = TestStores.demo(TestStores.in(dir, WEDNESDAY));
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static Patient find(String query) {
        return session.data().patientSearch().find(query, 1).get(0);
    }

    private static Patient stored(Patient p) {
        return session.data().patients().findById(p.id()).orElseThrow();
    }

    private static int outboxOf(Patient p) {
        return session.data().outbox().forRow("patients", p.id().toString()).size();
    }

    private record Opened(OpenChart chart, HouseholdViewModel household, NewPatientViewModel card) {
    }

    private static Opened open(Patient patient) {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        OpenChart chart = new OpenChart(session, executor);
        NewPatientViewModel card = new NewPatientViewModel(session, executor, WEDNESDAY);
        HouseholdViewModel household = new HouseholdViewModel(chart, executor, WEDNESDAY, card);
        chart.open(patient.id());
        return new Opened(chart, household, card);
    }

    private static List<String> names(HouseholdViewModel household) {
        return household.members().stream().map(HouseholdViewModel.Member::name).toList();
    }

    @Test
    void listsTheSiblingsWithTheSharedContact() {
        HouseholdViewModel household = open(find("Johnson Liam")).household();
        assertEquals(List.of("Emma Johnson", "Liam Johnson"), names(household));
        HouseholdViewModel.Member emma = household.members().get(0);
        assertEquals("11 years 8 months", emma.age());
        assertEquals("Active patient", emma.status());
        assertTrue(household.members().stream().allMatch(m -> m.chosenProperty().get()), "all ticked at first");
        assertTrue(household.members().get(1).isOpenChart());
        assertEquals("Own address", household.differences(emma), "the demo gives each child a ZIP of its own");
        assertEquals("2 children share this household.", household.summaryProperty().get());
        assertEquals("Sarah Johnson", household.guardianProperty().get());
        assertEquals("(630) 555-0177", household.phoneProperty().get());
        assertEquals("42 Oak Lane", household.line1Property().get());
    }

    @Test
    void namesEachMistakeAtItsFieldAndWritesNothing() {
        Patient chidi = find("Okafor Chidi");
        Patient amara = find("Okafor Amara");
        HouseholdViewModel household = open(chidi).household();
        int before = outboxOf(chidi) + outboxOf(amara);
        household.phoneProperty().set("555");
        household.stateProperty().set("Illinois");
        household.zipProperty().set("6018");
        household.apply();
        assertEquals("Is not a phone number (7 or more digits)", household.errors().of("phone").get());
        assertEquals("Is the state's two-letter code, e.g. IL", household.errors().of("state").get());
        assertEquals("Is a ZIP code of 5 digits (or ZIP+4: 60187-1234)", household.errors().of("zip").get());

        household.revert();
        household.members().forEach(m -> m.chosenProperty().set(false));
        household.apply();
        assertEquals("Tick the children who share this guardian, phone and address", household.errors().of("siblings").get());
        assertEquals(before, outboxOf(chidi) + outboxOf(amara), "nothing written");
    }

    @Test
    void appliesTheSharedContactToExactlyTheChildrenTicked() {
        Patient aarav = find("Patel Aarav");
        Patient diya = find("Patel Diya");
        Patient kabir = find("Patel Kabir");
        Opened opened = open(diya);
        HouseholdViewModel household = opened.household();
        long revision = opened.chart().revisionProperty().get();
        int diyasEntries = outboxOf(diya);
        assertEquals(List.of("Aarav Patel", "Diya Patel", "Kabir Patel"), names(household));
        household.members().get(1).chosenProperty().set(false); // Diya, whose chart is open, keeps hers
        household.line1Property().set("9 Birch Ct");
        household.line2Property().set("Apt 2");
        household.cityProperty().set("Aurora");
        household.zipProperty().set("60505");
        household.phoneProperty().set("331.555.0190");

        household.apply();

        assertEquals("Saved for Aarav and Kabir.", household.doneProperty().get());
        Address moved = new Address("9 Birch Ct", "Apt 2", "Aurora", "IL", "60505");
        for (Patient p : List.of(aarav, kabir)) {
            assertEquals(moved, stored(p).address());
            assertEquals("(331) 555-0190", stored(p).phone());
            assertEquals("Priya Patel", stored(p).parentGuardian());
        }
        assertEquals(diya, stored(diya), "not ticked, not changed");
        assertEquals(diyasEntries, outboxOf(diya));
        assertTrue(opened.chart().revisionProperty().get() > revision, "the chart read again");
        assertEquals("Own phone, address", household.differences(household.members().get(0)), "Aarav's differ from Diya's now");
    }

    @Test
    void aSiblingAddedFromTheHouseholdJoinsIt() {
        Patient harper = find("Lewis Harper"); // a prospect in no household yet
        Opened opened = open(harper);
        assertEquals(List.of("Harper Lewis"), names(opened.household()));
        opened.household().addSibling();

        NewPatientViewModel card = opened.card();
        assertTrue(card.openProperty().get());
        assertEquals("New sibling of Harper Lewis", card.titleProperty().get());
        assertEquals("Lewis", card.lastNameProperty().get());
        assertEquals("Megan Lewis", card.guardianProperty().get());
        assertEquals(harper.phone(), card.phoneProperty().get());
        card.firstNameProperty().set("Rowan");
        card.birthDateProperty().set(LocalDate.of(2026, 9, 1));
        card.save();

        Patient rowan = find("Lewis Rowan");
        assertNotNull(stored(harper).familyId(), "the first sibling makes the household");
        assertEquals(stored(harper).familyId(), rowan.familyId());
        assertEquals(List.of("Harper Lewis", "Rowan Lewis"), names(opened.household()));
        assertEquals("Rowan Lewis joined the household.", opened.household().doneProperty().get());
    }

    @Test
    void aChildAlreadyInThePracticeIsLinkedIntoTheHousehold() {
        // The Parks are one household already (one pipeline card); Isla Reed, of another family, joins it.
        Patient leo = find("Park Leo");
        Patient isla = find("Reed Isla");
        HouseholdViewModel household = open(leo).household();
        household.link(isla);
        assertEquals("Isla Reed joined the household.", household.doneProperty().get());
        assertEquals(List.of("Isla Reed", "Leo Park", "Nora Park"), names(household).stream().sorted().toList());
        assertEquals(stored(leo).familyId(), stored(isla).familyId());

        household.link(isla);
        assertEquals("Is already in this household", household.errors().of("link").get());
    }
}
