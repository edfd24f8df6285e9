package com.starlightdesk.data.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.ImmunizationObservation;
import com.starlightdesk.data.domain.ImmunizationRecord;
import com.starlightdesk.data.domain.ImmunizationSource;
import com.starlightdesk.data.domain.ObservationKind;
import java.math.BigDecimal;
import com.starlightdesk.data.domain.LengthUnit;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.WeightUnit;
import com.starlightdesk.data.growth.Child;
import com.starlightdesk.data.growth.ChildGrowth;
import com.starlightdesk.data.growth.GrowthAssessment;
import com.starlightdesk.data.growth.GrowthEntry;
import com.starlightdesk.data.growth.GrowthIndicator;
import com.starlightdesk.data.growth.GrowthReferences;
import com.starlightdesk.data.growth.GrowthStandard;
import com.starlightdesk.data.growth.Pounds;
import java.util.List;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.InvoiceStatus;
import com.starlightdesk.data.domain.PipelineStage;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.SubscriptionStatus;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.data.testing.TestDatabases;
import com.starlightdesk.schema.Dialect;
import com.starlightdesk.schema.Migrations;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DemoPracticeTest {
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    @TempDir
    Path dir;

    private PracticeData newPractice(Dialect dialect, String name) {
        DataSource ds = TestDatabases.create(dialect, dir, "starlight_demo_" + name);
        Migrations.migrateLocalStore(ds);
        UUID practiceId = Ids.next();
        UUID admin = Ids.next();
        PracticeData data = PracticeData.open(ds, practiceId, admin, Clock.fixed(NOW, ZoneOffset.UTC));
        data.writeAll(c -> {
            c.insert(Practice.of(practiceId, "Prajapati Pediatrics", "America/Chicago"));
            c.insert(new User(admin, "admin@p.test", "Admin", Role.ADMIN, null, true));
        });
        return data;
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void demoPracticeHasEverythingTheScreensShow(Dialect dialect) {
        PracticeData data = newPractice(dialect, "full");
        DemoPractice.DemoSummary summary = new DemoPractice().load(data);
        assertEquals(17, summary.patients());
        assertEquals(17, data.patients().byStatus("active", 100, 0).size());
        for (PipelineStage stage : PipelineStage.OPEN) {
            assertFalse(data.patients().prospectsAtStage(stage.code()).isEmpty(), "prospects at " + stage);
        }
        assertEquals(6, data.pipeline().board().size(), "one card per prospect family");
        assertEquals(2, data.pipeline().board().stream().filter(f -> f.guardian().equals("Jin Park")).findFirst().orElseThrow()
                .children().size(), "the Parks' two children on one card");
        assertEquals(5, data.billing().plans().size());
        assertEquals(2, data.office().providers().size());
        for (SubscriptionStatus status : SubscriptionStatus.values()) {
            assertFalse(data.billing().subscriptionsByStatus(status.code()).isEmpty(), "subscriptions " + status);
        }
        LocalDate today = LocalDate.ofInstant(NOW, ZoneId.of("America/Chicago"));
        var week = data.appointments().inRange(today.minusDays(7).atStartOfDay(ZoneId.of("America/Chicago")).toInstant(),
                today.plusDays(8).atStartOfDay(ZoneId.of("America/Chicago")).toInstant());
        assertTrue(week.size() >= 40, "two weeks of visits: " + week.size());
        assertTrue(week.stream().anyMatch(a -> a.status() == AppointmentStatus.COMPLETED));
        assertTrue(week.stream().anyMatch(a -> a.status() == AppointmentStatus.SCHEDULED || a.status() == AppointmentStatus.CONFIRMED));
        var standings = data.ledger().allInvoices();
        for (InvoiceStatus status : new InvoiceStatus[] {InvoiceStatus.PAID, InvoiceStatus.SENT, InvoiceStatus.OVERDUE}) {
            assertTrue(standings.stream().anyMatch(i -> i.status() == status), "invoices " + status);
            assertTrue(status == InvoiceStatus.SENT || data.billing().invoicesByStatus(status.code()).isEmpty(), "never stored " + status);
        }
        assertTrue(standings.stream().anyMatch(i -> i.isOpen() && i.applied().signum() > 0), "an invoice partly paid");
        assertTrue(data.ledger().households().stream().anyMatch(h -> h.credit().signum() > 0), "a family with credit on account");
        assertTrue(data.ledger().households().stream().allMatch(h -> h.credit().signum() >= 0));
        assertFalse(data.billing().overdue(today).isEmpty());
        Map<String, Long> counts = data.counts();
        for (String table : new String[] {"medical_records", "diagnoses", "vitals", "allergies", "medications", "payments",
            "invoice_line_items", "tasks", "contacts"}) {
            assertTrue(counts.get(table) > 0, table + " is empty");
        }
        assertEquals(DemoPractice.FEE_SCHEDULE.size(), data.feeSchedule().activeEntries().size());
        var doseLines = data.billing().invoicesByStatus("sent").stream().filter(i -> i.appointmentId() != null)
                .flatMap(i -> data.invoices().lines(i.id()).stream()).filter(l -> l.immunizationId() != null).toList();
        assertTrue(doseLines.stream().anyMatch(l -> "90686".equals(l.cptCode())), "a sent visit invoice bills a flu shot given at the visit");
        assertTrue(data.billing().invoicesByStatus("draft").stream().anyMatch(i -> i.appointmentId() != null), "a visit invoice to finish");
        assertEquals(0, data.appointments().inRange(NOW.minusSeconds(86_400 * 30), NOW.plusSeconds(86_400 * 30)).stream()
                .filter(a -> a.status() != AppointmentStatus.CANCELLED && a.status() != AppointmentStatus.NO_SHOW)
                .filter(a -> !data.appointments().doubleBookings(a).isEmpty()).count(), "the demo calendar has no double bookings");
    }

    @org.junit.jupiter.api.Test
    void demoChildrenHaveGrowthHistoriesOnTheReferences() {
        PracticeData data = newPractice(Dialect.H2, "growth");
        new DemoPractice().load(data);
        ZoneId zone = ZoneId.of("America/Chicago");
        ChildGrowth growth = new ChildGrowth(new GrowthReferences(), zone);
        Patient ethan = data.patientSearch().find("Ethan Kim", 2).get(0);
        assertEquals(233, ethan.gestationalAgeDays(), "born at 33+2 weeks");
        // The well-child series (entered in pounds and inches); a sick visit's vitals in the demo's two weeks are in kg and cm.
        List<GrowthEntry> ethans = growth.history(Child.of(ethan), data.chart().vitals(ethan.id())).stream()
                .filter(e -> e.vitals().weightUnit() == WeightUnit.LB).toList();
        assertTrue(ethans.size() >= 6, "well-child visits from two months: " + ethans.size());
        assertTrue(ethans.stream().allMatch(e -> e.age().corrected()), "plotted at corrected age under 24 months: "
                + ethans.stream().map(e -> e.age() + " " + e.vitals().measuredAt()).toList());
        assertTrue(ethans.stream().allMatch(e -> e.vitals().lengthUnit() == LengthUnit.IN && e.vitals().appointmentId() != null));
        assertTrue(ethans.stream().allMatch(e -> Pounds.fromKilograms(e.vitals().weightKg()).toKilograms().compareTo(e.vitals().weightKg()) == 0),
                "weights as a scale in pounds and ounces reads them");

        Patient maya = data.patientSearch().find("Maya Cohen", 2).get(0);
        // Her well-child visits (the demo's two weeks of visits around today may add a sick visit's vitals).
        List<GrowthEntry> mayas = growth.history(Child.of(maya), data.chart().vitals(maya.id())).stream()
                .filter(e -> e.vitals().measuredAt().isBefore(NOW.minus(java.time.Duration.ofDays(9)))).toList();
        double first = mayas.get(0).assessment(GrowthIndicator.WEIGHT_FOR_AGE).orElseThrow().percentile();
        double last = mayas.get(mayas.size() - 1).assessment(GrowthIndicator.WEIGHT_FOR_AGE).orElseThrow().percentile();
        assertTrue(first > 50 && last < 10, "Maya's weight crosses the 50th, 25th and 10th percentile lines: " + first + " → " + last);
        assertTrue(mayas.stream().anyMatch(e -> e.assessment(GrowthIndicator.WEIGHT_FOR_AGE).orElseThrow().reference().standard()
                == GrowthStandard.CDC_2000), "on the CDC references after 24 months");
        for (GrowthEntry e : mayas) {
            for (GrowthAssessment a : e.assessments().values()) {
                assertTrue(Math.abs(a.z()) < 4, a.toString());
            }
        }
        // Her visits in the demo's two weeks keep to where her course has come: none climbs back over the 10th.
        List<GrowthEntry> recent = growth.history(Child.of(maya), data.chart().vitals(maya.id())).stream()
                .filter(e -> !e.vitals().measuredAt().isBefore(NOW.minus(java.time.Duration.ofDays(9)))).toList();
        assertTrue(recent.stream().allMatch(e -> e.assessment(GrowthIndicator.WEIGHT_FOR_AGE).orElseThrow().percentile() < 10),
                "a sick visit's weight stays on her course");
        // Weights in kilograms as a scale reads them: to 10 g for a baby, to 100 g after two years.
        for (Patient child : data.patients().byStatus("active", 100, 0)) {
            for (var v : data.chart().vitals(child.id())) {
                if (v.weightUnit() == WeightUnit.KG) {
                    assertTrue(v.weightKg().stripTrailingZeros().scale() <= 2, v.weightKg().toPlainString());
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void demoChildrenHaveImmunizationRecordsOnTimeBehindFromAnotherClinicAndARefusal() {
        PracticeData data = newPractice(Dialect.H2, "immunizations");
        new DemoPractice().load(data);
        long[] vaccinationRecords = {0};
        data.forEachRow(com.starlightdesk.data.repo.Tables.MEDICAL_RECORDS, r -> vaccinationRecords[0] += r.recordType()
                == com.starlightdesk.data.domain.RecordType.VACCINATION ? 1 : 0);
        assertEquals(0, vaccinationRecords[0], "no vaccination is kept as a medical record any more");
        assertTrue(data.counts().get("immunizations") > 150, "doses: " + data.counts().get("immunizations"));
        ImmunizationRecord kabir = data.immunizations().of(data.patientSearch().find("Kabir Patel", 2).get(0).id());
        assertEquals(25, kabir.validDoses().size() - flu(kabir), "on time: every dose due by 18 months, given here");
        assertTrue(kabir.validDoses().stream().allMatch(d -> d.source() == ImmunizationSource.GIVEN_HERE && d.lotNumber() != null
                && d.mvx() != null && d.expiresOn() != null && d.administeredBy() != null));
        assertEquals(1, kabir.doses().stream().filter(Immunization::isEnteredInError).count(), "the registry's duplicate, entered in error");
        assertTrue(kabir.doses().stream().anyMatch(d -> d.cvx().equals("116") && d.site() == null && d.doseMl().compareTo(new BigDecimal("2")) == 0),
                "rotavirus by mouth, 2 mL, no site");

        ImmunizationRecord maya = data.immunizations().of(data.patientSearch().find("Maya Cohen", 2).get(0).id());
        assertTrue(maya.validDoses().stream().noneMatch(d -> d.cvx().equals("03")), "behind: no MMR at two years and more");
        assertEquals(17, maya.validDoses().size() - flu(maya), "the doses due by six months only");

        ImmunizationRecord sofia = data.immunizations().of(data.patientSearch().find("Sofia Garcia", 2).get(0).id());
        assertTrue(sofia.validDoses().stream().filter(d -> !d.cvx().equals("140")).allMatch(d -> d.source() == ImmunizationSource.HISTORICAL
                && d.sourceName().equals("Aurora Family Medicine (prior clinic)")), "from her prior clinic");
        ImmunizationRecord ethan = data.immunizations().of(data.patientSearch().find("Ethan Kim", 2).get(0).id());
        assertEquals("Edward Hospital NICU, Naperville", ethan.doses().get(ethan.doses().size() - 1).sourceName(), "his birth dose");

        ImmunizationRecord mateo = data.immunizations().of(data.patientSearch().find("Mateo Garcia", 2).get(0).id());
        ImmunizationObservation refusal = mateo.currentObservations().get(0);
        assertEquals(ObservationKind.REFUSAL, refusal.kind());
        assertEquals("Influenza", refusal.vaccineGroup());
        assertEquals(0, flu(mateo), "no flu shot for the child whose family declined it");
        ImmunizationRecord lily = data.immunizations().of(data.patientSearch().find("Lily Nguyen", 2).get(0).id());
        assertEquals("024", lily.currentObservations().get(0).observationCode());
        assertTrue(lily.validDoses().stream().noneMatch(d -> d.cvx().equals("21")), "no varicella vaccine after chickenpox");
    }

    private static long flu(ImmunizationRecord record) {
        return record.validDoses().stream().filter(d -> d.cvx().equals("140")).count();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void generatorWritesPatientsWithProportionalRecords(Dialect dialect) {
        PracticeData data = newPractice(dialect, "generated");
        new DemoPractice().load(data);
        long before = data.counts().values().stream().mapToLong(Long::longValue).sum();
        long rows = new PracticeGenerator(7).generate(data, 1500, data.office().providers(), data.billing().plans(), r -> { });
        Map<String, Long> counts = data.counts();
        assertEquals(1500 + 17 + 7, counts.get("patients"));
        assertTrue(rows > 1500 * 8, "rows " + rows);
        long after = counts.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(after - before >= rows, "every generated row is stored");
    }
}
