package com.starlightdesk.data.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.testing.TestDatabases;
import com.starlightdesk.schema.Dialect;
import com.starlightdesk.schema.Migrations;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Demographics edits and households on a real store, H2 and PostgreSQL. */
final class HouseholdsTest {
    /** 11:30 pm on December 3 in Chicago: already December 4 in UTC. */
    private static final Instant NOW = Instant.parse("2026-12-04T05:30:00Z");

    @TempDir
    Path dir;

    private PracticeData practice(Dialect dialect) {
        DataSource ds = TestDatabases.create(dialect, dir, "starlight_households");
        Migrations.migrateLocalStore(ds);
        UUID practiceId = Ids.next();
        UUID adminId = Ids.next();
        PracticeData data = PracticeData.open(ds, practiceId, adminId, Clock.fixed(NOW, ZoneOffset.UTC));
        data.writeAll(c -> {
            c.insert(Practice.of(practiceId, "Maple Pediatrics", "America/Chicago"));
            c.insert(new User(adminId, "admin@maple.test", "Admin", Role.ADMIN, null, true));
        });
        return data;
    }

    private static Patient child(String first, String born, UUID family) {
        return new Patient(Ids.next(), first, "Johnson", LocalDate.parse(born), Gender.FEMALE, "Sarah Johnson", "sarah@example.test",
                "(630) 555-0177", new Address("42 Oak Lane", null, "Wheaton", "IL", "60187"), "Aetna", "M1", "GRP-1", family,
                PatientStatus.ACTIVE, null, null, null, null, true, null, null, null);
    }

    private static List<JsonNode> outboxOf(PracticeData data, UUID rowId) {
        return data.outbox().forRow("patients", rowId.toString()).stream().map(e -> {
            try {
                return StoredValues.JSON.readTree(e.changes());
            } catch (java.io.IOException failed) {
                throw new java.io.UncheckedIOException(failed);
            }
        }).toList();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anEditWritesOnlyTheFieldsItChangedOverTheRowAsStoredNow(Dialect dialect) {
        PracticeData data = practice(dialect);
        Patient emma = data.write(c -> c.insert(child("Emma", "2015-02-11", null)));
        Patient read = emma;
        // another desk's change to another field arrives after the form was read
        data.writeAll(c -> c.update(new Patient(emma.id(), emma.firstName(), emma.lastName(), emma.dateOfBirth(), emma.gender(),
                emma.parentGuardian(), emma.email(), emma.phone(), emma.address(), "Cigna", emma.insuranceId(), emma.insuranceGroup(),
                null, PatientStatus.ACTIVE, null, null, null, null, true, null, null, null)));

        Patient edited = new Patient(read.id(), read.firstName(), read.lastName(), read.dateOfBirth(), read.gender(),
                read.parentGuardian(), read.email(), "630.555.0199", read.address(), read.insuranceProvider(), read.insuranceId(),
                read.insuranceGroup(), null, PatientStatus.ACTIVE, null, null, null, "Prefers text messages", true, null, 233, null);
        Patient saved = data.demographics().save(read, edited);

        assertEquals("(630) 555-0199", saved.phone(), "kept in the practice's form");
        assertEquals("Cigna", saved.insuranceProvider(), "the other desk's change stays");
        assertEquals(233, saved.gestationalAgeDays());
        assertEquals(saved, data.patients().findById(emma.id()).orElseThrow());
        assertEquals(1, data.patients().byPhoneDigitsRange("6305550199", "6305550199~", 5).size(), "the search finds the ten digits");
        JsonNode last = outboxOf(data, emma.id()).get(2);
        assertEquals(Set.of("phone", "notes", "gestational_age_days"), fieldNames(last));
        assertEquals("(630) 555-0177", last.get("phone").get("base").asText());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theRulesNameTheirField(Dialect dialect) {
        PracticeData data = practice(dialect);
        Provider gone = data.write(c -> c.insert(new Provider(Ids.next(), null, "Dr. Gone", null, null, null, false)));
        Patient emma = data.write(c -> c.insert(child("Emma", "2015-02-11", null)));
        // December 4 in UTC is tomorrow in Chicago
        assertEquals("dateOfBirth", assertThrows(ValidationException.class, () -> data.demographics().save(emma,
                withBirthAndProvider(emma, LocalDate.of(2026, 12, 4), null))).field());
        assertEquals(LocalDate.of(2026, 12, 3), data.demographics().save(emma, withBirthAndProvider(emma, LocalDate.of(2026, 12, 3), null))
                .dateOfBirth());
        Patient now = data.patients().findById(emma.id()).orElseThrow();
        assertEquals("primaryProviderId", assertThrows(ValidationException.class, () -> data.demographics().save(now,
                withBirthAndProvider(now, now.dateOfBirth(), gone.id()))).field());
        assertEquals("address.postalCode", assertThrows(ValidationException.class,
                () -> Demographics.address("1 Main St", null, "Wheaton", "IL", "6018")).field());
        assertEquals("address.state", assertThrows(ValidationException.class,
                () -> Demographics.address("1 Main St", null, "Wheaton", "Illinois", "60187")).field());
        assertEquals(new Address("1 Main St", null, "Wheaton", "IL", "60187-1234"),
                Demographics.address("1 Main St", " ", "Wheaton", "il", "60187-1234"));
        assertNull(Demographics.address("", " ", null, "", ""));
    }

    private static Patient withBirthAndProvider(Patient p, LocalDate born, UUID provider) {
        return new Patient(p.id(), p.firstName(), p.lastName(), born, p.gender(), p.parentGuardian(), p.email(), p.phone(), p.address(),
                p.insuranceProvider(), p.insuranceId(), p.insuranceGroup(), p.familyId(), p.status(), p.pipelineStage(), p.feeOverride(),
                p.referredBy(), p.notes(), p.isActive(), provider, p.gestationalAgeDays(), p.noKnownAllergiesAt());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theSharedContactGoesToTheChosenSiblingsOnly(Dialect dialect) {
        PracticeData data = practice(dialect);
        UUID family = Ids.next();
        Patient emma = data.write(c -> c.insert(child("Emma", "2015-02-11", family)));
        Patient liam = data.write(c -> c.insert(child("Liam", "2018-07-30", family)));
        Patient ruby = data.write(c -> c.insert(child("Ruby", "2021-01-05", family)));
        Patient other = data.write(c -> c.insert(child("Olive", "2020-01-05", null)));
        assertEquals(List.of(emma.id(), liam.id(), ruby.id()), data.households().members(liam.id()).stream().map(Patient::id).toList());

        Address moved = new Address("9 Birch Ct", "Apt 2", "Aurora", "IL", "60505");
        data.households().applyContact(emma.id(), new Households.SharedContact("Sarah Johnson", "331-555-0190", moved),
                List.of(emma.id(), ruby.id()));
        for (Patient p : List.of(emma, ruby)) {
            Patient stored = data.patients().findById(p.id()).orElseThrow();
            assertEquals(moved, stored.address());
            assertEquals("(331) 555-0190", stored.phone());
            assertEquals(Set.of("phone", "address"), fieldNames(outboxOf(data, p.id()).get(1)), "guardian unchanged, not written");
        }
        assertEquals(liam, data.patients().findById(liam.id()).orElseThrow(), "not chosen, not changed");
        assertEquals(1, outboxOf(data, liam.id()).size());

        ValidationException outsider = assertThrows(ValidationException.class, () -> data.households().applyContact(emma.id(),
                new Households.SharedContact("Someone", "331-555-0111", null), List.of(liam.id(), other.id())));
        assertEquals("siblings", outsider.field());
        assertEquals(liam, data.patients().findById(liam.id()).orElseThrow(), "nothing written");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aFirstSiblingMakesTheHouseholdAndALinkJoinsIt(Dialect dialect) {
        PracticeData data = practice(dialect);
        Patient maya = data.write(c -> c.insert(child("Maya", "2024-06-30", null)));
        assertEquals(List.of(maya), data.households().members(maya.id()));

        Patient baby = data.households().addSibling(maya.id(), child("Noa", "2026-11-01", null));
        UUID family = data.patients().findById(maya.id()).orElseThrow().familyId();
        assertNotNull(family);
        assertEquals(family, baby.familyId());
        assertEquals(List.of(maya.id(), baby.id()), data.households().members(maya.id()).stream().map(Patient::id).toList());

        Patient cousin = data.write(c -> c.insert(child("Ezra", "2019-03-03", Ids.next())));
        data.households().link(maya.id(), cousin.id());
        assertEquals(family, data.patients().findById(cousin.id()).orElseThrow().familyId());
        assertEquals(3, data.households().members(baby.id()).size());
        assertEquals("sibling", assertThrows(ValidationException.class, () -> data.households().link(maya.id(), cousin.id())).field());
        assertTrue(data.households().members(maya.id()).stream().allMatch(p -> family.equals(p.familyId())));
    }

    private static Set<String> fieldNames(JsonNode changes) {
        Set<String> names = new java.util.HashSet<>();
        changes.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
