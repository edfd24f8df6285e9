package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.MedicalRecord;
import com.starlightdesk.data.domain.NoteTemplate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads of visit notes and the practice's note templates. Thread-safe on demand. */
@PracticeScoped
public interface NoteQueries {

    /** Every template, active or not: well-child by age first, then sick visit, then the others, by name. */
    @SqlQuery("SELECT * FROM note_templates WHERE practice_id = :practiceId AND deleted_at IS NULL"
            + " ORDER BY CASE kind WHEN 'well_child' THEN 0 WHEN 'sick_visit' THEN 1 ELSE 2 END,"
            + " coalesce(min_age_months, 0), coalesce(max_age_months, 0), name, id")
    List<NoteTemplate> templates();

    @SqlQuery("SELECT * FROM note_templates WHERE practice_id = :practiceId AND deleted_at IS NULL AND id = :id")
    Optional<NoteTemplate> template(@Bind("id") UUID id);

    /** The notes written for a visit (the note itself and its addenda), oldest first. */
    @SqlQuery("SELECT * FROM medical_records WHERE practice_id = :practiceId AND deleted_at IS NULL"
            + " AND appointment_id = :appointmentId AND record_type = 'soap_note' ORDER BY recorded_at, id")
    List<MedicalRecord> notesOfVisit(@Bind("appointmentId") UUID appointmentId);

    /** The addenda of a signed note, oldest first. */
    @SqlQuery("SELECT * FROM medical_records WHERE practice_id = :practiceId AND deleted_at IS NULL"
            + " AND amends_record_id = :noteId ORDER BY recorded_at, id")
    List<MedicalRecord> addenda(@Bind("noteId") UUID noteId);
}
