package com.starlightdesk.data.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.Chart;
import com.starlightdesk.data.domain.ClinicalContent;
import com.starlightdesk.data.domain.Diagnosis;
import com.starlightdesk.data.domain.DiagnosisStatus;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceLineItem;
import com.starlightdesk.data.domain.InvoiceStatus;
import com.starlightdesk.data.domain.MedicalRecord;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.PipelineStage;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.PracticeLogo;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.RecordType;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.StaffTask;
import com.starlightdesk.data.domain.TemperatureUnit;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.domain.VitalSigns;
import com.starlightdesk.data.domain.TaskPriority;
import com.starlightdesk.data.domain.TaskStatus;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.VisitType;
import com.starlightdesk.data.domain.VisitTypes;
import com.starlightdesk.data.domain.WorkingHours;
import com.starlightdesk.data.growth.Fahrenheit;
import com.starlightdesk.data.testing.TestDatabases;
import com.starlightdesk.data.testing.TestPictures;
import com.starlightdesk.schema.Dialect;
import com.starlightdesk.schema.Migrations;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The repositories' contract, run against the local H2 dialect and against real PostgreSQL. */
class RepositoryTest {

    private static final Instant T0 = Instant.parse("2026-11-23T15:00:00.123456Z");

    @TempDir
    Path dir;

    private PracticeData practice(DataSource ds, String name) {
        UUID practiceId = Ids.next();
        UUID adminId = Ids.next();
        PracticeData data = PracticeData.open(ds, practiceId, adminId, Clock.fixed(T0, ZoneOffset.UTC));
        data.writeAll(c -> {
            c.insert(Practice.of(practiceId, name, "America/Chicago"));
            c.insert(new User(adminId, "admin@" + name.toLowerCase() + ".test", "Admin", Role.ADMIN, null, true));
        });
        return data;
    }

    private DataSource database(Dialect dialect, String name) {
        DataSource ds = TestDatabases.create(dialect, dir, "starlight_repo_" + name);
        Migrations.migrateLocalStore(ds);
        return ds;
    }

    private static Patient patient(String first, String last, LocalDate dob, String phone) {
        return new Patient(Ids.next(), first, last, dob, Gender.FEMALE, "Jordan " + last, null, phone,
                new Address("12 Elm St", null, "Naperville", "IL", "60540"), "Blue Cross", "BC123", "G1", null,
                PatientStatus.ACTIVE, null, new BigDecimal("75.5"), null, "Peanut allergy", true, null, null, null);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void roundTripsEveryTypeAndRecordsInsertsInTheOutbox(Dialect dialect) {
        PracticeData data = practice(database(dialect, "roundtrip"), "Prajapati");
        Patient ava = patient("Ava", "O'Brien; DROP TABLE patients;--", LocalDate.of(2019, 4, 2), "(312) 555-0101");
        Provider dr = new Provider(Ids.next(), null, "Dr. Prajapati", "Pediatrics", "dr@p.test", "#3366CC", true);
        Appointment visit = new Appointment(Ids.next(), ava.id(), dr.id(), T0, T0.plus(30, ChronoUnit.MINUTES),
                AppointmentStatus.SCHEDULED, AppointmentType.CHECKUP, "Cough", null);
        MedicalRecord note = new MedicalRecord(Ids.next(), ava.id(), dr.id(), visit.id(), RecordType.SOAP_NOTE,
                "{\"subjective\": \"cough 3 days\", \"plan\": {\"b\": 1, \"a\": [1, 2]}}", T0, null, null, null);
        data.writeAll(c -> {
            c.insert(ava);
            c.insert(dr);
            c.insert(visit);
            c.insert(note);
        });

        assertEquals(ava, data.patients().findById(ava.id()).orElseThrow());
        assertEquals(new BigDecimal("75.50"), data.patients().findById(ava.id()).orElseThrow().feeOverride());
        assertEquals(visit, data.appointments().findById(visit.id()).orElseThrow());
        assertEquals(note, data.chart().record(note.id()).orElseThrow());
        assertEquals("cough 3 days", ClinicalContent.field(note.content(), "subjective"));

        List<OutboxEntry> entries = data.outbox().forRow("patients", ava.id().toString());
        assertEquals(1, entries.size());
        assertEquals("insert", entries.get(0).operation());
        assertTrue(entries.get(0).changes().contains("\"last_name\":{\"value\":\"O'Brien; DROP TABLE patients;--\"}"));
        assertEquals(2 + 4 + 3, data.outbox().pending(), "practice, admin, 4 rows and 3 audit entries for the patient's rows");

        Practice practice = data.office().practice().orElseThrow();
        assertEquals(WorkingHours.WEEKDAYS, practice.hours(), "a new practice opens on weekdays");
        Practice saturdays = practice.withHours(WorkingHours.parse("workingHours", "mon 07:30-17:00, sat 09:00-12:15"));
        data.writeAll(c -> c.update(saturdays));
        assertEquals(saturdays, data.office().practice().orElseThrow());
        assertTrue(data.outbox().forRow("practices", practice.id().toString()).get(1).changes().contains("working_hours"));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void thePracticeProfileAndVisitTypesRoundTrip(Dialect dialect) {
        PracticeData data = practice(database(dialect, "profile"), "Maple");
        Practice before = data.office().practice().orElseThrow();
        assertEquals(VisitTypes.DEFAULTS, before.visitTypeDefaults(), "a new practice books with the default visit types");
        String logo = PracticeLogo.of("logo", TestPictures.picture("png", 24, 12)).base64();
        Practice profile = new Practice(before.id(), "Maple Pediatrics", before.timeZone(), before.workingHours(),
                "Maple Pediatrics, P.C.", new Address("12 Elm St", "Suite 4", "Springfield", "IL", "62701"), "(217) 555-0100",
                "(217) 555-0101", "12-3456789", "1234567893", logo,
                VisitTypes.DEFAULTS.with(new VisitType(AppointmentType.WELLNESS, 60, "#6E9A57")).text(), "cap 450.00");
        data.writeAll(c -> c.update(profile));
        Practice read = data.office().practice().orElseThrow();
        assertEquals(profile, read);
        assertEquals(60, read.visitTypeDefaults().of(AppointmentType.WELLNESS).minutes());
        assertEquals(24, read.logoImage().orElseThrow().width());
        String changes = data.outbox().forRow("practices", profile.id().toString()).get(1).changes();
        for (String column : List.of("legal_name", "address", "phone", "fax", "tax_id", "npi", "logo", "visit_types", "household_rule")) {
            assertTrue(changes.contains("\"" + column + "\""), column + " is pushed: " + changes.substring(0, 200));
        }
        Practice cleared = new Practice(read.id(), read.name(), read.timeZone(), read.workingHours(), null, null, null, null,
                null, null, null, read.visitTypes(), read.householdRule());
        data.writeAll(c -> c.update(cleared));
        assertEquals(cleared, data.office().practice().orElseThrow(), "every profile field can be emptied again");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void updateRecordsOnlyChangedFieldsWithBaseValuesAndDeleteLeavesATombstone(Dialect dialect) throws Exception {
        PracticeData data = practice(database(dialect, "update"), "Prajapati");
        Patient ava = patient("Ava", "Lee", LocalDate.of(2019, 4, 2), "312-555-0101");
        data.writeAll(c -> c.insert(ava));
        Patient moved = new Patient(ava.id(), ava.firstName(), ava.lastName(), ava.dateOfBirth(), ava.gender(), ava.parentGuardian(),
                "ava.family@example.test", "(630) 555-0199", ava.address(), ava.insuranceProvider(), ava.insuranceId(),
                ava.insuranceGroup(), null, PatientStatus.ACTIVE, null, ava.feeOverride(), null, ava.notes(), true, ava.primaryProviderId(), ava.gestationalAgeDays(), ava.noKnownAllergiesAt());
        data.writeAll(c -> c.update(moved));
        data.writeAll(c -> c.update(moved)); // no change, no entry

        List<OutboxEntry> entries = data.outbox().forRow("patients", ava.id().toString());
        assertEquals(List.of("insert", "update"), entries.stream().map(OutboxEntry::operation).toList());
        JsonNode changes = StoredValues.JSON.readTree(entries.get(1).changes());
        assertEquals(Map.of("email", 0, "phone", 0).keySet(), toKeys(changes));
        assertEquals("312-555-0101", changes.get("phone").get("base").asText());
        assertEquals("(630) 555-0199", changes.get("phone").get("value").asText());
        // The base is the version the row had when edited: 0 locally; on PostgreSQL the server's trigger stamped 1 on insert.
        assertEquals(dialect == Dialect.H2 ? 0L : 1L, entries.get(1).baseVersion());
        assertEquals(List.of(moved), data.patientSearch().find("630555", 10));

        data.writeAll(c -> c.softDelete(Patient.class, ava.id()));
        assertTrue(data.patients().findById(ava.id()).isEmpty());
        assertEquals("delete", data.outbox().forRow("patients", ava.id().toString()).get(2).operation());
        assertThrows(IllegalStateException.class, () -> data.writeAll(c -> c.update(moved)));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void keepsCodesWithALetterThirdAndTemperaturesToHundredths(Dialect dialect) throws SQLException {
        DataSource ds = database(dialect, "chart_fixes");
        PracticeData data = practice(ds, "Prajapati");
        Patient ava = patient("Ava", "Lee", LocalDate.of(2019, 4, 2), null);
        Diagnosis gout = new Diagnosis(Ids.next(), ava.id(), null, "m1a.0", "Idiopathic chronic gout", DiagnosisStatus.CHRONIC,
                LocalDate.of(2026, 11, 2), null);
        VitalSigns fever = new VitalSigns(Ids.next(), ava.id(), T0, null, null, null, new BigDecimal("37.28"), null, null, null,
                null, null, TemperatureUnit.F, null, null, null, null);
        data.writeAll(c -> {
            c.insert(ava);
            c.insert(gout);
            c.insert(fever);
        });
        assertEquals("M1A.0", data.chart().diagnoses(ava.id()).get(0).icd10Code());
        assertEquals(new BigDecimal("37.28"), data.chart().vitals(ava.id()).get(0).temperatureC());
        assertEquals(new BigDecimal("99.1"), Fahrenheit.fromCelsius(data.chart().vitals(ava.id()).get(0).temperatureC()));
        ValidationException shape = assertThrows(ValidationException.class, () -> new Diagnosis(Ids.next(), ava.id(), null,
                "M1AA", "Four characters, no dot", DiagnosisStatus.ACTIVE, LocalDate.of(2026, 11, 2), null));
        assertEquals("icd10Code", shape.field());

        // The store's own check, whatever a writer sends: a letter third is taken, a letter second is not.
        String insert = "INSERT INTO diagnoses (id, practice_id, patient_id, icd10_code, description, status, diagnosed_at,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, 'check', 'active', DATE '2026-11-02', ?, ?)";
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(insert)) {
            for (String code : List.of("Z3A.20", "C4A", "1M1.0", "MA1.0", "M1A0")) {
                s.setObject(1, Ids.next());
                s.setObject(2, data.practiceId());
                s.setObject(3, ava.id());
                s.setString(4, code);
                s.setObject(5, java.time.OffsetDateTime.ofInstant(T0, ZoneOffset.UTC));
                s.setObject(6, java.time.OffsetDateTime.ofInstant(T0, ZoneOffset.UTC));
                boolean taken;
                try {
                    taken = s.executeUpdate() == 1;
                } catch (SQLException e) {
                    assertEquals("23", e.getSQLState().substring(0, 2), () -> code + ": " + e.getSQLState());
                    taken = false;
                }
                assertEquals(code.equals("Z3A.20") || code.equals("C4A"), taken, code);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aFailedTransactionLeavesNeitherRowsNorOutboxEntries(Dialect dialect) {
        PracticeData data = practice(database(dialect, "rollback"), "Prajapati");
        long before = data.outbox().pending();
        Patient ava = patient("Ava", "Lee", LocalDate.of(2019, 4, 2), null);
        assertThrows(IllegalStateException.class, () -> data.writeAll(c -> {
            c.insert(ava);
            throw new IllegalStateException("the PC lost power");
        }));
        assertTrue(data.patients().findById(ava.id()).isEmpty());
        assertEquals(before, data.outbox().pending());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void onePracticeCannotReadOrWriteAnothersRows(Dialect dialect) {
        DataSource ds = database(dialect, "tenancy");
        PracticeData a = practice(ds, "Alpha");
        PracticeData b = practice(ds, "Beta");
        Patient ava = patient("Ava", "Lee", LocalDate.of(2019, 4, 2), "3125550101");
        a.writeAll(c -> c.insert(ava));

        assertTrue(b.patients().findById(ava.id()).isEmpty());
        assertTrue(b.patientSearch().find("lee", 10).isEmpty());
        assertTrue(b.patientSearch().find("312555", 10).isEmpty());
        assertEquals(0, b.patients().count());
        assertThrows(NoSuchElementException.class, () -> b.writeAll(c -> c.update(ava)));
        assertThrows(NoSuchElementException.class, () -> b.writeAll(c -> c.softDelete(Patient.class, ava.id())));
        assertThrows(NoSuchElementException.class, () -> b.openChart(ava.id()));
        assertEquals(ava, a.patients().findById(ava.id()).orElseThrow());
        assertEquals(1, a.patients().count());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void screenQueriesFindWhatTheFrontDeskAsksFor(Dialect dialect) {
        PracticeData data = practice(database(dialect, "screens"), "Prajapati");
        Patient ava = patient("Ava", "Lee", LocalDate.of(2019, 4, 2), "(312) 555-0101");
        Patient leo = patient("Leo", "Leeds", LocalDate.of(2021, 8, 9), "630.555.0144");
        Patient mia = new Patient(Ids.next(), "Mia", "Patel", LocalDate.of(2024, 1, 5), Gender.FEMALE, "Raj Patel", null, null, null,
                null, null, null, null, PatientStatus.PROSPECT, PipelineStage.MEET_AND_GREET, null, "Dr. Gomez", null, true, null, null, null);
        Provider dr = new Provider(Ids.next(), null, "Dr. Prajapati", null, null, "#3366CC", true);
        Appointment a1 = new Appointment(Ids.next(), ava.id(), dr.id(), T0, T0.plus(30, ChronoUnit.MINUTES),
                AppointmentStatus.CONFIRMED, AppointmentType.CHECKUP, null, null);
        Appointment a2 = new Appointment(Ids.next(), leo.id(), dr.id(), T0.plus(1, ChronoUnit.DAYS), T0.plus(1, ChronoUnit.DAYS).plus(20, ChronoUnit.MINUTES),
                AppointmentStatus.SCHEDULED, AppointmentType.SICK_VISIT, null, null);
        Invoice overdue = Invoice.visit(Ids.next(), ava.id(), a1.id(), InvoiceStatus.SENT, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), null, new BigDecimal("150.00"));
        Invoice current = Invoice.visit(Ids.next(), leo.id(), null, InvoiceStatus.SENT, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 20), null, new BigDecimal("99.00"));
        InvoiceLineItem line = InvoiceLineItem.of(Ids.next(), overdue.id(), 1, "99213", "Office visit", 2, new BigDecimal("75"));
        StaffTask call = new StaffTask(Ids.next(), ava.id(), data.actorId(), "Call about labs", null, LocalDate.of(2026, 11, 24), TaskStatus.OPEN, TaskPriority.HIGH);
        data.writeAll(c -> List.of(ava, leo, mia, dr, a1, a2, overdue, current, line, call).forEach(c::insert));

        assertEquals(List.of("Lee", "Leeds"), data.patientSearch().find("lee", 10).stream().map(Patient::lastName).toList());
        assertEquals(List.of(ava), data.patientSearch().find("ava lee", 10));
        assertEquals(List.of(ava), data.patientSearch().find("Lee A", 10));
        assertEquals(List.of(leo), data.patientSearch().find("2021-08-09", 10));
        assertEquals(List.of(leo), data.patientSearch().find("8/9/2021", 10));
        assertEquals(List.of(leo), data.patientSearch().find("630-555", 10));
        assertEquals(List.of(mia), data.patients().prospectsAtStage(PipelineStage.MEET_AND_GREET.code()));
        assertEquals(Map.of(ava.id(), ava.displayName(), leo.id(), leo.displayName()),
                data.patients().displayNames(List.of(ava.id(), leo.id(), Ids.next())), "names of the patients found, in one query");
        assertEquals(Map.of(), data.patients().displayNames(List.of()));

        assertEquals(List.of(a1, a2), data.appointments().inRange(T0.minus(1, ChronoUnit.DAYS), T0.plus(7, ChronoUnit.DAYS)));
        assertEquals(List.of(a1), data.appointments().inRange(T0.plus(29, ChronoUnit.MINUTES), T0.plus(2, ChronoUnit.HOURS)));
        assertEquals(List.of(), data.appointments().inRange(T0.plus(30, ChronoUnit.MINUTES), T0.plus(2, ChronoUnit.HOURS)));
        Appointment clash = new Appointment(Ids.next(), leo.id(), dr.id(), T0.plus(15, ChronoUnit.MINUTES), T0.plus(45, ChronoUnit.MINUTES),
                AppointmentStatus.SCHEDULED, AppointmentType.FOLLOWUP, null, null);
        assertEquals(List.of(a1), data.appointments().doubleBookings(clash));
        assertEquals(List.of(), data.appointments().doubleBookings(a1), "a visit does not clash with itself");

        assertEquals(List.of(overdue), data.billing().overdue(LocalDate.of(2026, 11, 23)));
        assertEquals(List.of(line), data.billing().lineItems(overdue.id()));
        assertEquals(new BigDecimal("150.00"), line.amount());
        assertEquals(List.of(call), data.office().tasksFor(data.actorId(), TaskStatus.OPEN.code()));
        assertEquals(List.of(call), data.office().tasksDueBy(LocalDate.of(2026, 11, 30)));

        long auditBefore = data.counts().get("audit_log");
        Chart chart = data.openChart(ava.id());
        assertEquals(ava, chart.patient());
        assertEquals(List.of(a1), chart.appointments());
        assertEquals(auditBefore + 1, data.counts().get("audit_log"), "reading a chart is audited");
        var audit = data.audit().forPatient(ava.id(), 10);
        assertEquals(1, audit.stream().filter(e -> e.action() == com.starlightdesk.data.domain.AuditAction.READ
                && data.actorId().equals(e.userId())).count(), "one chart read by the signed-in user");
        assertTrue(audit.stream().anyMatch(e -> e.action() == com.starlightdesk.data.domain.AuditAction.CREATE && e.rowId().equals(a1.id())),
                "creating a visit for the patient is audited");
        assertFalse(chart.timeline(java.time.ZoneOffset.UTC).isEmpty());
    }

    private static java.util.Set<String> toKeys(JsonNode node) {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
