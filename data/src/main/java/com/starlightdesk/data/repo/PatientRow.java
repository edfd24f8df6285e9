package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.PatientStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * One line of the Patients list: who the patient is, their status, the membership plan they are on
 * (an active membership first, else a paused one; null without either), their own provider, and their
 * last and next visit (not cancelled, not a no-show; null when there is none). Immutable.
 *
 * @param isActive false for a patient the practice made inactive
 * @param planPaused whether the plan named is a paused membership
 */
public record PatientRow(
        UUID id,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        PatientStatus status,
        boolean isActive,
        UUID planId,
        String planName,
        boolean planPaused,
        UUID providerId,
        String providerName,
        Instant lastVisit,
        Instant nextVisit) {

    /** "Last, First" as the front desk reads it. */
    public String displayName() {
        return lastName + ", " + firstName;
    }

    /**
     * Maps {@link PatientList#rows}' columns by position (ten thousand rows: the constructor mapper's
     * lookups by name would cost more than the query). Stateless; public only because Jdbi builds it.
     */
    public static final class Mapper implements RowMapper<PatientRow> {
        @Override
        public PatientRow map(ResultSet r, StatementContext ctx) throws SQLException {
            return new PatientRow(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getObject(4, LocalDate.class),
                    PatientStatus.of("status", r.getString(5)), r.getBoolean(6), r.getObject(7, UUID.class), r.getString(8),
                    "paused".equals(r.getString(9)), r.getObject(10, UUID.class), r.getString(11), instant(r, 12), instant(r, 13));
        }

        private static Instant instant(ResultSet r, int column) throws SQLException {
            OffsetDateTime value = r.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }
    }
}
