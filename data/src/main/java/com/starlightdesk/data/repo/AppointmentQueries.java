package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.Appointment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

/**
 * Reads of the calendar. Ranges are half-open {@code [from, to)} instants; a visit is at most 12 hours
 * long, which lets range queries use the start-time index. The range reads map rows with
 * {@link AppointmentRows}. Thread-safe on demand.
 */
@PracticeScoped
@RegisterColumnMapper(DriverTypedColumns.Uuid.class)
@RegisterColumnMapper(DriverTypedColumns.Timestamp.class)
public interface AppointmentQueries {

    @UseRowMapper(AppointmentRows.class)
    @SqlQuery("SELECT " + AppointmentRows.COLUMNS + " FROM appointments WHERE practice_id = :practiceId AND id = :id AND deleted_at IS NULL")
    Optional<Appointment> findById(@Bind("id") UUID id);

    @UseRowMapper(AppointmentRows.class)
    @SqlQuery("SELECT " + AppointmentRows.COLUMNS + " FROM appointments WHERE practice_id = :practiceId AND deleted_at IS NULL"
            + " AND start_time >= :earliest AND start_time < :to AND end_time > :from ORDER BY start_time, id")
    List<Appointment> inRangeFrom(@Bind("from") Instant from, @Bind("to") Instant to, @Bind("earliest") Instant earliest);

    @UseRowMapper(AppointmentRows.class)
    @SqlQuery("SELECT " + AppointmentRows.COLUMNS + " FROM appointments WHERE practice_id = :practiceId AND deleted_at IS NULL AND provider_id = :providerId"
            + " AND start_time >= :earliest AND start_time < :to AND end_time > :from ORDER BY start_time, id")
    List<Appointment> forProviderFrom(@Bind("providerId") UUID providerId, @Bind("from") Instant from, @Bind("to") Instant to,
            @Bind("earliest") Instant earliest);

    @UseRowMapper(AppointmentRows.class)
    @SqlQuery("SELECT " + AppointmentRows.COLUMNS + " FROM appointments WHERE practice_id = :practiceId AND deleted_at IS NULL AND provider_id = :providerId"
            + " AND status NOT IN ('cancelled', 'no_show') AND id != :excludeId"
            + " AND start_time >= :earliest AND start_time < :end AND end_time > :start ORDER BY start_time")
    List<Appointment> providerOverlapsFrom(@Bind("providerId") UUID providerId, @Bind("start") Instant start, @Bind("end") Instant end,
            @Bind("excludeId") UUID excludeId, @Bind("earliest") Instant earliest);

    @UseRowMapper(AppointmentRows.class)
    @SqlQuery("SELECT " + AppointmentRows.COLUMNS + " FROM appointments WHERE practice_id = :practiceId AND deleted_at IS NULL AND patient_id = :patientId"
            + " AND status NOT IN ('cancelled', 'no_show') AND id != :excludeId"
            + " AND start_time >= :earliest AND start_time < :end AND end_time > :start ORDER BY start_time")
    List<Appointment> patientOverlapsFrom(@Bind("patientId") UUID patientId, @Bind("start") Instant start, @Bind("end") Instant end,
            @Bind("excludeId") UUID excludeId, @Bind("earliest") Instant earliest);

    /** The first visit that starts at or after {@code from} (the calendar's "next week with visits"). */
    @UseRowMapper(AppointmentRows.class)
    @SqlQuery("SELECT " + AppointmentRows.COLUMNS + " FROM appointments WHERE practice_id = :practiceId AND deleted_at IS NULL"
            + " AND start_time >= :from ORDER BY start_time, id LIMIT 1")
    Optional<Appointment> firstFrom(@Bind("from") Instant from);

    @UseRowMapper(AppointmentRows.class)
    @SqlQuery("SELECT " + AppointmentRows.COLUMNS + " FROM appointments WHERE practice_id = :practiceId AND deleted_at IS NULL AND patient_id = :patientId"
            + " ORDER BY start_time DESC")
    List<Appointment> forPatient(@Bind("patientId") UUID patientId);

    /** The first visit still to come (scheduled or confirmed) that starts after {@code now}, of any provider. */
    @UseRowMapper(AppointmentRows.class)
    @SqlQuery("SELECT " + AppointmentRows.COLUMNS + " FROM appointments WHERE practice_id = :practiceId AND deleted_at IS NULL"
            + " AND status IN ('scheduled', 'confirmed') AND start_time > :now ORDER BY start_time, id LIMIT 1")
    Optional<Appointment> nextAfter(@Bind("now") Instant now);

    /**
     * Each provider's visits still to come: scheduled or confirmed, starting after {@code now}.
     * Providers without any are absent.
     */
    @KeyColumn("provider_id")
    @ValueColumn("visits")
    @SqlQuery("SELECT provider_id, count(*) AS visits FROM appointments WHERE practice_id = :practiceId AND deleted_at IS NULL"
            + " AND status IN ('scheduled', 'confirmed') AND start_time > :now GROUP BY provider_id")
    Map<UUID, Long> futureVisitCounts(@Bind("now") Instant now);

    /** Visits that share time with {@code [from, to)}. */
    default List<Appointment> inRange(Instant from, Instant to) {
        return inRangeFrom(from, to, from.minus(Calendar.LONGEST_VISIT));
    }

    /** One provider's visits that share time with {@code [from, to)}. */
    default List<Appointment> forProvider(UUID providerId, Instant from, Instant to) {
        return forProviderFrom(providerId, from, to, from.minus(Calendar.LONGEST_VISIT));
    }

    /**
     * Live visits (not cancelled or no-show) that would double-book the provider or the patient of
     * {@code candidate}; the candidate itself is excluded, so this also checks a move or resize.
     */
    default List<Appointment> doubleBookings(Appointment candidate) {
        Instant earliest = candidate.startTime().minus(Calendar.LONGEST_VISIT);
        List<Appointment> result = new java.util.ArrayList<>(providerOverlapsFrom(
                candidate.providerId(), candidate.startTime(), candidate.endTime(), candidate.id(), earliest));
        for (Appointment a : patientOverlapsFrom(candidate.patientId(), candidate.startTime(), candidate.endTime(), candidate.id(), earliest)) {
            if (result.stream().noneMatch(r -> r.id().equals(a.id()))) {
                result.add(a);
            }
        }
        return result;
    }

    /** Calendar constants shared by the range queries. */
    final class Calendar {
        /** Longest visit the schema allows; range queries look back this far for visits still running. */
        public static final java.time.Duration LONGEST_VISIT = java.time.Duration.ofHours(12);

        private Calendar() {
        }
    }
}
