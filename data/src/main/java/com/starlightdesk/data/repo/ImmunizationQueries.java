package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.ImmunizationObservation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads of doses and immunization observations, for {@link Immunizations}' rules and the chart. */
@PracticeScoped
public interface ImmunizationQueries {

    /** A patient's doses, newest first (those entered in error too). */
    @SqlQuery("SELECT * FROM immunizations WHERE practice_id = :practiceId AND patient_id = :patientId AND deleted_at IS NULL"
            + " ORDER BY given_on DESC, created_at DESC, id")
    List<Immunization> doses(@Bind("patientId") UUID patientId);

    @SqlQuery("SELECT * FROM immunizations WHERE practice_id = :practiceId AND id = :id AND deleted_at IS NULL")
    Optional<Immunization> dose(@Bind("id") UUID id);

    /** A patient's refusals and observations, newest first (removed ones too). */
    @SqlQuery("SELECT * FROM immunization_observations WHERE practice_id = :practiceId AND patient_id = :patientId"
            + " AND deleted_at IS NULL ORDER BY observed_on DESC, created_at DESC, id")
    List<ImmunizationObservation> observations(@Bind("patientId") UUID patientId);

    @SqlQuery("SELECT * FROM immunization_observations WHERE practice_id = :practiceId AND id = :id AND deleted_at IS NULL")
    Optional<ImmunizationObservation> observation(@Bind("id") UUID id);

    /** The practice's latest dose of {@code cvx} given here from a lot not expired on {@code day}. */
    @SqlQuery("SELECT * FROM immunizations WHERE practice_id = :practiceId AND cvx = :cvx AND source = 'given_here'"
            + " AND entered_in_error_at IS NULL AND deleted_at IS NULL AND expires_on >= :day"
            + " ORDER BY given_on DESC, created_at DESC, id LIMIT 1")
    Optional<Immunization> lastGivenHere(@Bind("cvx") String cvx, @Bind("day") LocalDate day);
}
