package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.Allergy;
import com.starlightdesk.data.domain.Diagnosis;
import com.starlightdesk.data.domain.MedicalRecord;
import com.starlightdesk.data.domain.Medication;
import com.starlightdesk.data.domain.VitalSigns;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads of a patient's chart. Use {@link PracticeData#openChart} to read a whole chart (it is audited). */
@PracticeScoped
public interface ChartQueries {

    @SqlQuery("SELECT * FROM medical_records WHERE practice_id = :practiceId AND patient_id = :patientId AND deleted_at IS NULL"
            + " ORDER BY recorded_at DESC, id")
    List<MedicalRecord> records(@Bind("patientId") UUID patientId);

    @SqlQuery("SELECT * FROM medical_records WHERE practice_id = :practiceId AND id = :id AND deleted_at IS NULL")
    Optional<MedicalRecord> record(@Bind("id") UUID id);

    @SqlQuery("SELECT * FROM diagnoses WHERE practice_id = :practiceId AND patient_id = :patientId AND deleted_at IS NULL"
            + " ORDER BY diagnosed_at DESC, id")
    List<Diagnosis> diagnoses(@Bind("patientId") UUID patientId);

    @SqlQuery("SELECT * FROM diagnoses WHERE practice_id = :practiceId AND id = :id AND deleted_at IS NULL")
    Optional<Diagnosis> diagnosis(@Bind("id") UUID id);

    @SqlQuery("SELECT * FROM allergies WHERE practice_id = :practiceId AND patient_id = :patientId AND deleted_at IS NULL"
            + " ORDER BY status, noted_on DESC, id")
    List<Allergy> allergies(@Bind("patientId") UUID patientId);

    @SqlQuery("SELECT * FROM medications WHERE practice_id = :practiceId AND patient_id = :patientId AND deleted_at IS NULL"
            + " ORDER BY status, started_on DESC, id")
    List<Medication> medications(@Bind("patientId") UUID patientId);

    @SqlQuery("SELECT * FROM vitals WHERE practice_id = :practiceId AND patient_id = :patientId AND deleted_at IS NULL"
            + " ORDER BY measured_at, id")
    List<VitalSigns> vitals(@Bind("patientId") UUID patientId);
}
