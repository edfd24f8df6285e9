package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.StaffTask;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The reads of {@link StaffTasks}: one task, the filtered list and the top bar's overdue count. Their SQL lies
 * beside this interface ({@code TaskQueries/*.sql}). Thread-safe on demand.
 */
@PracticeScoped
@UseClasspathSqlLocator
interface TaskQueries {

    @SqlQuery
    Optional<StaffTask> task(@Bind("id") UUID id);

    /** The tasks {@code filter} lets through, {@code me}'s first; overdue means due before {@code today}. */
    @SqlQuery
    List<StaffTask> tasks(@BindMethods StaffTasks.Filter filter, @Bind("today") LocalDate today, @Bind("me") UUID me);

    /** Tasks assigned to {@code userId}, not done, due before {@code today}. */
    @SqlQuery
    long overdueCount(@Bind("userId") UUID userId, @Bind("today") LocalDate today);
}
