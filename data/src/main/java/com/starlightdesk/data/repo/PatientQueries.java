package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.Patient;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads of the practice's patients and prospects. Stateless SqlObject; thread-safe on demand. */
@PracticeScoped
public interface PatientQueries {

    @SqlQuery("SELECT * FROM patients WHERE practice_id = :practiceId AND id = :id AND deleted_at IS NULL")
    Optional<Patient> findById(@Bind("id") UUID id);

    @SqlQuery("SELECT id, last_name || ', ' || first_name AS display_name FROM patients"
            + " WHERE practice_id = :practiceId AND deleted_at IS NULL AND id IN (<ids>)")
    @KeyColumn("id")
    @ValueColumn("display_name")
    Map<UUID, String> displayNamesOf(@BindList("ids") Collection<UUID> ids);

    /**
     * Display names ({@link Patient#displayName()}) of those of {@code ids} that are in the practice,
     * read in one query per thousand ids instead of one per patient (the calendar's names).
     */
    default Map<UUID, String> displayNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        List<UUID> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            names.putAll(displayNamesOf(all.subList(from, Math.min(all.size(), from + 1000))));
        }
        return names;
    }

    @SqlQuery("SELECT * FROM patients WHERE practice_id = :practiceId AND deleted_at IS NULL"
            + " AND last_name_key >= :from AND last_name_key < :to ORDER BY practice_id, last_name_key, first_name_key, id LIMIT :limit")
    List<Patient> byLastNameKeyRange(@Bind("from") String from, @Bind("to") String to, @Bind("limit") int limit);

    @SqlQuery("SELECT * FROM patients WHERE practice_id = :practiceId AND deleted_at IS NULL"
            + " AND last_name_key >= :lastFrom AND last_name_key < :lastTo AND first_name_key >= :firstFrom AND first_name_key < :firstTo"
            + " ORDER BY practice_id, last_name_key, first_name_key, id LIMIT :limit")
    List<Patient> byLastAndFirstNameKeyRange(@Bind("lastFrom") String lastFrom, @Bind("lastTo") String lastTo,
            @Bind("firstFrom") String firstFrom, @Bind("firstTo") String firstTo, @Bind("limit") int limit);

    @SqlQuery("SELECT * FROM patients WHERE practice_id = :practiceId AND deleted_at IS NULL"
            + " AND first_name_key >= :from AND first_name_key < :to ORDER BY practice_id, first_name_key, last_name_key, id LIMIT :limit")
    List<Patient> byFirstNameKeyRange(@Bind("from") String from, @Bind("to") String to, @Bind("limit") int limit);

    @SqlQuery("SELECT * FROM patients WHERE practice_id = :practiceId AND deleted_at IS NULL"
            + " AND date_of_birth = :dateOfBirth ORDER BY last_name_key, first_name_key, id LIMIT :limit")
    List<Patient> byBirthDate(@Bind("dateOfBirth") LocalDate dateOfBirth, @Bind("limit") int limit);

    @SqlQuery("SELECT * FROM patients WHERE practice_id = :practiceId AND deleted_at IS NULL"
            + " AND phone_digits >= :from AND phone_digits < :to ORDER BY practice_id, phone_digits, last_name_key, first_name_key, id LIMIT :limit")
    List<Patient> byPhoneDigitsRange(@Bind("from") String from, @Bind("to") String to, @Bind("limit") int limit);

    @SqlQuery("SELECT * FROM patients WHERE practice_id = :practiceId AND deleted_at IS NULL AND family_id = :familyId"
            + " ORDER BY date_of_birth")
    List<Patient> family(@Bind("familyId") UUID familyId);

    @SqlQuery("SELECT * FROM patients WHERE practice_id = :practiceId AND deleted_at IS NULL AND status = 'prospect'"
            + " AND pipeline_stage = :stage ORDER BY updated_at")
    List<Patient> prospectsAtStage(@Bind("stage") String stageCode);

    @SqlQuery("SELECT * FROM patients WHERE practice_id = :practiceId AND deleted_at IS NULL"
            + " AND status = :status ORDER BY last_name_key, first_name_key, id LIMIT :limit OFFSET :offset")
    List<Patient> byStatus(@Bind("status") String statusCode, @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("SELECT count(*) FROM patients WHERE practice_id = :practiceId AND deleted_at IS NULL")
    long count();
}
