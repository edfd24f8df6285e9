package com.starlightdesk.data.repo;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

/**
 * The Patients list in one read: every patient and prospect of the practice with their plan, their own
 * provider and their last and next visit ({@link PatientRow}). The SQL lies beside this interface
 * ({@code PatientList/rows.sql}); the visits and memberships are grouped by patient in one pass each.
 * Thread-safe on demand.
 */
@PracticeScoped
@UseClasspathSqlLocator
public interface PatientList {

    /** Every patient of the practice, as of {@code now} (which splits last visits from next ones), by name. */
    @SqlQuery
    @UseRowMapper(PatientRow.Mapper.class)
    List<PatientRow> rows(@Bind("now") Instant now);
}
