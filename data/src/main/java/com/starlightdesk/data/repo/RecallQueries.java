package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.ImmunizationObservation;
import com.starlightdesk.data.domain.ImmunizationSource;
import com.starlightdesk.data.domain.InjectionSite;
import com.starlightdesk.data.domain.VaccineRoute;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

/**
 * The immunization recall list's reads: the practice's active children, all their doses, all their observations and
 * the visits booked ahead, each in one set-based query (never one per patient). The SQL lies beside this interface
 * ({@code RecallQueries/*.sql}). Used inside one transaction by {@link ImmunizationRecall}.
 */
@PracticeScoped
@UseClasspathSqlLocator
@RegisterColumnMapper(DriverTypedColumns.Uuid.class)
@RegisterColumnMapper(DriverTypedColumns.Timestamp.class)
interface RecallQueries {

    /** An active child of the practice with their own provider. */
    record Child(UUID id, String firstName, String lastName, LocalDate dateOfBirth, Gender gender, UUID providerId,
            String providerName) {
    }

    /** A visit booked ahead: whose, when, and of what kind. */
    record BookedVisit(UUID patientId, Instant start, AppointmentType type) {
    }

    @SqlQuery
    @UseRowMapper(ChildMapper.class)
    List<Child> children(@Bind("bornAfter") LocalDate bornAfter, @Bind("bornOnOrBefore") LocalDate bornOnOrBefore);

    @SqlQuery
    @UseRowMapper(ChildMapper.class)
    List<Child> childrenOfProvider(@Bind("bornAfter") LocalDate bornAfter, @Bind("bornOnOrBefore") LocalDate bornOnOrBefore,
            @Bind("providerId") UUID providerId);

    @SqlQuery
    @UseRowMapper(DoseMapper.class)
    List<Immunization> doses();

    @SqlQuery
    List<ImmunizationObservation> observations();

    @SqlQuery
    @UseRowMapper(BookedVisitMapper.class)
    List<BookedVisit> bookedVisits(@Bind("now") Instant now);

    /** Maps {@link #children} by position. Stateless; public only because Jdbi builds it. */
    final class ChildMapper implements RowMapper<Child> {
        @Override
        public Child map(ResultSet r, StatementContext ctx) throws SQLException {
            String gender = r.getString(5);
            return new Child(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getObject(4, LocalDate.class),
                    gender == null ? null : Gender.of("gender", gender), r.getObject(6, UUID.class), r.getString(7));
        }
    }

    /**
     * Maps {@link #doses} by position: the list reads every dose of the practice (some 175,000 for 10,000 children),
     * where mapping by column name costs as much as the read. Stateless; public only because Jdbi builds it.
     */
    final class DoseMapper implements RowMapper<Immunization> {
        @Override
        public Immunization map(ResultSet r, StatementContext ctx) throws SQLException {
            String site = r.getString(10);
            String route = r.getString(11);
            return new Immunization(r.getObject(1, UUID.class), r.getObject(2, UUID.class), r.getString(3),
                    r.getObject(4, LocalDate.class), ImmunizationSource.of("source", r.getString(5)), r.getString(6), r.getString(7),
                    r.getString(8), r.getObject(9, LocalDate.class), site == null ? null : InjectionSite.of("site", site),
                    route == null ? null : VaccineRoute.of("route", route), r.getBigDecimal(12), r.getObject(13, LocalDate.class),
                    r.getObject(14, LocalDate.class), r.getObject(15, UUID.class), r.getObject(16, UUID.class), null, null, null);
        }
    }

    /** Maps {@link #bookedVisits} by position. Stateless; public only because Jdbi builds it. */
    final class BookedVisitMapper implements RowMapper<BookedVisit> {
        @Override
        public BookedVisit map(ResultSet r, StatementContext ctx) throws SQLException {
            return new BookedVisit(r.getObject(1, UUID.class), r.getObject(2, OffsetDateTime.class).toInstant(),
                    AppointmentType.of("appointmentType", r.getString(3)));
        }
    }
}
