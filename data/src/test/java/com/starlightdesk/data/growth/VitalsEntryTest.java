package com.starlightdesk.data.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.LengthPosition;
import com.starlightdesk.data.domain.LengthUnit;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.domain.VitalSigns;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.data.testing.TestDatabases;
import com.starlightdesk.schema.Migrations;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vitals on the references and saved through a real H2 store: plausible at once, implausible once confirmed. */
class VitalsEntryTest {
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("America/Chicago");
    private static final LocalDate BORN = LocalDate.of(2025, 11, 23);

    @TempDir
    Path dir;

    private PracticeData data;
    private Patient patient;
    private ChildGrowth growth;

    @BeforeEach
    void practice() {
        DataSource ds = TestDatabases.h2(dir.resolve("vitals"));
        Migrations.migrateLocalStore(ds);
        UUID practiceId = Ids.next();
        UUID admin = Ids.next();
        data = PracticeData.open(ds, practiceId, admin, Clock.fixed(NOW, ZoneOffset.UTC));
        patient = new Patient(Ids.next(), "Ava", "Quinn", BORN, Gender.FEMALE, null, null, null, null,
                null, null, null, null, PatientStatus.ACTIVE, null, null, null, null, true, null, null, null);
        data.writeAll(c -> {
            c.insert(Practice.of(practiceId, "Prajapati Pediatrics", ZONE.getId()));
            c.insert(new User(admin, "admin@p.test", "Admin", Role.ADMIN, null, true));
            c.insert(patient);
        });
        growth = new ChildGrowth(new GrowthReferences(), ZONE);
    }

    private static Patient bornAt(Patient p, int gestationalAgeDays) {
        return new Patient(p.id(), p.firstName(), p.lastName(), p.dateOfBirth(), p.gender(), null, null, null, null,
                null, null, null, null, PatientStatus.ACTIVE, null, null, null, null, true, null, gestationalAgeDays, null);
    }

    private VitalSigns vitals(String kg, String cm, String head) {
        return new VitalSigns(Ids.next(), patient.id(), NOW, kg == null ? null : new BigDecimal(kg),
                cm == null ? null : new BigDecimal(cm), head == null ? null : new BigDecimal(head), null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void aOneYearOldIsPlacedOnTheWhoCharts() {
        GrowthEntry entry = growth.assess(Child.of(patient), vitals("8.950", "74.0", "44.9"));
        assertEquals(365, entry.age().chronologicalDays());
        assertFalse(entry.age().corrected());
        assertEquals(new BigDecimal("16.3"), entry.bmi());
        assertEquals(5, entry.assessments().size());
        GrowthAssessment weight = entry.assessment(GrowthIndicator.WEIGHT_FOR_AGE).orElseThrow();
        assertEquals(GrowthTable.WHO_WEIGHT_FOR_AGE, weight.reference().table());
        assertEquals(0.0, weight.z(), 0.05, "8.95 kg is about the median girl at a year");
        assertEquals(50, weight.percentile(), 2);
    }

    @Test
    void aLengthMeasuredStandingIsPlottedAsLengthLyingDown() {
        VitalSigns standing = new VitalSigns(Ids.next(), patient.id(), NOW, null, new BigDecimal("74.0"), null, null, null, null,
                null, null, LengthUnit.CM, null, LengthPosition.STANDING, null, null, null);
        GrowthAssessment length = growth.assess(Child.of(patient), standing).assessment(GrowthIndicator.LENGTH_FOR_AGE).orElseThrow();
        assertEquals(74.7, length.measurement(), 1e-9);
    }

    @Test
    void aPretermChildIsPlacedAtCorrectedAge() {
        GrowthEntry entry = growth.assess(Child.of(bornAt(patient, 31 * 7)), vitals("7.400", null, null));
        assertTrue(entry.age().corrected());
        assertEquals(365 - 63, entry.age().chartDays());
        GrowthAssessment corrected = entry.assessment(GrowthIndicator.WEIGHT_FOR_AGE).orElseThrow();
        GrowthAssessment chronological = growth.assess(Child.of(patient), vitals("7.400", null, null))
                .assessment(GrowthIndicator.WEIGHT_FOR_AGE).orElseThrow();
        assertTrue(corrected.z() > chronological.z(), "younger on the chart, so heavier for age");
    }

    @Test
    void anUnknownSexHasNoChartButKeepsItsBmi() {
        Patient unknown = new Patient(patient.id(), "Ava", "Quinn", BORN, Gender.UNKNOWN, null, null, null, null,
                null, null, null, null, PatientStatus.ACTIVE, null, null, null, null, true, patient.primaryProviderId(), patient.gestationalAgeDays(), patient.noKnownAllergiesAt());
        GrowthEntry entry = growth.assess(Child.of(unknown), vitals("8.950", "74.0", null));
        assertTrue(entry.assessments().isEmpty());
        assertEquals(new BigDecimal("16.3"), entry.bmi());
    }

    @Test
    void anImplausibleWeightIsSavedOnlyOnceConfirmed() {
        VitalsEntry entry = new VitalsEntry(data, growth);
        VitalSigns slip = vitals("89.500", "74.0", null);
        List<ImplausibleValue> asked = entry.save(Child.of(patient), slip, false);
        assertFalse(asked.isEmpty());
        assertTrue(asked.stream().anyMatch(v -> v.indicator() == GrowthIndicator.WEIGHT_FOR_AGE
                && v.fields().equals(List.of("weightKg")) && v.z() > 4));
        assertTrue(asked.stream().noneMatch(v -> v.indicator() == GrowthIndicator.LENGTH_FOR_AGE), "the length is plausible");
        assertTrue(data.chart().vitals(patient.id()).isEmpty(), "nothing saved before the confirmation");

        assertEquals(List.of(), entry.save(Child.of(patient), slip, true));
        assertEquals(1, data.chart().vitals(patient.id()).size());

        assertEquals(List.of(), entry.save(Child.of(patient), vitals("9.100", "75.2", "45.0"), false));
        assertEquals(2, data.chart().vitals(patient.id()).size());
    }

    @Test
    void aValueOutsideTheSchemasBoundsIsRefusedAtItsField() {
        assertEquals("weightKg", assertThrows(ValidationException.class, () -> vitals("301", null, null)).field());
        assertEquals("heightCm", assertThrows(ValidationException.class, () -> vitals(null, "0", null)).field());
        assertEquals("headCircumferenceCm", assertThrows(ValidationException.class, () -> vitals(null, null, "81")).field());
    }
}
