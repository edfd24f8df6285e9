package com.starlightdesk.data.repo;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Reads of the outbox, the one place they are written: the status line's count, sync's batches oldest first,
 * and one row's entries. Batches are ordered exactly as {@code idx_outbox_practice_seq}, so a batch is read
 * from the index, not sorted from the whole outbox. Thread-safe on demand.
 */
@PracticeScoped
@RegisterConstructorMapper(OutboxEntry.class)
public interface OutboxQueries {
    String COLUMNS = "seq, mutation_id, table_name, row_id, operation, changes, base_version, recorded_at";

    @SqlQuery("SELECT count(*) FROM outbox WHERE practice_id = :practiceId")
    long pending();

    /** Whether any change waits (reads at most one index entry). */
    @SqlQuery("SELECT 1 FROM outbox WHERE practice_id = :practiceId FETCH FIRST 1 ROWS ONLY")
    Optional<Integer> any();

    /** Up to {@code limit} entries after {@code afterSeq}, oldest first. */
    @SqlQuery("SELECT " + COLUMNS + " FROM outbox WHERE practice_id = :practiceId AND seq > :afterSeq"
            + " ORDER BY practice_id, seq LIMIT :limit")
    List<OutboxEntry> after(@Bind("afterSeq") long afterSeq, @Bind("limit") int limit);

    /** Every pending entry, oldest first. */
    @SqlQuery("SELECT " + COLUMNS + " FROM outbox WHERE practice_id = :practiceId ORDER BY practice_id, seq")
    List<OutboxEntry> all();

    @SqlQuery("SELECT " + COLUMNS + " FROM outbox"
            + " WHERE practice_id = :practiceId AND table_name = :table AND row_id = CAST(:rowId AS uuid) ORDER BY seq")
    List<OutboxEntry> forRow(@Bind("table") String table, @Bind("rowId") String rowId);
}
