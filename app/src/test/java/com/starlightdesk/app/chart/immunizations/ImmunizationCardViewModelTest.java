package com.starlightdesk.app.chart.immunizations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.chart.immunizations.ImmunizationCardViewModel.CardDose;
import com.starlightdesk.app.chart.immunizations.ImmunizationCardViewModel.CardRow;
import com.starlightdesk.app.chart.immunizations.ImmunizationCardViewModel.ForecastRow;
import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.DoseErrorReason;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.ImmunizationObservation;
import com.starlightdesk.data.domain.ImmunizationSource;
import com.starlightdesk.data.domain.ObservationKind;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.immunization.ImmunizationStatus.Standing;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ImmunizationCardViewModelTest {
    /** Noon in Chicago on June 1, 2026: the practice's today. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T17:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate BORN = LocalDate.of(2025, 1, 10);

    @TempDir
    Path dir;

    private static Patient child() {
        return new Patient(Ids.next(), "Noah", "Reyes", BORN, Gender.MALE, "Ana Reyes", null, "(312) 555-0102",
                new Address("40 Oak St", null, "Naperville", "IL", "60540"), null, null, null, null, PatientStatus.ACTIVE, null,
                null, null, null, true, null, null, null);
    }

    private static Immunization dose(UUID patient, String cvx, LocalDate on) {
        return new Immunization(Ids.next(), patient, cvx, on, ImmunizationSource.HISTORICAL, "Lakeside Pediatrics", null, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    private static ForecastRow row(ImmunizationCardViewModel vm, String group) {
        return vm.forecast().stream().filter(r -> r.group().equals(group)).findFirst().orElseThrow(() -> new AssertionError(group));
    }

    private static List<CardDose> card(ImmunizationCardViewModel vm, String group) {
        return vm.card().stream().filter(r -> r.group().equals(group)).findFirst().orElseThrow(() -> new AssertionError(group)).doses();
    }

    @Test
    void theCardAndForecastShowEachGroupsDosesAndWhatIsDueAsTheStatusCountsThem() throws Exception {
        PracticeStores stores = TestStores.in(dir, CLOCK);
        try (Session admin = stores.create("Maple Pediatrics", "America/Chicago", "Rita Moreno", "rita@maple.test",
                "a long practice password".toCharArray())) {
            Patient noah = child();
            admin.data().writeAll(c -> c.insert(noah));
            UUID id = noah.id();
            admin.data().immunizations().recordHistory(id, List.of(
                    dose(id, "08", BORN),
                    dose(id, "08", BORN.plusMonths(1)),
                    dose(id, "20", BORN.plusMonths(2)),
                    dose(id, "20", BORN.plusMonths(2).plusDays(14)),
                    dose(id, "116", BORN.plusMonths(2)),
                    dose(id, "116", BORN.plusMonths(4)),
                    dose(id, "116", BORN.plusMonths(6))));
            admin.data().immunizations().addObservation(new ImmunizationObservation(Ids.next(), id, ObservationKind.REFUSAL, null,
                    "Influenza", LocalDate.of(2025, 10, 3), "Family prefers to wait", null, null, null));

            CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
            OpenChart chart = new OpenChart(admin, executor);
            ImmunizationStatusSource source = new ImmunizationStatusSource(chart, executor, CLOCK);
            ImmunizationCardViewModel vm = new ImmunizationCardViewModel(source);
            assertEquals("", vm.headlineProperty().get(), "no chart open");
            chart.open(id);

            assertEquals("4 overdue · 6 due", vm.headlineProperty().get());
            assertTrue(vm.anyOverdueProperty().get());
            assertEquals("As of Jun 1, 2026", vm.assessedOnProperty().get(), "the practice's today");
            assertEquals(List.of(Standing.OVERDUE, Standing.OVERDUE, Standing.OVERDUE, Standing.OVERDUE),
                    vm.forecast().subList(0, 4).stream().map(ForecastRow::standing).toList(), "overdue first");
            List<Standing> order = vm.forecast().stream().map(ForecastRow::standing).toList();
            assertEquals(order.stream().sorted().toList(), order, "then due, not yet, complete, no more doses");

            ForecastRow dtap = row(vm, "DTaP/Tdap/Td");
            assertEquals(Standing.OVERDUE, dtap.standing());
            assertEquals("Dose 2", dtap.nextDose(), "the dose too soon after the first does not count");
            assertEquals("Apr 21, 2025", dtap.earliest());
            assertEquals("May 10, 2025", dtap.recommended());
            assertEquals("Jul 7, 2025", dtap.pastDue());
            ForecastRow pcv = row(vm, "Pneumococcal");
            assertEquals("Jan 9, 2030", pcv.latest());
            assertTrue(vm.anyLatestProperty().get());
            assertEquals("Pneumococcal conjugate PCV15, Pneumococcal conjugate PCV20", pcv.vaccines());
            assertTrue(pcv.allVaccines().startsWith("215 Pneumococcal conjugate PCV15"), pcv.allVaccines());

            ForecastRow flu = row(vm, "Influenza");
            assertEquals(Standing.DUE, flu.standing(), "a refusal marks the group but does not change its forecast");
            assertEquals("Refused Oct 3, 2025: Family prefers to wait", flu.refusal());
            assertTrue(flu.spoken().endsWith("Refused Oct 3, 2025: Family prefers to wait"), flu.spoken());

            ForecastRow rotavirus = row(vm, "Rotavirus");
            assertEquals(Standing.COMPLETE, rotavirus.standing());
            assertEquals("", rotavirus.nextDose());
            assertEquals("", rotavirus.recommended(), "no dates once complete");
            assertEquals("", rotavirus.note());
            ForecastRow rsv = row(vm, "RSV");
            assertEquals(Standing.NOT_FORECAST, rsv.standing(), "past the last RSV season in the schedule data: not 'no more doses'");
            assertEquals("", rsv.nextDose());
            assertEquals("The practice's CDC schedule data ends with an earlier season: this season's dose is not forecast."
                    + " Follow this season's CDC recommendation.", rsv.note());

            List<String> groups = vm.card().stream().map(CardRow::group).toList();
            assertEquals(vm.forecast().stream().map(ForecastRow::group).sorted().toList(), groups.stream().sorted().toList(),
                    "a card row for each group the forecast names");
            assertEquals(3, vm.doseColumns(), "rotavirus's three doses");
            List<CardDose> dtapDoses = card(vm, "DTaP/Tdap/Td");
            assertEquals(2, dtapDoses.size());
            CardDose first = dtapDoses.get(0);
            assertTrue(first.valid());
            assertEquals("Mar 10, 2025", first.givenOn());
            assertEquals("✓ DTaP", first.line());
            assertEquals("DTaP/Tdap/Td dose 1, Mar 10, 2025, 20 DTaP: Valid.", first.detail());
            CardDose tooSoon = dtapDoses.get(1);
            assertFalse(tooSoon.valid());
            assertEquals("✗ Not Valid · DTaP", tooSoon.line());
            assertEquals("DTaP/Tdap/Td dose 2, Mar 24, 2025, 20 DTaP: Not Valid. Diphtheria: Too soon; Tetanus: Too soon; "
                    + "Pertussis: Too soon.", tooSoon.detail(), "each antigen's reason in the specification's words");
            assertEquals("Hep B", card(vm, "HepB").get(0).vaccine(), "CDC's short description up to its comma");
            assertEquals("08 Hep B, adolescent or pediatric", card(vm, "HepB").get(0).vaccineLabel());
            assertTrue(card(vm, "MMR").isEmpty());

            // A dose recorded and another entered in error: the chart is read again and the card follows.
            admin.data().immunizations().recordHistory(id, List.of(dose(id, "03", LocalDate.of(2026, 5, 20))));
            admin.data().immunizations().markEnteredInError(tooSoon.doseId(), DoseErrorReason.DUPLICATE, null);
            chart.changed();
            assertEquals(Standing.NOT_YET, row(vm, "MMR").standing(), "MMR's second dose: not before 4 weeks after the first");
            assertEquals("Dose 2", row(vm, "MMR").nextDose());
            assertEquals(1, card(vm, "MMR").size());
            assertEquals(1, card(vm, "DTaP/Tdap/Td").size(), "a dose entered in error leaves the card");
            assertEquals("4 overdue · 3 due", vm.headlineProperty().get(), "MMR given; varicella and flu wait 4 weeks after it");
            assertEquals(Standing.NOT_YET, row(vm, "Varicella").standing());
            assertEquals("Jun 17, 2026", row(vm, "Varicella").earliest(), "28 days after a live virus vaccine");
            assertEquals("Apr 7, 2025", row(vm, "DTaP/Tdap/Td").earliest(), "counted from the first dose once the second is gone");

            chart.close();
            assertTrue(vm.forecast().isEmpty());
            assertEquals("", vm.headlineProperty().get(), "nothing of the last child once the chart closes");
        }
    }
}
