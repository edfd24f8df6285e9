package com.starlightdesk.sync.remote;

import java.util.List;
import java.util.Optional;

/**
 * The remote practice database as sync sees it: statements with {@code :name} parameters, short explicit
 * transactions, and batches. Implemented over the RDS Data API ({@link DataApiRemote}) and over JDBC
 * ({@link JdbcRemote}) with the same SQL and the same results. Implementations are thread-safe; a
 * transaction must be used by one caller at a time. Failures are {@link RemoteException}s.
 */
public interface RemoteStore extends AutoCloseable {

    RemoteTransaction begin();

    void commit(RemoteTransaction transaction);

    void rollback(RemoteTransaction transaction);

    /** Runs one statement, inside the transaction if one is given, else in its own. */
    RemoteResult execute(String sql, List<SqlParam> params, Optional<RemoteTransaction> transaction);

    default RemoteResult execute(String sql, List<SqlParam> params) {
        return execute(sql, params, Optional.empty());
    }

    default RemoteResult execute(String sql, SqlParam... params) {
        return execute(sql, List.of(params), Optional.empty());
    }

    /**
     * Runs one statement once per parameter set. Like the Data API, reports no per-set counts: use
     * {@code RETURNING} with {@link #execute} when the outcome of each row matters.
     */
    void batch(String sql, List<List<SqlParam>> parameterSets, Optional<RemoteTransaction> transaction);

    @Override
    void close();
}
