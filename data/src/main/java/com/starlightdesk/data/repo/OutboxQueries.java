package com.starlightdesk.data.repo;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads of the outbox, oldest first. Thread-safe on demand. */
@PracticeScoped
@RegisterConstructorMapper(OutboxEntry.class)
public interface OutboxQueries {

    @SqlQuery("SELECT count(*) FROM outbox WHERE practice_id = :practiceId")
    long pending();

    @SqlQuery("SELECT seq, mutation_id, table_name, row_id, operation, changes, base_version, recorded_at FROM outbox"
            + " WHERE practice_id = :practiceId AND seq > :afterSeq ORDER BY seq LIMIT :limit")
    List<OutboxEntry> oldest(@Bind("afterSeq") long afterSeq, @Bind("limit") int limit);

    @SqlQuery("SELECT seq, mutation_id, table_name, row_id, operation, changes, base_version, recorded_at FROM outbox"
            + " WHERE practice_id = :practiceId AND table_name = :table AND row_id = CAST(:rowId AS uuid) ORDER BY seq")
    List<OutboxEntry> forRow(@Bind("table") String table, @Bind("rowId") String rowId);
}
