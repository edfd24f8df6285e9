package com.starlightdesk.app.chart.immunizations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.concurrent.Delays;
import com.starlightdesk.app.concurrent.ManualTimer;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.codes.ImmunizationCodes;
import com.starlightdesk.data.codes.VaccineCode;
import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.ImmunizationObservation;
import com.starlightdesk.data.domain.InjectionSite;
import com.starlightdesk.data.domain.ObservationKind;
import com.starlightdesk.data.domain.ObservationRemoval;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.VaccineRoute;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entering doses and observations for a six-month-old over a real encrypted store and the shipped schedule: the
 * schedule's answer shows once the vaccine and day settle, a valid dose saves without a question, one that would not
 * count asks first with the schedule's reasons, historical rows are flagged but saved; the pick lists find vaccines
 * by name, brand and code and observation codes of the kind entered; refusals and observations are added and
 * removed with their problems at their fields.
 */
final class DoseEntryViewModelTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dir;

    private Session admin;
    private OpenChart chart;
    private CurrentThreadTaskExecutor executor;
    private ManualTimer timer;
    private Patient baby;
    private LocalDate today;

    @BeforeEach
    void openBabysChart() throws Exception {
        PracticeStores stores = TestStores.in(dir, CLOCK);
        admin = stores.create("Maple Pediatrics", "America/Chicago", "Rita Moreno", "rita@maple.test", "a long practice password".toCharArray());
        today = LocalDate.now(CLOCK.withZone(admin.zone()));
        baby = new Patient(Ids.next(), "Noor", "Haddad", today.minusMonths(6).minusDays(3), Gender.FEMALE, "Sami Haddad", null,
                "(312) 555-0144", new Address("4 Oak Ct", null, "Naperville", "IL", "60540"), null, null, null, null,
                PatientStatus.ACTIVE, null, null, null, null, true, null, null, null);
        admin.data().writeAll(c -> c.insert(baby));
        executor = new CurrentThreadTaskExecutor();
        chart = new OpenChart(admin, executor);
        timer = new ManualTimer();
        chart.open(baby.id());
    }

    @AfterEach
    void close() {
        admin.close();
    }

    private ImmunizationsViewModel immunizations() {
        return new ImmunizationsViewModel(chart, executor, Delays.on(timer), CLOCK);
    }

    private void fillLot(ImmunizationsViewModel vm, String lot, String mvx, VaccineRoute route) {
        vm.lotProperty().set(lot);
        vm.mvxProperty().set(mvx);
        vm.expiresOnProperty().set(today.plusMonths(9));
        vm.routeProperty().set(route);
        vm.siteProperty().set(InjectionSite.LEFT_THIGH);
    }

    @Test
    void aValidDoseSavesWithoutAQuestionAndOneThatWouldNotCountAsksFirst() {
        ImmunizationsViewModel vm = immunizations();
        vm.startGive();
        vm.picker().queryProperty().set("dtap");
        assertEquals("20", vm.picker().matches().get(0).cvx(), "DTaP by its short name, active codes first");
        assertTrue(vm.picker().enter());
        assertEquals("20", vm.cvxProperty().get());
        assertTrue(vm.validity().checkingProperty().get(), "checked once the vaccine and day settle");
        assertNull(vm.validity().verdictProperty().get());
        timer.advance(DoseValidity.QUIET);
        assertEquals(DoseValidity.Outcome.VALID, vm.validity().verdictProperty().get().outcome());
        assertEquals("Valid: the dose counts on the schedule.", DoseValidity.describe(vm.validity().verdictProperty().get()));
        fillLot(vm, "UJ123AA", "PMC", VaccineRoute.INTRAMUSCULAR);
        vm.save();
        assertFalse(vm.confirmingProperty().get(), "a valid dose is not asked about");
        assertEquals("20 DTaP is recorded, lot UJ123AA.", vm.doneProperty().get());
        assertEquals(1, vm.doses().size());

        vm.startGive();
        vm.picker().queryProperty().set("03");
        assertTrue(vm.picker().enter());
        vm.save(); // before the quiet moment has passed: checked at once
        assertEquals("Is required", vm.errors().of("lot").get(), "the form's own rules first");
        fillLot(vm, "Y01234", "MSD", VaccineRoute.SUBCUTANEOUS);
        vm.save();
        assertTrue(vm.confirmingProperty().get(), "MMR at six months would not count");
        assertTrue(vm.warning().stream().anyMatch(r -> r.startsWith("Measles: Not Valid")), vm.warning().toString());
        assertEquals(DoseValidity.Outcome.NOT_VALID, vm.validity().verdictProperty().get().outcome());
        assertTrue(DoseValidity.describe(vm.validity().verdictProperty().get()).startsWith("Would not count: "));
        assertEquals(1, vm.doses().size(), "nothing saved before the answer");

        vm.goBack();
        assertFalse(vm.confirmingProperty().get());
        assertEquals(ImmunizationsViewModel.Mode.GIVE, vm.modeProperty().get(), "going back keeps the form");
        assertEquals("03", vm.cvxProperty().get());
        assertEquals("Y01234", vm.lotProperty().get());
        vm.save();
        assertTrue(vm.confirmingProperty().get());
        vm.saveAnyway();
        assertEquals("03 MMR is recorded, lot Y01234.", vm.doneProperty().get());
        assertEquals(List.of("03", "20"), vm.doses().stream().map(Immunization::cvx).sorted().toList());

        Immunization dtap = vm.doses().stream().filter(d -> d.cvx().equals("20")).findFirst().orElseThrow();
        vm.startEdit(dtap);
        timer.advance(DoseValidity.QUIET);
        assertEquals(DoseValidity.Outcome.VALID, vm.validity().verdictProperty().get().outcome(),
                "the dose being corrected is not counted twice");
        vm.givenOnProperty().set(baby.dateOfBirth().plusWeeks(3));
        timer.advance(DoseValidity.QUIET);
        assertEquals(DoseValidity.Outcome.NOT_VALID, vm.validity().verdictProperty().get().outcome(), "DTaP at three weeks is too young");
        vm.save();
        assertTrue(vm.confirmingProperty().get(), "a correction is asked about too");
        vm.goBack();
        vm.cancel();
        assertEquals(today, vm.doses().stream().filter(d -> d.cvx().equals("20")).findFirst().orElseThrow().givenOn(), "not saved");
    }

    @Test
    void historicalRowsThatWouldNotCountAreFlaggedInTheirRowAndSavedAllTheSame() {
        ImmunizationsViewModel vm = immunizations();
        vm.startHistory();
        vm.sourceNameProperty().set("Lakeside Pediatrics");
        ImmunizationsViewModel.HistoryRow mmr = vm.historyRows().get(0);
        mmr.picker().queryProperty().set("mmr");
        assertTrue(mmr.picker().enter());
        assertEquals("03", mmr.cvxProperty().get());
        mmr.givenOnProperty().set(ImmunizationsViewModel.DAY.format(today.minusMonths(1)));
        ImmunizationsViewModel.HistoryRow hepB = vm.addHistoryRow();
        hepB.picker().queryProperty().set("8");
        assertTrue(hepB.picker().enter());
        assertEquals("08", hepB.cvxProperty().get(), "8 finds 08");
        hepB.givenOnProperty().set(ImmunizationsViewModel.DAY.format(baby.dateOfBirth()));
        ImmunizationsViewModel.HistoryRow typedOnly = vm.addHistoryRow();
        timer.advance(DoseValidity.QUIET);
        assertEquals(DoseValidity.Outcome.NOT_VALID, mmr.verdictProperty().get().outcome(), "MMR at five months is flagged");
        assertEquals(DoseValidity.Outcome.VALID, hepB.verdictProperty().get().outcome(), "Hep B at birth counts");
        assertNull(typedOnly.verdictProperty().get());

        typedOnly.picker().queryProperty().set("ipv");
        typedOnly.givenOnProperty().set(ImmunizationsViewModel.DAY.format(today.minusMonths(2)));
        vm.save();
        assertEquals("Pick one of the listed vaccines (Enter picks the highlighted one)", vm.errors().of("history-2-cvx").get());
        typedOnly.picker().clear();
        typedOnly.givenOnProperty().set("");
        vm.save();
        assertFalse(vm.confirmingProperty().get(), "a paper record is not asked about");
        assertEquals("2 historical doses are recorded.", vm.doneProperty().get());
    }

    @Test
    void thePickListFindsVaccinesByNameBrandAndCodeWithInactiveOnesLastAndMarked() {
        ImmunizationCodes codes = ImmunizationCodes.bundled();
        assertEquals("43", VaccinePickerViewModel.search(codes, "engerix", 10).get(0).cvx(), "a brand the schedule names");
        assertEquals("140", VaccinePickerViewModel.search(codes, "Fluzone", 10).get(0).cvx());
        assertEquals("08", VaccinePickerViewModel.search(codes, "08", 10).get(0).cvx(), "the code itself first");
        assertEquals("08", VaccinePickerViewModel.search(codes, "8", 10).get(0).cvx());
        assertEquals("03", VaccinePickerViewModel.search(codes, "03", 10).get(0).cvx());
        List<VaccineCode> hepB = VaccinePickerViewModel.search(codes, "hep b ped", 10);
        assertEquals("08", hepB.get(0).cvx(), "words of the short description: " + hepB);
        List<VaccineCode> dtp = VaccinePickerViewModel.search(codes, "dtp", 10);
        assertEquals("01", VaccinePickerViewModel.search(codes, "01", 10).get(0).cvx(), "an inactive code typed exactly still comes first");
        int firstInactive = dtp.indexOf(dtp.stream().filter(c -> !c.isActive()).findFirst().orElseThrow());
        assertTrue(dtp.subList(firstInactive, dtp.size()).stream().noneMatch(VaccineCode::isActive), "inactive last: " + dtp);
        assertEquals("DTP · inactive", VaccinePickerViewModel.describe(codes.vaccine("01").orElseThrow()));
        assertEquals("DTaP", VaccinePickerViewModel.describe(codes.vaccine("20").orElseThrow()));
        assertTrue(VaccinePickerViewModel.search(codes, "zzz", 10).isEmpty());
    }

    @Test
    void refusalsAndObservationsAreAddedAndRemovedWithTheirProblemsAtTheirFields() {
        ImmunizationsViewModel immunizations = immunizations();
        ObservationsViewModel vm = new ObservationsViewModel(chart, executor, CLOCK);

        vm.startRefusal();
        assertEquals(today, vm.observedOnProperty().get());
        vm.save();
        assertEquals("Choose the vaccine group the family refuses", vm.errors().of("vaccineGroup").get());
        assertTrue(vm.vaccineGroups().contains("MMR"));
        vm.vaccineGroupProperty().set("MMR");
        vm.observedOnProperty().set(baby.dateOfBirth().minusDays(2));
        vm.save();
        assertEquals("Is before the patient was born", vm.errors().of("observedOn").get(), "the store's rule, at its field");
        vm.observedOnProperty().set(today);
        vm.noteProperty().set("Family will revisit at 12 months");
        vm.save();
        assertEquals("Refusal of MMR is recorded.", vm.doneProperty().get());
        assertEquals(ObservationsViewModel.Mode.CLOSED, vm.modeProperty().get());
        assertEquals(1, immunizations.observations().size());
        ImmunizationObservation refusal = immunizations.observations().get(0);
        assertEquals(ObservationKind.REFUSAL, refusal.kind());
        assertEquals("MMR", refusal.vaccineGroup());

        vm.startObservation();
        assertEquals(ObservationKind.IMMUNITY, vm.kindProperty().get());
        vm.picker().queryProperty().set("varicella");
        assertEquals(List.of("023", "024"), vm.picker().matches().stream().map(c -> c.code()).toList(), "immunity codes only");
        vm.save();
        assertEquals("Pick one of the listed codes (Enter picks the highlighted one)", vm.errors().of("observationCode").get());
        vm.picker().highlightNext();
        assertTrue(vm.picker().enter());
        assertEquals("024", vm.codeProperty().get().code());
        vm.kindProperty().set(ObservationKind.CONTRAINDICATION);
        assertNull(vm.codeProperty().get(), "a code of another kind is dropped");
        vm.picker().queryProperty().set("02");
        assertTrue(vm.picker().matches().stream().allMatch(c -> c.kinds().contains(ObservationKind.CONTRAINDICATION)));
        vm.picker().queryProperty().set("laboratory evidence varicella");
        assertTrue(vm.picker().matches().isEmpty());
        assertEquals("No contraindication code of the schedule matches 'laboratory evidence varicella'.", vm.picker().noMatchProperty().get());
        vm.kindProperty().set(ObservationKind.IMMUNITY);
        vm.picker().queryProperty().set("024");
        assertTrue(vm.picker().enter());
        vm.save();
        assertEquals("Immunity: 024 Healthcare provider verified history of or diagnosis of Varicella is recorded.", vm.doneProperty().get());
        assertEquals(2, immunizations.observations().size());

        vm.startRemove(refusal);
        vm.save();
        assertEquals("Choose why it is removed", vm.errors().of("removalReason").get());
        vm.removalReasonProperty().set(ObservationRemoval.NO_LONGER_APPLIES);
        vm.removalNoteProperty().set("x".repeat(501));
        vm.save();
        assertEquals("Is longer than 500 characters", vm.errors().of("removalNote").get());
        vm.removalNoteProperty().set("Family agreed at the 12-month visit");
        vm.save();
        assertEquals("Refusal of MMR is removed (no longer applies); it stays on the chart, struck through.", vm.doneProperty().get());
        ImmunizationObservation removed = immunizations.observations().stream().filter(o -> o.id().equals(refusal.id())).findFirst().orElseThrow();
        assertTrue(removed.isRemoved());
        assertEquals(ObservationRemoval.NO_LONGER_APPLIES, removed.removalReason());
    }
}
