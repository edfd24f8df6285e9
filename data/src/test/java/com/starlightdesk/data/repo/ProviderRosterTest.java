package com.starlightdesk.data.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.testing.BookedVisits;
import com.starlightdesk.data.testing.TestDatabases;
import com.starlightdesk.schema.Dialect;
import com.starlightdesk.schema.Migrations;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The providers' rules and counts on a real store, H2 and PostgreSQL. */
final class ProviderRosterTest {
    private static final Instant NOW = Instant.parse("2026-12-04T15:00:00Z");

    @TempDir
    Path dir;

    private PracticeData practice(Dialect dialect) {
        DataSource ds = TestDatabases.create(dialect, dir, "starlight_roster");
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

    private static Provider provider(String name, String email, String color) {
        return new Provider(Ids.next(), null, name, "Pediatrics", email, color, true);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void addsEditsAndDeactivatesUnderTheRulesAndCountsVisitsToCome(Dialect dialect) {
        PracticeData data = practice(dialect);
        ProviderRoster roster = data.providers();
        Provider asha = roster.add(provider("Asha Prajapati, MD", "asha@maple.test", "#2E6FDB"));
        Provider sam = roster.add(provider("Sam Rivera, CPNP", "sam@maple.test", "#C0390B"));

        ValidationException duplicate = assertThrows(ValidationException.class, () -> roster.edit(
                new Provider(sam.id(), null, sam.name(), sam.specialty(), "ASHA@Maple.test", sam.color(), true)));
        assertEquals("email", duplicate.field());
        assertEquals("email: Asha Prajapati, MD already has this e-mail; each provider needs their own", duplicate.getMessage());
        assertThrows(ValidationException.class, () -> roster.add(provider("Other", "asha@MAPLE.test", null)));

        ValidationException grey = assertThrows(ValidationException.class,
                () -> roster.edit(new Provider(sam.id(), null, sam.name(), null, sam.email(), "#808080", true)));
        assertEquals("color", grey.field());
        assertEquals("sam@maple.test", data.office().provider(sam.id()).orElseThrow().email(), "nothing half-written");
        assertEquals("#C0390B", data.office().provider(sam.id()).orElseThrow().color());

        Patient ava = BookedVisits.patient();
        data.writeAll(c -> {
            c.insert(ava);
            c.insert(BookedVisits.visit(ava.id(), asha.id(), NOW.plus(Duration.ofDays(1)), AppointmentStatus.SCHEDULED));
            c.insert(BookedVisits.visit(ava.id(), asha.id(), NOW.plus(Duration.ofDays(2)), AppointmentStatus.CONFIRMED));
            c.insert(BookedVisits.visit(ava.id(), asha.id(), NOW.plus(Duration.ofDays(3)), AppointmentStatus.CANCELLED));
            c.insert(BookedVisits.visit(ava.id(), asha.id(), NOW.minus(Duration.ofDays(1)), AppointmentStatus.SCHEDULED));
            c.insert(BookedVisits.visit(ava.id(), asha.id(), NOW, AppointmentStatus.SCHEDULED)); // starts now: not to come
            c.insert(BookedVisits.visit(ava.id(), sam.id(), NOW.plus(Duration.ofHours(1)), AppointmentStatus.CONFIRMED));
        });
        assertEquals(2, roster.entry(asha.id()).futureVisits());
        assertEquals(1, roster.entry(sam.id()).futureVisits());

        Provider off = roster.setActive(asha.id(), false);
        assertFalse(off.isActive());
        List<ProviderRoster.Entry> entries = roster.entries();
        assertEquals(List.of("Asha Prajapati, MD", "Sam Rivera, CPNP"), entries.stream().map(e -> e.provider().name()).toList());
        assertFalse(entries.get(0).provider().isActive(), "a deactivated provider stays on the list");
        assertEquals(2, entries.get(0).futureVisits(), "the visits stay");
        assertEquals(1, data.outbox().after(0, 100).stream().filter(e -> e.tableName().equals("providers")
                && e.operation().equals("update")).count(), "the deactivation syncs");
        assertEquals(asha.id(), roster.byEmail(" Asha@Maple.TEST").orElseThrow().id());
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = "H2")
    void onlyAnActiveProviderUserLinkedToNoOtherProviderCanBeLinked(Dialect dialect) {
        PracticeData data = practice(dialect);
        User drLee = new User(Ids.next(), "lee@maple.test", "Dana Lee", Role.PROVIDER, null, true);
        User desk = new User(Ids.next(), "desk@maple.test", "Front Desk", Role.STAFF, null, true);
        data.writeAll(c -> {
            c.insert(drLee);
            c.insert(desk);
        });
        ProviderRoster roster = data.providers();
        Provider lee = roster.add(new Provider(Ids.next(), drLee.id(), "Dana Lee, MD", null, null, null, true));
        assertEquals("lee@maple.test", roster.entry(lee.id()).userEmail());

        ValidationException staff = assertThrows(ValidationException.class,
                () -> roster.add(new Provider(Ids.next(), desk.id(), "Desk", null, null, null, true)));
        assertEquals("userId: Front Desk's role is staff; only a user whose role is provider can be linked to a provider",
                staff.getMessage());
        ValidationException twice = assertThrows(ValidationException.class,
                () -> roster.add(new Provider(Ids.next(), drLee.id(), "Dana Lee again", null, null, null, true)));
        assertEquals("userId: Dana Lee is already linked to Dana Lee, MD", twice.getMessage());
        ValidationException nobody = assertThrows(ValidationException.class,
                () -> roster.add(new Provider(Ids.next(), Ids.next(), "Nobody", null, null, null, true)));
        assertEquals("userId", nobody.field());
        assertTrue(roster.entries().stream().allMatch(e -> e.provider().id().equals(lee.id())), "nothing else was added");
    }
}
