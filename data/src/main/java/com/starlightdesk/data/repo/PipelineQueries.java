package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.FamilyActivity;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PipelineCard;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads of the enrolment pipeline: the families' cards, their children, their activity and likely duplicates. */
@PracticeScoped
public interface PipelineQueries {

    @SqlQuery("SELECT * FROM pipeline_cards WHERE practice_id = :practiceId AND id = :id AND deleted_at IS NULL")
    Optional<PipelineCard> card(@Bind("id") UUID id);

    /** The cards on the board: every card not enrolled, longest in its stage first. */
    @SqlQuery("SELECT * FROM pipeline_cards WHERE practice_id = :practiceId AND deleted_at IS NULL AND stage <> 'enrolled'"
            + " ORDER BY stage_entered_on, id")
    List<PipelineCard> boardCards();

    /** The children of the families on the board (patients whose family is a card not enrolled), oldest first. */
    @SqlQuery("SELECT p.* FROM patients p JOIN pipeline_cards c ON c.practice_id = p.practice_id AND c.id = p.family_id"
            + " WHERE p.practice_id = :practiceId AND p.deleted_at IS NULL AND c.deleted_at IS NULL AND c.stage <> 'enrolled'"
            + " ORDER BY p.date_of_birth, p.id")
    List<Patient> boardChildren();

    @SqlQuery("SELECT * FROM family_activity WHERE practice_id = :practiceId AND card_id = :cardId AND deleted_at IS NULL"
            + " ORDER BY occurred_at DESC, id")
    List<FamilyActivity> activity(@Bind("cardId") UUID cardId);

    /** Patients and prospects reached at the same phone digits or e-mail. */
    @SqlQuery("SELECT * FROM patients WHERE practice_id = :practiceId AND deleted_at IS NULL"
            + " AND ((:digits <> '' AND phone_digits = :digits) OR (:email <> '' AND lower(email) = :email)) ORDER BY last_name_key, id")
    List<Patient> sameContact(@Bind("digits") String phoneDigits, @Bind("email") String email);

    /** Patients and prospects with this name and birth date. */
    @SqlQuery("SELECT * FROM patients WHERE practice_id = :practiceId AND deleted_at IS NULL AND last_name_key = :last"
            + " AND first_name_key = :first AND date_of_birth = :born ORDER BY id")
    List<Patient> sameChild(@Bind("first") String firstNameKey, @Bind("last") String lastNameKey, @Bind("born") LocalDate born);
}
