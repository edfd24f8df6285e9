package com.starlightdesk.app.chart.immunizations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.concurrent.Delays;
import com.starlightdesk.app.concurrent.ManualTimer;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.DoseErrorReason;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.ImmunizationSource;
import com.starlightdesk.data.domain.InjectionSite;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.testing.BookedVisits;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ImmunizationsViewModelTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dir;

    @Test
    void aDoseGivenTodayHistoricalRowsAndAnEntryInErrorEachShowTheirProblemsAtTheirFields() throws Exception {
        PracticeStores stores = TestStores.in(dir, CLOCK);
        try (Session admin = stores.create("Maple Pediatrics", "America/Chicago", "Rita Moreno", "rita@maple.test",
                "a long practice password".toCharArray())) {
            Patient ava = BookedVisits.patient(); // born 4/2/2019
            admin.data().writeAll(c -> c.insert(ava));
            CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
            OpenChart chart = new OpenChart(admin, executor);
            ImmunizationsViewModel vm = new ImmunizationsViewModel(chart, executor, Delays.on(new ManualTimer()), CLOCK);
            chart.open(ava.id());
            assertEquals("No doses recorded", vm.summaryProperty().get());
            LocalDate today = LocalDate.now(CLOCK.withZone(admin.zone()));

            vm.startGive();
            assertEquals(today, vm.givenOnProperty().get());
            vm.cvxProperty().set("20");
            assertEquals("DTaP", vm.vaccineNameProperty().get());
            assertEquals("0.5", vm.doseMlProperty().get(), "CDSi's volume of a DTaP dose");
            assertEquals("", vm.lotProperty().get(), "no lot of it given here yet");
            vm.save();
            assertEquals("Is required", vm.errors().of("lot").get());
            vm.lotProperty().set("UJ123AA");
            vm.mvxProperty().set("pmc");
            vm.expiresOnProperty().set(today.minusDays(1));
            vm.siteProperty().set(InjectionSite.LEFT_THIGH);
            vm.save();
            assertEquals("Is before the day the dose was given: the vaccine had expired", vm.errors().of("expiresOn").get());
            vm.expiresOnProperty().set(today.plusMonths(8));
            vm.save();
            assertEquals("20 DTaP is recorded, lot UJ123AA.", vm.doneProperty().get());
            assertEquals(ImmunizationsViewModel.Mode.CLOSED, vm.modeProperty().get());
            assertEquals("1 dose recorded", vm.summaryProperty().get());

            vm.startGive();
            vm.cvxProperty().set("20");
            assertEquals("UJ123AA", vm.lotProperty().get(), "the practice's last lot of DTaP");
            assertEquals("PMC", vm.mvxProperty().get());
            assertEquals(InjectionSite.LEFT_THIGH, vm.siteProperty().get());
            vm.save();
            assertTrue(vm.confirmingProperty().get(), "a second DTaP the same day would not count: asked first");
            vm.saveAnyway();
            assertEquals("Already has a dose of this vaccine on the chart", vm.errors().of("givenOn").get());
            vm.cancel();

            vm.startHistory();
            vm.historyRows().get(0).cvxProperty().set("08");
            vm.historyRows().get(0).givenOnProperty().set("4/2/2019");
            ImmunizationsViewModel.HistoryRow second = vm.addHistoryRow();
            second.cvxProperty().set("DTaP");
            second.givenOnProperty().set("13/40/2019");
            ImmunizationsViewModel.HistoryRow third = vm.addHistoryRow();
            third.cvxProperty().set("10");
            third.givenOnProperty().set("6/3/2018");
            vm.save();
            assertTrue(vm.errors().of("sourceName").get().startsWith("Name where these doses were recorded"));
            assertEquals("Is a CVX code: 1 to 3 digits, e.g. 08", vm.errors().of("history-1-cvx").get());
            assertEquals("Enter the day as M/D/YYYY", vm.errors().of("history-1-givenOn").get());
            vm.sourceNameProperty().set("Illinois state registry (I-CARE)");
            second.cvxProperty().set("01");
            second.givenOnProperty().set("6/3/2019");
            vm.save();
            assertEquals("Is before the patient was born", vm.errors().of("history-2-givenOn").get(), "the store's rule, at its row");
            assertEquals(1, vm.doses().size(), "none of the rows saved");
            third.givenOnProperty().set("6/4/2019");
            vm.save();
            assertEquals("3 historical doses are recorded.", vm.doneProperty().get());
            assertEquals(List.of("20", "10", "01", "08"), vm.doses().stream().map(Immunization::cvx).toList(), "newest first");

            Immunization registryDose = vm.doses().get(3);
            vm.startEdit(registryDose);
            assertEquals("Illinois state registry (I-CARE)", vm.sourceNameProperty().get());
            vm.cancel();
            vm.startEnteredInError(registryDose);
            vm.save();
            assertEquals("Choose why the dose was entered in error", vm.errors().of("errorReason").get());
            vm.errorReasonProperty().set(DoseErrorReason.OTHER);
            vm.save();
            assertEquals("Is required: say what was wrong", vm.errors().of("errorNote").get());
            vm.errorNoteProperty().set("The registry listed a sibling's dose");
            vm.save();
            assertEquals("08 Hep B, adolescent or pediatric of Apr 2, 2019 is marked entered in error; it stays on the chart.",
                    vm.doneProperty().get());
            Immunization struck = vm.doses().get(3);
            assertEquals("Entered in error (other): The registry listed a sibling's dose", ImmunizationsViewModel.statusLabel(struck));
            assertEquals(ImmunizationSource.HISTORICAL, struck.source());
            assertEquals("3 doses recorded", vm.summaryProperty().get());
        }
    }
}
