package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.Medication;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads of medications for {@link MedicationList}'s rules. */
@PracticeScoped
public interface MedicationQueries {

    @SqlQuery("SELECT * FROM medications WHERE practice_id = :practiceId AND id = :id AND deleted_at IS NULL")
    Optional<Medication> medication(@Bind("id") UUID id);
}
