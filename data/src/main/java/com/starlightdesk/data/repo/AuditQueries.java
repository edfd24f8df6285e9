package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.AuditEntry;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads of the append-only audit log (who read or changed a patient's chart, and when). Thread-safe on demand. */
@PracticeScoped
public interface AuditQueries {

    @SqlQuery("SELECT * FROM audit_log WHERE practice_id = :practiceId AND patient_id = :patientId ORDER BY occurred_at DESC, id LIMIT :limit")
    List<AuditEntry> forPatient(@Bind("patientId") UUID patientId, @Bind("limit") int limit);

    @SqlQuery("SELECT * FROM audit_log WHERE practice_id = :practiceId AND user_id = :userId ORDER BY occurred_at DESC, id LIMIT :limit")
    List<AuditEntry> byUser(@Bind("userId") UUID userId, @Bind("limit") int limit);
}
