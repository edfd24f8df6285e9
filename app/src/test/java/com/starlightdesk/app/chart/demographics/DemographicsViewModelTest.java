package com.starlightdesk.app.chart.demographics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.PipelineStage;
import com.starlightdesk.data.repo.OutboxEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart's Demographics form on the demo practice, on Wednesday October 28, 2026 (Chicago). */
final class DemographicsViewModelTest {
    private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-10-28T15:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static Session session;

    @BeforeAll
    static void demo() throws Exception {
        session = TestStores.demo(TestStores.in(dir, WEDNESDAY));
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static Patient find(String query) {
        return session.data().patientSearch().find(query, 1).get(0);
    }

    /** The form over {@code patient}'s open chart, everything run at once on this thread. */
    private static DemographicsViewModel formOf(OpenChart chart, Patient patient) {
        DemographicsViewModel form = new DemographicsViewModel(chart, new CurrentThreadTaskExecutor(), WEDNESDAY);
        chart.open(patient.id());
        return form;
    }

    private static List<JsonNode> outboxOf(Patient patient) throws Exception {
        List<JsonNode> changes = new java.util.ArrayList<>();
        for (OutboxEntry e : session.data().outbox().forRow("patients", patient.id().toString())) {
            changes.add(JSON.readTree(e.changes()));
        }
        return changes;
    }

    private static Set<String> fieldsOf(JsonNode change) {
        Set<String> names = new HashSet<>();
        change.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void showsThePatientAsTheChartReadThem() {
        OpenChart chart = new OpenChart(session, new CurrentThreadTaskExecutor());
        DemographicsViewModel form = formOf(chart, find("Johnson Emma"));
        assertEquals("Emma", form.firstNameProperty().get());
        assertEquals(LocalDate.of(2015, 2, 11), form.birthDateProperty().get());
        assertEquals("Sarah Johnson", form.guardianProperty().get());
        assertEquals("(630) 555-0177", form.phoneProperty().get());
        assertEquals("42 Oak Lane", form.line1Property().get());
        assertEquals("Wheaton", form.cityProperty().get());
        assertEquals("IL", form.stateProperty().get());
        assertEquals("Aetna", form.insuranceProviderProperty().get());
        assertEquals(PatientStatus.ACTIVE, form.statusProperty().get());
        assertEquals("", form.gestationalAgeProperty().get());
        assertEquals(3, form.providers().size(), "none, and the two active providers");
        assertTrue(form.loadedProperty().get());
        assertFalse(form.editedProperty().get());
    }

    @Test
    void namesEachMistakeAtItsFieldAndSavesNothing() throws Exception {
        OpenChart chart = new OpenChart(session, new CurrentThreadTaskExecutor());
        Patient liam = find("Johnson Liam");
        DemographicsViewModel form = formOf(chart, liam);
        int entries = outboxOf(liam).size();
        form.firstNameProperty().set(" ");
        form.birthDateProperty().set(LocalDate.of(2026, 10, 29));
        form.emailProperty().set("sarah@");
        form.phoneProperty().set("555");
        form.gestationalAgeProperty().set("21+6");
        form.stateProperty().set("Illinois");
        form.zipProperty().set("6018");
        form.statusProperty().set(PatientStatus.PROSPECT);
        form.stageProperty().set(null);
        assertTrue(form.editedProperty().get());

        form.save();

        assertEquals("Enter the first name", form.errors().of("firstName").get());
        assertEquals("The date of birth is in the future", form.errors().of("birthDate").get());
        assertEquals("Is not an email address", form.errors().of("email").get());
        assertEquals("Is not a phone number (7 or more digits)", form.errors().of("phone").get());
        assertEquals("Must be between 22+0 and 45+0 weeks", form.errors().of("gestationalAge").get());
        assertEquals("Is the state's two-letter code, e.g. IL", form.errors().of("state").get());
        assertEquals("Is a ZIP code of 5 digits (or ZIP+4: 60187-1234)", form.errors().of("zip").get());
        assertEquals("Choose where the family is in the pipeline", form.errors().of("stage").get());
        assertEquals("", form.errors().of("lastName").get());
        assertEquals(entries, outboxOf(liam).size(), "nothing written");
        assertEquals(liam, session.data().patients().findById(liam.id()).orElseThrow());

        form.revert();
        assertFalse(form.editedProperty().get());
        assertTrue(form.errors().isEmpty());
        assertEquals("Liam", form.firstNameProperty().get());
    }

    @Test
    void savesOnlyTheFieldsChangedAndTheChartReadsAgain() throws Exception {
        OpenChart chart = new OpenChart(session, new CurrentThreadTaskExecutor());
        Patient sofia = find("Garcia Sofia");
        DemographicsViewModel form = formOf(chart, sofia);
        long revision = chart.revisionProperty().get();
        form.phoneProperty().set("331.555.0123");
        form.gestationalAgeProperty().set("33+2");
        form.notesProperty().set("Prefers text messages");

        form.save();

        assertTrue(form.errors().isEmpty());
        assertEquals("Saved.", form.doneProperty().get());
        assertEquals("(331) 555-0123", form.phoneProperty().get(), "shown as kept, in the practice's form");
        assertFalse(form.editedProperty().get());
        assertTrue(chart.revisionProperty().get() > revision, "the chart read again");
        Patient stored = session.data().patients().findById(sofia.id()).orElseThrow();
        assertEquals("(331) 555-0123", stored.phone());
        assertEquals(233, stored.gestationalAgeDays());
        assertEquals(stored, chart.readProperty().get().patient());
        List<JsonNode> changes = outboxOf(sofia);
        assertEquals(Set.of("phone", "gestational_age_days", "notes"), fieldsOf(changes.get(changes.size() - 1)));
    }

    @Test
    void theFrontOfficeEditsDemographics(@TempDir Path own) throws Exception {
        try (Session desk = TestStores.staff(TestStores.in(own, WEDNESDAY))) {
            Patient ava = desk.data().write(c -> c.insert(new Patient(com.starlightdesk.data.domain.Ids.next(), "Ava", "Lee",
                    LocalDate.of(2019, 4, 2), null, "Jordan Lee", null, null, null, null, null, null, null, PatientStatus.ACTIVE, null,
                    null, null, null, true, null, null, null)));
            OpenChart chart = new OpenChart(desk, new CurrentThreadTaskExecutor());
            DemographicsViewModel form = new DemographicsViewModel(chart, new CurrentThreadTaskExecutor(), WEDNESDAY);
            chart.open(ava.id());
            form.phoneProperty().set("3125550101");
            form.save();
            assertEquals("Saved.", form.doneProperty().get());
            assertEquals("(312) 555-0101", desk.data().patients().findById(ava.id()).orElseThrow().phone());
        }
    }

    @Test
    void anotherDesksChangeToAnotherFieldStaysWhileTheFormIsEdited() {
        OpenChart chart = new OpenChart(session, new CurrentThreadTaskExecutor());
        Patient mateo = find("Garcia Mateo");
        DemographicsViewModel form = formOf(chart, mateo);
        form.referredByProperty().set("Sofia's sibling");
        form.statusProperty().set(PatientStatus.PROSPECT);
        assertEquals(PipelineStage.INQUIRY, form.stageProperty().get(), "a prospect starts at inquiry");
        form.statusProperty().set(PatientStatus.ACTIVE);

        // the other desk's change arrives (a sync) and the chart reads again
        Patient other = session.data().write(c -> c.update(new Patient(mateo.id(), mateo.firstName(), mateo.lastName(),
                mateo.dateOfBirth(), mateo.gender(), mateo.parentGuardian(), mateo.email(), mateo.phone(), mateo.address(), "Cigna PPO",
                mateo.insuranceId(), mateo.insuranceGroup(), mateo.familyId(), mateo.status(), mateo.pipelineStage(), mateo.feeOverride(),
                mateo.referredBy(), mateo.notes(), mateo.isActive(), mateo.primaryProviderId(), mateo.gestationalAgeDays(),
                mateo.noKnownAllergiesAt())));
        chart.changed();
        assertEquals("Sofia's sibling", form.referredByProperty().get(), "what is typed stays");
        assertEquals("Cigna", form.insuranceProviderProperty().get());

        form.save();

        Patient stored = session.data().patients().findById(mateo.id()).orElseThrow();
        assertEquals("Sofia's sibling", stored.referredBy());
        assertEquals(other.insuranceProvider(), stored.insuranceProvider(), "the other desk's change stays");
        assertEquals("Cigna PPO", form.insuranceProviderProperty().get());
    }
}
