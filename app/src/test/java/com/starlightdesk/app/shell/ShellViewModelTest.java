package com.starlightdesk.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.chart.ChartHeaderViewModel;
import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.patients.NewPatientViewModel;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.settings.SettingsPage;
import com.starlightdesk.app.settings.SettingsPlace;
import com.starlightdesk.app.syncstatus.LocalOnlySyncStatus;
import com.starlightdesk.app.testing.RecordingNavigation;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.testing.MovableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ShellViewModelTest {
    @TempDir
    static Path dir;
    private static PracticeStores stores;
    private static Session session;
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-11-23T15:00:00Z"));

    @BeforeAll
    static void demo() throws Exception {
        stores = TestStores.in(dir, CLOCK);
        session = TestStores.demo(stores);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private ShellViewModel shell(RecordingNavigation navigation) {
        return shell(navigation, new SettingsPlace());
    }

    private ShellViewModel shell(RecordingNavigation navigation, SettingsPlace place) {
        var executor = new CurrentThreadTaskExecutor();
        NewPatientViewModel newPatient = new NewPatientViewModel(session, executor, CLOCK);
        return new ShellViewModel(session, new LocalOnlySyncStatus(session.data()), executor, stores, navigation,
                new OpenChart(session, executor), newPatient, place, CLOCK);
    }

    @Test
    void searchFindsPatientsAsTheUserTypesAndOpensTheChart() {
        var executor = new CurrentThreadTaskExecutor();
        NewPatientViewModel newPatient = new NewPatientViewModel(session, executor, CLOCK);
        OpenChart chart = new OpenChart(session, executor);
        ChartHeaderViewModel header = new ChartHeaderViewModel(chart, CLOCK);
        ShellViewModel vm = new ShellViewModel(session, new LocalOnlySyncStatus(session.data()), executor,
                stores, new RecordingNavigation(), chart, newPatient, new SettingsPlace(), CLOCK);
        vm.search().queryProperty().set("pat");
        assertEquals(3, vm.search().matches().size());
        vm.search().queryProperty().set("(630) 555-0177");
        assertEquals(2, vm.search().matches().size(), "both Johnson children share the guardian's phone");
        vm.search().queryProperty().set("2016-05-14");
        assertEquals(1, vm.search().matches().size());
        long auditedBefore = session.data().counts().get("audit_log");
        assertTrue(vm.search().pickHighlighted());
        assertEquals("", vm.search().queryProperty().get(), "the search empties once a patient is open");
        assertEquals(Section.PATIENTS, vm.sectionProperty().get());
        assertEquals("Aarav Patel", header.nameProperty().get());
        assertTrue(header.factsProperty().get().startsWith("10 years"), header.factsProperty().get());
        assertTrue(header.factsProperty().get().endsWith("born May 14, 2016"), header.factsProperty().get());
        assertTrue(header.allergiesProperty().get().startsWith("Allergies: Peanuts"), header.allergiesProperty().get());
        assertEquals(auditedBefore + 1, session.data().counts().get("audit_log"), "the chart read is audited");
    }

    @Test
    void locksAfterTheIdleTimeAndNeedsThePasswordAgain() {
        ShellViewModel vm = shell(new RecordingNavigation());
        vm.userActive();
        CLOCK.advance(Duration.ofMinutes(9));
        vm.checkIdle();
        assertFalse(vm.lockedProperty().get());
        CLOCK.advance(Duration.ofMinutes(1));
        vm.checkIdle();
        assertTrue(vm.lockedProperty().get(), "locked after the default 10 idle minutes");

        vm.unlockPasswordProperty().set("not-my-password");
        vm.unlock();
        assertTrue(vm.lockedProperty().get());
        assertEquals("Wrong password", vm.unlockFailureProperty().get());

        vm.unlockPasswordProperty().set(TestStores.PASSWORD);
        vm.unlock();
        assertFalse(vm.lockedProperty().get());
    }

    @Test
    void adminSeesEveryPlaceAndSwitchUserReturnsToSignIn() {
        RecordingNavigation navigation = new RecordingNavigation();
        ShellViewModel vm = shell(navigation);
        assertEquals(Section.values().length, vm.sections().size());
        vm.switchUser();
        assertEquals("switch user", navigation.moves.get(0));
    }

    @Test
    void anotherScreenOpensSettingsAtAPage() {
        SettingsPlace place = new SettingsPlace();
        ShellViewModel vm = shell(new RecordingNavigation(), place);
        assertEquals(Section.CALENDAR, vm.sectionProperty().get());
        place.open(SettingsPage.PROVIDERS);
        assertEquals(Section.SETTINGS, vm.sectionProperty().get());
        assertEquals(SettingsPage.PROVIDERS, place.pageProperty().get());
    }
}
