package com.starlightdesk.data.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.data.testing.TestDatabases;
import com.starlightdesk.schema.Migrations;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds thousands of generated bad values through the domain's validators on their way into a real
 * store: every one is refused with a {@link ValidationException} naming its field, and nothing is stored.
 */
class BadInputPropertyTest {
    private static final int CASES_PER_KIND = 600;
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    @TempDir
    Path dir;

    private final Random random = new Random(1123);

    @Test
    void generatedBadValuesAreRefusedAtTheBoundaryAndNeverStored() {
        DataSource ds = TestDatabases.h2(dir.resolve("bad"));
        Migrations.migrateLocalStore(ds);
        UUID practiceId = Ids.next();
        PracticeData data = PracticeData.open(ds, practiceId, null, Clock.fixed(NOW, ZoneOffset.UTC));
        data.writeAll(c -> c.insert(Practice.of(practiceId, "Bad Input Pediatrics", "America/Chicago")));
        long outboxBefore = data.outbox().pending();

        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < CASES_PER_KIND; i++) {
            LocalDate future = LocalDate.now(ZoneOffset.UTC).plusDays(2 + random.nextInt(20_000));
            cases.add(new Case("dateOfBirth", () -> patient(future, "Lee", "active", null)));
            String longName = "x".repeat(101 + random.nextInt(500));
            cases.add(new Case("lastName", () -> patient(LocalDate.of(2020, 1, 1), longName, "active", null)));
            String badStatus = randomWord();
            cases.add(new Case("status", () -> patient(LocalDate.of(2020, 1, 1), "Lee", badStatus, null)));
            BigDecimal negative = BigDecimal.valueOf(-1 - random.nextInt(100_000), random.nextInt(3));
            cases.add(new Case("feeOverride", () -> patient(LocalDate.of(2020, 1, 1), "Lee", "active", negative)));
            BigDecimal overPrecise = new BigDecimal(random.nextInt(1000) + "." + (100 + random.nextInt(899)) + (1 + random.nextInt(9)));
            cases.add(new Case("monthlyFee", () -> MembershipPlan.inYears(Ids.next(), "Orion", 0, 1, overPrecise)));
            BigDecimal huge = new BigDecimal("1" + "0".repeat(10 + random.nextInt(10)));
            cases.add(new Case("totalAmount", () -> Invoice.visit(Ids.next(), Ids.next(), null, InvoiceStatus.DRAFT, null, null, null, huge)));
            String icd = badIcd10();
            cases.add(new Case("icd10Code", () -> new Diagnosis(Ids.next(), Ids.next(), null, icd, "x", DiagnosisStatus.ACTIVE, LocalDate.of(2025, 1, 1), null)));
            String cpt = badCpt();
            cases.add(new Case("cptCode", () -> InvoiceLineItem.of(Ids.next(), Ids.next(), 1, cpt, "visit", 1, BigDecimal.TEN)));
            Instant start = NOW.plusSeconds(random.nextInt(100_000));
            Instant end = start.minusSeconds(random.nextInt(10_000));
            cases.add(new Case("endTime", () -> new Appointment(Ids.next(), Ids.next(), Ids.next(), start, end,
                    AppointmentStatus.SCHEDULED, AppointmentType.CHECKUP, null, null)));
            String badType = randomWord();
            cases.add(new Case("appointmentType", () -> new Appointment(Ids.next(), Ids.next(), Ids.next(), start, start.plusSeconds(600),
                    AppointmentStatus.SCHEDULED, AppointmentType.of("appointmentType", badType), null, null)));
        }
        int refused = 0;
        for (Case c : cases) {
            ValidationException e = assertThrows(ValidationException.class, () -> data.writeAll(w -> w.insert(c.record().get())),
                    "accepted a bad " + c.field());
            assertEquals(c.field(), e.field());
            assertFalse(e.getMessage().contains("xxxxxxxxxx"), "messages do not echo the value");
            refused++;
        }
        assertEquals(cases.size(), refused);
        assertTrue(refused >= 6000);
        assertEquals(0L, data.patients().count());
        data.counts().forEach((table, count) -> {
            if (!table.equals("practices")) {
                assertEquals(0L, count, table + " holds a row from bad input");
            }
        });
        assertEquals(outboxBefore, data.outbox().pending());
    }

    @Test
    void sqlMetacharactersAreJustData() {
        DataSource ds = TestDatabases.h2(dir.resolve("meta"));
        Migrations.migrateLocalStore(ds);
        UUID practiceId = Ids.next();
        PracticeData data = PracticeData.open(ds, practiceId, null, Clock.fixed(NOW, ZoneOffset.UTC));
        data.writeAll(c -> c.insert(Practice.of(practiceId, "Meta", "UTC")));
        List<String> nasty = List.of("'; DROP TABLE patients; --", "Robert\"); DELETE FROM outbox; --", "%_\\", "<define>", ":practiceId", "O'Neil");
        for (String name : nasty) {
            Patient p = patient(LocalDate.of(2020, 1, 1), name, "active", null);
            data.writeAll(c -> c.insert(p));
            assertEquals(name, data.patients().findById(p.id()).orElseThrow().lastName());
        }
        assertEquals(nasty.size(), data.patients().count());
        assertEquals(1, data.patientSearch().find("%_", 10).size(), "LIKE wildcards are literal in search");
    }

    private static Patient patient(LocalDate dob, String last, String status, BigDecimal fee) {
        return new Patient(Ids.next(), "Ava", last, dob, Gender.FEMALE, null, null, null, null, null, null, null, null,
                PatientStatus.of("status", status), null, fee, null, null, true, null, null, null);
    }

    private String randomWord() {
        String[] options = {"ACTIVE", "Active ", "enrolled", "", "prospect;", "no-show", "canceled", "\u0000", "checked-in", "null"};
        return options[random.nextInt(options.length)] + (random.nextBoolean() ? "" : Integer.toString(random.nextInt(99)));
    }

    private String badIcd10() {
        String[] options = {"J6", "123", "J06.", "J06.12345", "JJ06", "J06-9", "06.9", "J 06", "J06.9;", "ZZ9", "Z999"};
        return options[random.nextInt(options.length)];
    }

    private String badCpt() {
        String[] options = {"9921", "992134", "ABCDE", "99-13", "9921a!", "1234-", "99 13"};
        return options[random.nextInt(options.length)];
    }

    private record Case(String field, Supplier<Record> record) {
    }
}
