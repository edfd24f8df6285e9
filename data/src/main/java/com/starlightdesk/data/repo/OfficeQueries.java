package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.Contact;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.StaffTask;
import com.starlightdesk.data.domain.User;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads of the practice itself, its people, tasks and outside contacts. Thread-safe on demand. */
@PracticeScoped
public interface OfficeQueries {

    @SqlQuery("SELECT * FROM practices WHERE practice_id = :practiceId AND id = :practiceId")
    Optional<Practice> practice();

    @SqlQuery("SELECT * FROM users WHERE practice_id = :practiceId AND deleted_at IS NULL ORDER BY display_name")
    List<User> users();

    @SqlQuery("SELECT * FROM users WHERE practice_id = :practiceId AND deleted_at IS NULL AND email = :email")
    Optional<User> userByEmail(@Bind("email") String email);

    @SqlQuery("SELECT * FROM users WHERE practice_id = :practiceId AND deleted_at IS NULL AND id = :id")
    Optional<User> user(@Bind("id") UUID id);

    @SqlQuery("SELECT * FROM providers WHERE practice_id = :practiceId AND deleted_at IS NULL ORDER BY name")
    List<Provider> providers();

    @SqlQuery("SELECT * FROM providers WHERE practice_id = :practiceId AND deleted_at IS NULL AND id = :id")
    Optional<Provider> provider(@Bind("id") UUID id);

    /** Providers whose e-mail is {@code email}, compared without regard to case. */
    @SqlQuery("SELECT * FROM providers WHERE practice_id = :practiceId AND deleted_at IS NULL AND lower(email) = lower(:email) ORDER BY name")
    List<Provider> providersByEmail(@Bind("email") String email);

    /** Providers linked to the user {@code userId} (one, as the Providers page keeps it). */
    @SqlQuery("SELECT * FROM providers WHERE practice_id = :practiceId AND deleted_at IS NULL AND user_id = :userId ORDER BY name")
    List<Provider> providersOfUser(@Bind("userId") UUID userId);

    @SqlQuery("SELECT * FROM tasks WHERE practice_id = :practiceId AND deleted_at IS NULL AND assigned_to = :userId"
            + " AND status = :status ORDER BY due_date, priority, id")
    List<StaffTask> tasksFor(@Bind("userId") UUID userId, @Bind("status") String statusCode);

    @SqlQuery("SELECT * FROM tasks WHERE practice_id = :practiceId AND deleted_at IS NULL AND status = :status"
            + " ORDER BY due_date, id")
    List<StaffTask> tasksByStatus(@Bind("status") String statusCode);

    /** Open or in-progress tasks due on or before {@code date}. */
    @SqlQuery("SELECT * FROM tasks WHERE practice_id = :practiceId AND deleted_at IS NULL AND status != 'done'"
            + " AND due_date <= :date ORDER BY due_date, id")
    List<StaffTask> tasksDueBy(@Bind("date") LocalDate date);

    /** Open or in-progress tasks about {@code patientId}, soonest due first (no due day last). */
    @SqlQuery("SELECT * FROM tasks WHERE practice_id = :practiceId AND deleted_at IS NULL AND patient_id = :patientId"
            + " AND status != 'done' ORDER BY due_date, id")
    List<StaffTask> openTasksAbout(@Bind("patientId") UUID patientId);

    @SqlQuery("SELECT * FROM contacts WHERE practice_id = :practiceId AND deleted_at IS NULL ORDER BY name")
    List<Contact> contacts();

    @SqlQuery("SELECT * FROM contacts WHERE practice_id = :practiceId AND deleted_at IS NULL AND type = :type ORDER BY name")
    List<Contact> contactsOfType(@Bind("type") String typeCode);
}
