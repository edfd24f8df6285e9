package com.starlightdesk.data.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.ChartAccessFilter;
import com.starlightdesk.data.domain.ChartOpening;
import com.starlightdesk.data.domain.ChartPart;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.testing.TestDatabases;
import com.starlightdesk.schema.Dialect;
import com.starlightdesk.schema.Migrations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Chart access list's reads of the audit log, on the local H2 dialect and on real PostgreSQL. */
class ChartAccessLogTest {
    private static final Instant T0 = Instant.parse("2026-12-01T15:00:00Z");

    @TempDir
    Path dir;

    private DataSource ds;
    private UUID practiceId;
    private final UUID admin = Ids.next();
    private final UUID provider = Ids.next();
    private final UUID staff = Ids.next();
    private Patient ava;
    private Patient ben;

    private PracticeData as(UUID user, Instant at) {
        return PracticeData.open(ds, practiceId, user, Clock.fixed(at, ZoneOffset.UTC));
    }

    private void practice(Dialect dialect) {
        ds = TestDatabases.create(dialect, dir, "starlight_chart_access");
        Migrations.migrateLocalStore(ds);
        practiceId = Ids.next();
        ava = patient("Ava", "Lee");
        ben = patient("Ben", "Ortiz");
        as(admin, T0).writeAll(c -> {
            c.insert(Practice.of(practiceId, "Maple Pediatrics", "America/Chicago"));
            c.insert(new User(admin, "rita@maple.test", "Rita Moreno", Role.ADMIN, null, true));
            c.insert(new User(provider, "lee@maple.test", "Dr. Dana Lee", Role.PROVIDER, null, true));
            c.insert(new User(staff, "sam@maple.test", "Sam Front", Role.STAFF, null, true));
            c.insert(ava);
            c.insert(ben);
        });
    }

    private static Patient patient(String first, String last) {
        return new Patient(Ids.next(), first, last, java.time.LocalDate.of(2020, 4, 2), Gender.FEMALE, "Jordan " + last, null,
                null, new Address("12 Elm St", null, "Naperville", "IL", "60540"), null, null, null, null,
                PatientStatus.ACTIVE, null, null, null, "Peanut allergy", true, null, null, null);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void listsWhoOpenedWhoseChartAndWhichPartNewestFirst(Dialect dialect) throws SQLException {
        practice(dialect);
        as(provider, T0.plus(1, ChronoUnit.HOURS)).openChart(ava.id());
        as(provider, T0.plus(61, ChronoUnit.MINUTES)).auditChartSection(ava.id(), ChartPart.NOTES);
        as(provider, T0.plus(62, ChronoUnit.MINUTES)).auditChartSection(ava.id(), ChartPart.IMMUNIZATIONS);
        as(provider, T0.plus(63, ChronoUnit.MINUTES)).auditChartSection(ava.id(), ChartPart.DEMOGRAPHICS);
        as(provider, T0.plus(64, ChronoUnit.MINUTES)).auditChartSection(ava.id(), ChartPart.HOUSEHOLD);
        as(staff, T0.plus(2, ChronoUnit.HOURS)).openChart(ben.id());
        // A change of a chart is audited too, but it is not an opening.
        as(staff, T0.plus(3, ChronoUnit.HOURS)).writeAll(c -> c.update(new Patient(ben.id(), "Ben", "Ortiz", ben.dateOfBirth(),
                ben.gender(), ben.parentGuardian(), null, "630-555-0101", ben.address(), null, null, null, null,
                PatientStatus.ACTIVE, null, null, null, ben.notes(), true, null, null, null)));
        // A section read recorded before the audit log named parts: told by the table it read.
        legacySectionRead(ava.id(), "allergies", T0.plus(30, ChronoUnit.MINUTES));

        ChartAccessLog log = as(admin, T0.plus(4, ChronoUnit.HOURS)).chartAccess();
        ChartAccessLog.Page all = log.page(ChartAccessFilter.EVERYTHING, null, 50);
        assertFalse(all.more());
        assertEquals(Arrays.asList(ChartPart.CHART, ChartPart.HOUSEHOLD, ChartPart.DEMOGRAPHICS, ChartPart.IMMUNIZATIONS,
                ChartPart.NOTES, ChartPart.CHART, null), all.openings().stream().map(ChartOpening::part).toList());
        ChartOpening newest = all.openings().get(0);
        assertEquals("Sam Front", newest.userName());
        assertEquals("Ben Ortiz", newest.patientName());
        assertEquals(T0.plus(2, ChronoUnit.HOURS), newest.occurredAt());
        ChartOpening opening = all.openings().get(5);
        assertEquals("Dr. Dana Lee", opening.userName());
        assertEquals("Ava Lee", opening.patientName());
        assertEquals("allergies", all.openings().get(6).tableName());

        assertEquals(6, log.page(new ChartAccessFilter(ava.id(), null, null, null), null, 50).openings().size(), "Ava's chart");
        List<ChartOpening> staffs = log.page(new ChartAccessFilter(null, staff, null, null), null, 50).openings();
        assertEquals(List.of(ben.id()), staffs.stream().map(ChartOpening::patientId).toList(), "what staff opened");
        List<ChartOpening> inHour = log.page(new ChartAccessFilter(ava.id(), provider, T0.plus(1, ChronoUnit.HOURS),
                T0.plus(62, ChronoUnit.MINUTES)), null, 50).openings();
        assertEquals(List.of(ChartPart.NOTES, ChartPart.CHART), inHour.stream().map(ChartOpening::part).toList(),
                "from inclusive, until exclusive");
        assertTrue(log.page(new ChartAccessFilter(ava.id(), staff, null, null), null, 50).openings().isEmpty());

        // Page by page: the same entries in the same order, none twice.
        List<ChartOpening> paged = new ArrayList<>();
        ChartOpening after = null;
        ChartAccessLog.Page page;
        int pages = 0;
        do {
            page = log.page(ChartAccessFilter.EVERYTHING, after, 3);
            paged.addAll(page.openings());
            after = page.openings().isEmpty() ? null : page.openings().get(page.openings().size() - 1);
            pages++;
        } while (page.more());
        assertEquals(3, pages);
        assertEquals(all.openings(), paged);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void onlyAnAdminMayReadItAndABadRangeIsNamedAtItsField(Dialect dialect) {
        practice(dialect);
        as(provider, T0.plus(1, ChronoUnit.HOURS)).openChart(ava.id());
        for (UUID user : List.of(provider, staff, Ids.next())) {
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> as(user, T0.plus(2, ChronoUnit.HOURS)).chartAccess().page(ChartAccessFilter.EVERYTHING, null, 50));
            assertEquals("role", refused.field());
        }
        ValidationException range = assertThrows(ValidationException.class,
                () -> new ChartAccessFilter(null, null, T0, T0));
        assertEquals("until", range.field());
        assertEquals(1, as(admin, T0.plus(2, ChronoUnit.HOURS)).chartAccess().page(ChartAccessFilter.EVERYTHING, null, 50)
                .openings().size());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anotherPracticesOpeningsAreNotListed(Dialect dialect) {
        practice(dialect);
        UUID otherPractice = Ids.next();
        UUID otherAdmin = Ids.next();
        Patient cara = patient("Cara", "Diaz");
        PracticeData other = PracticeData.open(ds, otherPractice, otherAdmin, Clock.fixed(T0, ZoneOffset.UTC));
        other.writeAll(c -> {
            c.insert(Practice.of(otherPractice, "Oak Kids", "America/Denver"));
            c.insert(new User(otherAdmin, "ola@oak.test", "Ola Admin", Role.ADMIN, null, true));
            c.insert(cara);
        });
        other.openChart(cara.id());
        as(provider, T0.plus(1, ChronoUnit.HOURS)).openChart(ava.id());
        List<ChartOpening> mine = as(admin, T0.plus(2, ChronoUnit.HOURS)).chartAccess().page(ChartAccessFilter.EVERYTHING, null, 50)
                .openings();
        assertEquals(List.of(ava.id()), mine.stream().map(ChartOpening::patientId).toList());
        assertTrue(as(admin, T0).chartAccess().page(new ChartAccessFilter(cara.id(), null, null, null), null, 50).openings().isEmpty());
        assertEquals(List.of(cara.id()), other.chartAccess().page(ChartAccessFilter.EVERYTHING, null, 50).openings().stream()
                .map(ChartOpening::patientId).toList(), "the other practice's admin sees its own only");
    }

    @org.junit.jupiter.api.Test
    void eachPartOfAChartNamesAStoredTable() {
        for (ChartPart part : ChartPart.values()) {
            assertEquals(part.tableName(), Tables.named(part.tableName()).name(), part.name());
        }
    }

    private void legacySectionRead(UUID patientId, String table, Instant at) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO audit_log (id, practice_id,"
                + " user_id, action, table_name, patient_id, occurred_at, created_at, updated_at) VALUES (?, ?, ?, 'read', ?, ?, ?, ?, ?)")) {
            OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
            s.setObject(1, Ids.next());
            s.setObject(2, practiceId);
            s.setObject(3, provider);
            s.setString(4, table);
            s.setObject(5, patientId);
            s.setObject(6, when);
            s.setObject(7, when);
            s.setObject(8, when);
            s.executeUpdate();
        }
    }
}
