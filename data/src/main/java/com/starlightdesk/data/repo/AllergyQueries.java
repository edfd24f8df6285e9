package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.Allergy;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads of allergies for {@link AllergyList}'s rules. */
@PracticeScoped
public interface AllergyQueries {

    @SqlQuery("SELECT * FROM allergies WHERE practice_id = :practiceId AND id = :id AND deleted_at IS NULL")
    Optional<Allergy> allergy(@Bind("id") UUID id);

    @SqlQuery("SELECT * FROM allergies WHERE practice_id = :practiceId AND patient_id = :patientId AND deleted_at IS NULL"
            + " AND status = 'active' ORDER BY substance, id")
    List<Allergy> active(@Bind("patientId") UUID patientId);
}
