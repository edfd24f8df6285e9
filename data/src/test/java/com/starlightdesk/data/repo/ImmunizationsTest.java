package com.starlightdesk.data.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.AuditAction;
import com.starlightdesk.data.domain.AuditEntry;
import com.starlightdesk.data.domain.DoseErrorReason;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.ImmunizationObservation;
import com.starlightdesk.data.domain.ImmunizationRecord;
import com.starlightdesk.data.domain.ImmunizationSource;
import com.starlightdesk.data.domain.InjectionSite;
import com.starlightdesk.data.domain.ObservationKind;
import com.starlightdesk.data.domain.ObservationRemoval;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.domain.VaccineRoute;
import com.starlightdesk.data.testing.BookedVisits;
import com.starlightdesk.data.testing.TestDatabases;
import com.starlightdesk.schema.Dialect;
import com.starlightdesk.schema.Migrations;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A patient's immunization record on a real store, H2 and PostgreSQL: each rule at its field, batches all or none, never deleted. */
final class ImmunizationsTest {
    /** 11:30 pm on December 3 in Chicago: already December 4 in UTC. */
    private static final Instant NOW = Instant.parse("2026-12-04T05:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @TempDir
    Path dir;

    private DataSource ds;
    private PracticeData data;
    private UUID nurseId;
    private Provider asha;
    private Patient ava;

    private void practice(Dialect dialect) {
        ds = TestDatabases.create(dialect, dir, "starlight_immunizations");
        Migrations.migrateLocalStore(ds);
        UUID practiceId = Ids.next();
        UUID doctorId = Ids.next();
        nurseId = Ids.next();
        data = PracticeData.open(ds, practiceId, doctorId, Clock.fixed(NOW, ZoneOffset.UTC));
        ava = BookedVisits.patient(); // born 2019-04-02
        data.writeAll(c -> {
            c.insert(Practice.of(practiceId, "Maple Pediatrics", "America/Chicago"));
            c.insert(new User(doctorId, "asha@maple.test", "Asha Prajapati", Role.PROVIDER, null, true));
            c.insert(new User(nurseId, "rn@maple.test", "Robin Nurse", Role.STAFF, null, true));
            asha = c.insert(new Provider(Ids.next(), doctorId, "Asha Prajapati, MD", "Pediatrics", "asha@maple.test", "#2E6FDB", true));
            c.insert(ava);
        });
    }

    private Immunization given(String cvx, LocalDate on, String lot, LocalDate expires) {
        return new Immunization(Ids.next(), ava.id(), cvx, on, ImmunizationSource.GIVEN_HERE, null, lot, "pmc", expires,
                InjectionSite.LEFT_DELTOID, VaccineRoute.INTRAMUSCULAR, new BigDecimal("0.5"), on.minusYears(1), on, nurseId,
                null, null, null, null);
    }

    private Immunization historical(String cvx, LocalDate on) {
        return new Immunization(Ids.next(), ava.id(), cvx, on, ImmunizationSource.HISTORICAL, "Illinois state registry (I-CARE)",
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static String failure(Runnable write) {
        return assertThrows(ValidationException.class, write::run).getMessage();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDoseGivenHereIsCheckedAtEachFieldAndReadBackAsGiven(Dialect dialect) {
        practice(dialect);
        Immunizations record = data.immunizations();
        Immunization dtap = record.give(given("20", TODAY, "UJ123AA", TODAY.plusMonths(8)));
        Immunization stored = record.of(ava.id()).doses().get(0);
        assertEquals(dtap, stored, "every field as given");
        assertEquals("PMC", stored.mvx(), "manufacturer codes in capitals");
        assertEquals(0, new BigDecimal("0.50").compareTo(stored.doseMl()));

        assertEquals("cvx: is not a CVX code of CDC's list", failure(() -> record.give(given("555", TODAY, "L1", TODAY))));
        assertEquals("cvx: is a CVX code: 1 to 3 digits, e.g. 08", failure(() -> given("DTaP", TODAY, "L1", TODAY)));
        assertTrue(failure(() -> record.give(given("01", TODAY, "L1", TODAY))).startsWith("cvx: is not an active vaccine (CDC status Inactive)"));
        assertEquals("givenOn: is in the future", failure(() -> record.give(given("10", TODAY.plusDays(1), "L1", TODAY.plusDays(9)))),
                "December 4 is tomorrow in Chicago");
        assertEquals("givenOn: is before the patient was born", failure(() -> record.give(given("08", LocalDate.of(2019, 4, 1), "L1",
                LocalDate.of(2020, 1, 1)))));
        assertEquals("expiresOn: is before the day the dose was given: the vaccine had expired",
                failure(() -> given("10", TODAY, "L1", TODAY.minusDays(1))));
        assertEquals("lotNumber: is required", failure(() -> given("10", TODAY, " ", TODAY)));
        assertEquals("doseMl: must be greater than zero", failure(() -> new Immunization(Ids.next(), ava.id(), "10", TODAY,
                ImmunizationSource.GIVEN_HERE, null, "L1", "PMC", TODAY, InjectionSite.LEFT_THIGH, VaccineRoute.INTRAMUSCULAR, BigDecimal.ZERO,
                null, null, nurseId, null, null, null, null)));
        assertEquals("site: applies to an injection only, not to a dose by mouth (po)", failure(() -> new Immunization(Ids.next(), ava.id(),
                "116", TODAY, ImmunizationSource.GIVEN_HERE, null, "R1", "MSD", TODAY, InjectionSite.LEFT_THIGH, VaccineRoute.ORAL,
                new BigDecimal("2"), null, null, nurseId, null, null, null, null)));
        assertEquals("site: is required for an injection", failure(() -> new Immunization(Ids.next(), ava.id(), "10", TODAY,
                ImmunizationSource.GIVEN_HERE, null, "L1", "PMC", TODAY, null, VaccineRoute.INTRAMUSCULAR, new BigDecimal("0.5"),
                null, null, nurseId, null, null, null, null)));
        assertEquals("givenOn: already has a dose of this vaccine on the chart",
                failure(() -> record.give(given("20", TODAY, "UJ999ZZ", TODAY.plusMonths(8)))));
        assertEquals("source: of a dose given here is 'given here': record other doses as historical",
                failure(() -> record.give(historical("20", TODAY))));
        Immunization strangers = new Immunization(Ids.next(), ava.id(), "10", TODAY, ImmunizationSource.GIVEN_HERE, null, "L1", "PMC",
                TODAY, InjectionSite.LEFT_THIGH, VaccineRoute.INTRAMUSCULAR, new BigDecimal("0.5"), null, null, Ids.next(), null, null, null, null);
        assertEquals("administeredBy: is not one of the practice's users", failure(() -> record.give(strangers)));
        Patient other = BookedVisits.patient();
        data.writeAll(c -> c.insert(other));
        UUID othersVisit = data.write(c -> c.insert(BookedVisits.visit(other.id(), asha.id(), NOW.minusSeconds(3600), AppointmentStatus.COMPLETED))).id();
        Immunization wrongVisit = new Immunization(Ids.next(), ava.id(), "10", TODAY, ImmunizationSource.GIVEN_HERE, null, "L1", "PMC",
                TODAY, InjectionSite.LEFT_THIGH, VaccineRoute.INTRAMUSCULAR, new BigDecimal("0.5"), null, null, nurseId, othersVisit, null, null, null);
        assertEquals("appointmentId: is another patient's visit", failure(() -> record.give(wrongVisit)));
        assertEquals(1, record.of(ava.id()).doses().size(), "nothing written by the refused doses");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void historicalDosesAreRecordedAllOrNoneAndAcceptEveryCodeOfTheList(Dialect dialect) {
        practice(dialect);
        Immunizations record = data.immunizations();
        List<Immunization> batch = List.of(historical("08", LocalDate.of(2019, 4, 2)), historical("01", LocalDate.of(2019, 6, 3)),
                historical("10", LocalDate.of(2019, 4, 1)));
        assertEquals("doses[2].givenOn: is before the patient was born", failure(() -> record.recordHistory(ava.id(), batch)));
        assertEquals(List.of(), record.of(ava.id()).doses(), "none of the batch was written");
        assertEquals(List.of(), data.outbox().all().stream().filter(e -> e.tableName().equals("immunizations")).toList());
        assertEquals("doses[1].givenOn: repeats another row: the same vaccine on the same day", failure(() -> record.recordHistory(ava.id(),
                List.of(historical("08", LocalDate.of(2019, 4, 2)), historical("08", LocalDate.of(2019, 4, 2))))));
        assertEquals("sourceName: is required for a historical dose: a prior clinic, the state registry, ...", failure(() ->
                new Immunization(Ids.next(), ava.id(), "08", LocalDate.of(2019, 4, 2), ImmunizationSource.HISTORICAL, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null)));

        List<Immunization> written = record.recordHistory(ava.id(), List.of(historical("08", LocalDate.of(2019, 4, 2)),
                historical("01", LocalDate.of(2019, 6, 3)), historical("10", LocalDate.of(2019, 6, 4))));
        assertEquals(3, written.size());
        ImmunizationRecord read = record.of(ava.id());
        assertEquals(List.of("10", "01", "08"), read.doses().stream().map(Immunization::cvx).toList(),
                "newest first; an inactive code (01, DTP) is accepted for a historical dose and 08 keeps its zero");
        assertEquals(3, data.outbox().all().stream().filter(e -> e.tableName().equals("immunizations")).count(), "each dose syncs");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDoseEnteredInErrorStaysOnTheChartWithItsReasonAndIsNeverDeleted(Dialect dialect) {
        practice(dialect);
        Immunizations record = data.immunizations();
        Immunization mmr = record.give(given("03", TODAY.minusDays(2), "X4471", TODAY.plusMonths(3)));
        assertEquals("errorNote: is required: say what was wrong", failure(() -> record.markEnteredInError(mmr.id(), DoseErrorReason.OTHER, " ")));
        assertEquals("errorReason: is required: say why the dose was entered in error", failure(() -> record.markEnteredInError(mmr.id(), null, null)));
        Immunization marked = record.markEnteredInError(mmr.id(), DoseErrorReason.WRONG_PATIENT, "Charted on the sibling's record");
        assertEquals(Instant.parse("2026-12-04T05:30:00Z"), marked.enteredInErrorAt());
        ImmunizationRecord read = record.of(ava.id());
        assertEquals(List.of(marked), read.doses(), "still on the chart");
        assertEquals(List.of(), read.validDoses(), "but it counts for nothing");
        assertEquals("errorReason: the dose is already marked entered in error",
                failure(() -> record.markEnteredInError(mmr.id(), DoseErrorReason.DUPLICATE, null)));
        assertEquals("errorReason: a dose entered in error is not changed", failure(() -> record.correct(mmr)));
        Immunization again = record.give(given("03", TODAY.minusDays(2), "X4471", TODAY.plusMonths(3)));
        assertEquals(2, record.of(ava.id()).doses().size(), "the same vaccine that day again, once the first is in error");
        Immunization corrected = record.correct(new Immunization(again.id(), again.patientId(), again.cvx(), again.givenOn(), again.source(),
                null, "X4472", again.mvx(), again.expiresOn(), InjectionSite.RIGHT_ARM, VaccineRoute.SUBCUTANEOUS, again.doseMl(),
                again.visEdition(), again.visGivenOn(), again.administeredBy(), null, null, null, null));
        assertEquals("X4472", record.of(ava.id()).doses().stream().filter(d -> d.id().equals(again.id())).findFirst().orElseThrow().lotNumber());
        assertEquals(corrected, data.immunizationQueries().dose(again.id()).orElseThrow());
        long live = Jdbi.create(ds).withHandle(h -> h.createQuery("SELECT count(*) FROM immunizations WHERE deleted_at IS NULL")
                .mapTo(Long.class).one());
        assertEquals(2, live, "no dose deleted");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void refusalsAndScheduleObservationsAreAddedByTheirKindAndRemovedWithAReason(Dialect dialect) {
        practice(dialect);
        Immunizations record = data.immunizations();
        ImmunizationObservation refusal = record.addObservation(new ImmunizationObservation(Ids.next(), ava.id(), ObservationKind.REFUSAL,
                null, "MMR", TODAY.minusMonths(1), "Parents prefer to wait until age 2", null, null, null));
        ImmunizationObservation varicella = record.addObservation(new ImmunizationObservation(Ids.next(), ava.id(), ObservationKind.IMMUNITY,
                "024", null, TODAY.minusYears(1), "Chickenpox at 3, seen here", null, null, null));
        assertEquals("kind: does not fit the code: the schedule uses it as immunity", failure(() -> record.addObservation(
                new ImmunizationObservation(Ids.next(), ava.id(), ObservationKind.CONTRAINDICATION, "024", null, TODAY, null, null, null, null))));
        assertEquals("observationCode: is not one of the schedule's observation codes", failure(() -> record.addObservation(
                new ImmunizationObservation(Ids.next(), ava.id(), ObservationKind.OTHER, "999", null, TODAY, null, null, null, null))));
        assertEquals("vaccineGroup: is not one of the schedule's vaccine groups (e.g. MMR, DTaP/Tdap/Td)", failure(() -> record.addObservation(
                new ImmunizationObservation(Ids.next(), ava.id(), ObservationKind.REFUSAL, null, "Measles", TODAY, null, null, null, null))));
        assertEquals("vaccineGroup: is required", failure(() ->
                new ImmunizationObservation(Ids.next(), ava.id(), ObservationKind.REFUSAL, null, null, TODAY, null, null, null, null)));
        assertEquals("observationCode: does not apply to a refusal: name the vaccine group refused", failure(() ->
                new ImmunizationObservation(Ids.next(), ava.id(), ObservationKind.REFUSAL, "080", "MMR", TODAY, null, null, null, null)));
        assertEquals("observedOn: is before the patient was born", failure(() -> record.addObservation(new ImmunizationObservation(Ids.next(),
                ava.id(), ObservationKind.CONTRAINDICATION, "080", null, LocalDate.of(2018, 1, 1), null, null, null, null))));
        assertEquals(List.of(refusal, varicella), record.of(ava.id()).observations(), "newest first");

        ImmunizationObservation removed = record.removeObservation(refusal.id(), ObservationRemoval.NO_LONGER_APPLIES, "Agreed to MMR today");
        ImmunizationRecord read = record.of(ava.id());
        assertEquals(List.of(removed, varicella), read.observations(), "kept, marked removed");
        assertEquals(List.of(varicella), read.currentObservations());
        assertEquals("removalReason: the observation is already removed",
                failure(() -> record.removeObservation(refusal.id(), ObservationRemoval.ENTERED_IN_ERROR, null)));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theNextDoseStartsFromThePracticesLastLotNotExpiredAndReadsAreAudited(Dialect dialect) {
        practice(dialect);
        Immunizations record = data.immunizations();
        assertTrue(record.lastLot("20").isEmpty());
        record.give(given("20", TODAY.minusMonths(6), "OLD1", TODAY.minusDays(1)));
        assertTrue(record.lastLot("20").isEmpty(), "a lot that expired yesterday is not offered");
        record.give(given("20", TODAY.minusMonths(4), "NEW2", TODAY.plusYears(1)));
        record.give(given("20", TODAY.minusMonths(5), "MID3", TODAY.plusYears(1)));
        assertEquals("NEW2", record.lastLot("20").orElseThrow().lotNumber(), "the latest dose given, not the latest written");
        assertTrue(record.lastLot("10").isEmpty());

        record.open(ava.id());
        List<AuditEntry> audit = data.audit().forPatient(ava.id(), 20);
        assertEquals(1, audit.stream().filter(a -> a.action() == AuditAction.READ && "immunizations".equals(a.tableName())).count(),
                "the read of the record");
        assertTrue(audit.stream().filter(a -> a.action() == AuditAction.CREATE && "immunizations".equals(a.tableName())).count() >= 3,
                "each dose given is audited");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void onlyThoseWhoChartChangeTheRecordAndTheTableRefusesWhatTheRulesRefuse(Dialect dialect) {
        practice(dialect);
        PracticeData asNurse = PracticeData.open(ds, data.practiceId(), nurseId, Clock.fixed(NOW, ZoneOffset.UTC));
        SecurityException refused = assertThrows(SecurityException.class,
                () -> asNurse.immunizations().give(given("20", TODAY, "L1", TODAY.plusYears(1))));
        assertEquals("Only a provider or an admin can change a patient's immunization record", refused.getMessage());
        Jdbi jdbi = Jdbi.create(ds);
        String columns = "INSERT INTO immunizations (id, practice_id, patient_id, cvx, given_on, source, source_name, lot_number, mvx,"
                + " expires_on, site, route, dose_ml, administered_by, created_at, updated_at) VALUES ";
        Supplier<String> values = () -> "('" + Ids.next() + "', '" + data.practiceId() + "', '" + ava.id() + "', ";
        String now = "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";
        List<String> refusedRows = List.of(
                "'2A', DATE '2026-12-01', 'historical', 'Registry', null, null, null, null, null, null, null, " + now,
                "'20', DATE '2026-12-01', 'given_here', null, null, 'PMC', DATE '2027-01-01', 'left_thigh', 'intramuscular', 0.5, '" + nurseId + "', " + now,
                "'20', DATE '2026-12-01', 'given_here', null, 'L1', 'PMC', DATE '2026-11-30', 'left_thigh', 'intramuscular', 0.5, '" + nurseId + "', " + now,
                "'20', DATE '2026-12-01', 'given_here', null, 'L1', 'PMC', DATE '2027-01-01', 'left_thigh', 'intramuscular', 0, '" + nurseId + "', " + now,
                "'116', DATE '2026-12-01', 'given_here', null, 'L1', 'MSD', DATE '2027-01-01', 'left_thigh', 'oral', 2, '" + nurseId + "', " + now,
                "'20', DATE '2026-12-01', 'historical', null, null, null, null, null, null, null, null, " + now,
                "'20', DATE '2026-12-01', 'given_here', 'Registry', 'L1', 'PMC', DATE '2027-01-01', 'left_thigh', 'intramuscular', 0.5, '"
                        + nurseId + "', " + now);
        for (String row : refusedRows) {
            assertThrows(Exception.class, () -> jdbi.useHandle(h -> h.execute(columns + values.get() + row)), row);
        }
        jdbi.useHandle(h -> h.execute(columns + values.get() + "'08', DATE '2019-05-01', 'historical', 'Registry', null, null, null,"
                + " null, null, null, null, " + now));
        assertEquals(1, data.immunizations().of(ava.id()).doses().size(), "the table takes what the rules take");
        assertFalse(data.immunizations().of(ava.id()).doses().get(0).isEnteredInError());
    }
}
