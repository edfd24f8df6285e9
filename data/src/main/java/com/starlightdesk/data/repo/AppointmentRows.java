package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.AppointmentType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps the calendar's appointment rows by position: the queries select {@link #COLUMNS}, in that order,
 * and the driver hands over UUIDs and instants as those types. A week view maps hundreds of rows;
 * Jdbi's constructor mapper finds each column by name and its mapper by type for every row, which was
 * most of the time of a week's read. Stateless; thread-safe (public only because Jdbi instantiates it).
 */
public final class AppointmentRows implements RowMapper<Appointment> {
    /** The columns {@link Appointment} needs, in the order this mapper reads them. */
    public static final String COLUMNS = "id, patient_id, provider_id, start_time, end_time, status, appointment_type,"
            + " chief_complaint, notes";

    @Override
    public Appointment map(ResultSet r, StatementContext ctx) throws SQLException {
        return new Appointment(r.getObject(1, UUID.class), r.getObject(2, UUID.class), r.getObject(3, UUID.class),
                instant(r, 4), instant(r, 5), AppointmentStatus.of("status", r.getString(6)),
                AppointmentType.of("appointmentType", r.getString(7)), r.getString(8), r.getString(9));
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime value = r.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
