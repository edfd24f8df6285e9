package com.starlightdesk.data.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.starlightdesk.data.codes.DiagnosisCodes;
import com.starlightdesk.data.domain.Diagnosis;
import com.starlightdesk.data.domain.DiagnosisStatus;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.testing.BookedVisits;
import com.starlightdesk.data.testing.TestDatabases;
import com.starlightdesk.schema.Dialect;
import com.starlightdesk.schema.Migrations;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The problem list's rules on a real H2 store, with the bundled ICD-10-CM set. */
final class ProblemListTest {
    /** 9 pm on December 4 in Chicago, the practice's zone: already December 5 in UTC. */
    private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @TempDir
    static Path dir;

    private static PracticeData data;
    private static ProblemList problems;
    /** A new patient for each test (the tests share one store). */
    private UUID ava;

    @BeforeAll
    static void store() {
        DataSource ds = TestDatabases.create(Dialect.H2, dir, "starlight_problems");
        Migrations.migrateLocalStore(ds);
        UUID practiceId = Ids.next();
        UUID providerId = Ids.next();
        data = PracticeData.open(ds, practiceId, providerId, Clock.fixed(NOW, ZoneOffset.UTC));
        data.writeAll(c -> {
            c.insert(Practice.of(practiceId, "Maple Pediatrics", "America/Chicago"));
            c.insert(new User(providerId, "lee@maple.test", "Dana Lee", Role.PROVIDER, null, true));
        });
        problems = new ProblemList(data, DiagnosisCodes.icd10cm());
    }

    @BeforeEach
    void patient() {
        Patient patient = BookedVisits.patient();
        data.writeAll(c -> c.insert(patient));
        ava = patient.id();
    }

    private static long outboxEntries(String operation, UUID problemId) {
        return data.outbox().after(0, 10_000).stream().filter(e -> e.tableName().equals("diagnoses")
                && e.operation().equals(operation) && e.rowId().equals(problemId)).count();
    }

    @Test
    void addsACodedProblemWithTheCodeSetsDescription() {
        Diagnosis added = problems.add(ava, "h6690", DiagnosisStatus.ACTIVE, TODAY.minusDays(2), null);
        assertEquals("H66.90", added.icd10Code());
        assertEquals("Otitis media, unspecified, unspecified ear", added.description());
        assertEquals(List.of(added), problems.of(ava));
        assertEquals(List.of(added), data.chart().diagnoses(ava), "stored as added");
        assertEquals(1, outboxEntries("insert", added.id()), "the problem syncs");

        Diagnosis asthma = problems.add(ava, "J45.909", DiagnosisStatus.CHRONIC, TODAY, null);
        Diagnosis old = problems.add(ava, "L20.9", DiagnosisStatus.RESOLVED, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 1));
        assertEquals(LocalDate.of(2024, 6, 1), old.resolvedOn());
        assertEquals(List.of(asthma, added, old), problems.of(ava), "current problems first, newest first; then resolved");
    }

    @Test
    void namesEachBadValueAtItsField() {
        refused("icd10Code", () -> problems.add(ava, "J06", DiagnosisStatus.ACTIVE, TODAY, null));
        refused("icd10Code", () -> problems.add(ava, "J06.8", DiagnosisStatus.ACTIVE, TODAY, null));
        refused("icd10Code", () -> problems.add(ava, "", DiagnosisStatus.ACTIVE, TODAY, null));
        refused("status", () -> problems.add(ava, "J06.9", null, TODAY, null));
        refused("diagnosedAt", () -> problems.add(ava, "J06.9", DiagnosisStatus.ACTIVE, null, null));
        ValidationException future = refused("diagnosedAt",
                () -> problems.add(ava, "J06.9", DiagnosisStatus.ACTIVE, TODAY.plusDays(1), null));
        assertEquals("diagnosedAt: is in the future", future.getMessage(), "tomorrow in the practice's zone, though today in UTC");
        refused("resolvedOn", () -> problems.add(ava, "J06.9", DiagnosisStatus.RESOLVED, TODAY, null));
        refused("resolvedOn", () -> problems.add(ava, "J06.9", DiagnosisStatus.RESOLVED, TODAY, TODAY.minusDays(1)));
        refused("resolvedOn", () -> problems.add(ava, "J06.9", DiagnosisStatus.ACTIVE, TODAY, TODAY));
        assertEquals(List.of(), problems.of(ava), "nothing half-written");

        problems.add(ava, "J06.9", DiagnosisStatus.ACTIVE, TODAY, null);
        ValidationException twice = refused("icd10Code", () -> problems.add(ava, "j069", DiagnosisStatus.CHRONIC, TODAY, null));
        assertEquals("icd10Code: is already on the problem list as active; change that problem instead", twice.getMessage());
    }

    @Test
    void keepsACodeWithALetterThird() {
        Diagnosis gout = problems.add(ava, "m1a0110", DiagnosisStatus.CHRONIC, TODAY, null);
        assertEquals("M1A.0110", gout.icd10Code());
        assertEquals(List.of(gout), problems.of(ava));
    }

    @Test
    void changesStatusResolvesAndReactivates() {
        Diagnosis uri = problems.add(ava, "J06.9", DiagnosisStatus.ACTIVE, TODAY.minusDays(10), null);
        assertEquals(DiagnosisStatus.CHRONIC, problems.changeStatus(uri.id(), DiagnosisStatus.CHRONIC).status());
        refused("status", () -> problems.changeStatus(uri.id(), DiagnosisStatus.RESOLVED));
        refused("resolvedOn", () -> problems.resolve(uri.id(), TODAY.minusDays(11)));
        refused("resolvedOn", () -> problems.resolve(uri.id(), TODAY.plusDays(1)));
        refused("resolvedOn", () -> problems.resolve(uri.id(), null));
        assertEquals(DiagnosisStatus.CHRONIC, data.chart().diagnosis(uri.id()).orElseThrow().status(), "unchanged");

        Diagnosis resolved = problems.resolve(uri.id(), TODAY);
        assertEquals(DiagnosisStatus.RESOLVED, resolved.status());
        assertEquals(TODAY, data.chart().diagnosis(uri.id()).orElseThrow().resolvedOn());

        Diagnosis again = problems.add(ava, "J06.9", DiagnosisStatus.ACTIVE, TODAY, null);
        refused("status", () -> problems.reactivate(uri.id(), DiagnosisStatus.ACTIVE));
        problems.resolve(again.id(), TODAY);

        Diagnosis back = problems.reactivate(uri.id(), DiagnosisStatus.ACTIVE);
        assertEquals(DiagnosisStatus.ACTIVE, back.status());
        assertNull(data.chart().diagnosis(uri.id()).orElseThrow().resolvedOn(), "a current problem has no resolved date");
        refused("status", () -> problems.reactivate(uri.id(), DiagnosisStatus.RESOLVED));
        assertEquals(List.of(DiagnosisStatus.ACTIVE, DiagnosisStatus.RESOLVED),
                problems.of(ava).stream().map(Diagnosis::status).toList());
        assertEquals(3, outboxEntries("update", uri.id()), "each change syncs: chronic, resolved, active again");
    }

    private static ValidationException refused(String field, Executable change) {
        ValidationException e = assertThrows(ValidationException.class, change);
        assertEquals(field, e.field(), e.getMessage());
        return e;
    }
}
