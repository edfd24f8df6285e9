package com.starlightdesk.sync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import com.starlightdesk.data.domain.VaccineRoute;
import com.starlightdesk.sync.testing.GatewayFixture;
import com.starlightdesk.sync.testing.PullWaits;
import com.starlightdesk.sync.testing.SyncedStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A patient's immunization record kept on two desks of one practice through the Data API gateway: doses given
 * here and recorded from a registry, a refusal, a dose marked entered in error on one desk while the other
 * corrects its lot, and a removed observation all reach the other desk and the server, where the codes stay
 * text and volumes exact.
 */
class ImmunizationSyncTest {
    @TempDir
    static Path dir;
    private static GatewayFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new GatewayFixture("immunizationsync");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private SyncedStore store(String name) {
        return new SyncedStore(dir, name, fixture.database().practiceA(), fixture.dataApiRemote(fixture.database().secretA()));
    }

    @Test
    void theRecordWrittenOnOneDeskReachesTheOtherAndTheServerAndEditsOfBothDesksSurvive() throws SQLException, InterruptedException {
        try (SyncedStore exam = store("immexam"); SyncedStore frontDesk = store("immfrontdesk")) {
            LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));
            Patient liam = SyncConvergenceTest.patient("Liam", "Dose"); // born 2020-03-04
            exam.data().writeAll(c -> c.insert(liam));
            Immunization dtap = exam.data().immunizations().give(new Immunization(Ids.next(), liam.id(), "20", today,
                    ImmunizationSource.GIVEN_HERE, null, "UJ4411AB", "PMC", today.plusMonths(9), InjectionSite.LEFT_DELTOID,
                    VaccineRoute.INTRAMUSCULAR, new BigDecimal("0.5"), LocalDate.of(2024, 1, 10), today, exam.data().actorId(),
                    null, null, null, null));
            List<Immunization> history = exam.data().immunizations().recordHistory(liam.id(), List.of(
                    new Immunization(Ids.next(), liam.id(), "08", LocalDate.of(2020, 3, 4), ImmunizationSource.HISTORICAL, "Edward Hospital nursery",
                            null, null, null, null, null, null, null, null, null, null, null, null, null),
                    new Immunization(Ids.next(), liam.id(), "116", LocalDate.of(2020, 5, 6), ImmunizationSource.HISTORICAL, "Illinois state registry (I-CARE)",
                            null, null, null, null, VaccineRoute.ORAL, new BigDecimal("2.0"), null, null, null, null, null, null, null)));
            ImmunizationObservation refusal = exam.data().immunizations().addObservation(new ImmunizationObservation(Ids.next(), liam.id(),
                    ObservationKind.REFUSAL, null, "Influenza", today, "Family declines the flu vaccine this season", null, null, null));
            exam.engine().syncOnce();
            PullWaits.until(() -> frontDesk.data().immunizations().of(liam.id()).doses().size() == 3, frontDesk.engine()::syncOnce);

            ImmunizationRecord arrived = frontDesk.data().immunizations().of(liam.id());
            assertEquals(exam.data().immunizations().of(liam.id()), arrived, "every dose and the refusal, field for field");
            assertEquals(List.of("20", "116", "08"), arrived.doses().stream().map(Immunization::cvx).toList());
            try (Connection c = fixture.database().owner().getConnection();
                    PreparedStatement read = c.prepareStatement("SELECT cvx, dose_ml, source_name FROM immunizations"
                            + " WHERE practice_id = ? AND patient_id = ? ORDER BY given_on")) {
                read.setObject(1, fixture.database().practiceA());
                read.setObject(2, liam.id());
                try (ResultSet rs = read.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals("08", rs.getString("cvx"), "the code keeps its leading zero on the server");
                    assertEquals("Edward Hospital nursery", rs.getString("source_name"));
                    assertTrue(rs.next());
                    assertEquals(new BigDecimal("2.00"), rs.getBigDecimal("dose_ml"));
                }
            }

            // The front desk marks the registry's rotavirus dose entered in error while the exam room corrects the
            // DTaP's lot; then the exam room corrects the hepatitis B dose's source while the front desk marks it a duplicate.
            Immunization rotavirus = history.get(1);
            frontDesk.data().immunizations().markEnteredInError(rotavirus.id(), DoseErrorReason.DUPLICATE, null);
            exam.data().immunizations().correct(new Immunization(dtap.id(), dtap.patientId(), dtap.cvx(), dtap.givenOn(), dtap.source(), null,
                    "UJ4412AB", dtap.mvx(), dtap.expiresOn(), dtap.site(), dtap.route(), dtap.doseMl(), dtap.visEdition(), dtap.visGivenOn(),
                    dtap.administeredBy(), null, null, null, null));
            Immunization hepB = history.get(0);
            exam.data().immunizations().correct(new Immunization(hepB.id(), hepB.patientId(), hepB.cvx(), hepB.givenOn(), hepB.source(),
                    "Edward Hospital, Naperville (nursery)", null, null, null, null, null, null, null, null, null, null, null, null, null));
            frontDesk.data().immunizations().markEnteredInError(hepB.id(), DoseErrorReason.WRONG_PATIENT, null);
            frontDesk.data().immunizations().removeObservation(refusal.id(), ObservationRemoval.NO_LONGER_APPLIES, "Agreed after talking it over");
            frontDesk.engine().syncOnce();
            exam.engine().syncOnce();
            PullWaits.until(() -> exam.fingerprint().equals(frontDesk.fingerprint()), () -> {
                frontDesk.engine().syncOnce();
                exam.engine().syncOnce();
            });

            ImmunizationRecord merged = exam.data().immunizations().of(liam.id());
            assertEquals(merged, frontDesk.data().immunizations().of(liam.id()), "both desks hold the same record");
            Immunization mergedHepB = merged.doses().stream().filter(d -> d.id().equals(hepB.id())).findFirst().orElseThrow();
            assertEquals("Edward Hospital, Naperville (nursery)", mergedHepB.sourceName(), "one desk's correction survives");
            assertEquals(DoseErrorReason.WRONG_PATIENT, mergedHepB.errorReason(), "and the other's marking too");
            assertEquals(List.of(dtap.id()), merged.validDoses().stream().map(Immunization::id).toList());
            assertEquals("UJ4412AB", merged.validDoses().get(0).lotNumber());
            assertEquals(List.of(), merged.currentObservations(), "the refusal removed on both desks");
            assertEquals(ObservationRemoval.NO_LONGER_APPLIES, merged.observations().get(0).removalReason());
            assertEquals(0, exam.engine().conflicts().openCount() + frontDesk.engine().conflicts().openCount(), "disjoint edits: no conflict");
        }
    }
}
