package com.starlightdesk.sync.remote;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The remote practice database over JDBC (PostgreSQL driver, HikariCP): the same {@code :name} SQL and the
 * same result values as {@link DataApiRemote}, for a server reachable directly (on-premises PostgreSQL,
 * development). Failures, from the first connection on, are {@link RemoteException}s. Thread-safe; each
 * open transaction holds one pooled connection until committed or rolled back.
 */
public final class JdbcRemote implements RemoteStore {

    private final HikariDataSource pool;
    private final Map<String, Connection> transactions = new ConcurrentHashMap<>();

    public JdbcRemote(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        config.setPoolName("remote-jdbc");
        config.addDataSourceProperty("options", "-c TimeZone=UTC");
        this.pool = start(config);
    }

    /** Starts the pool, which connects once: a server that refuses is a {@link RemoteException} like any call's. */
    private static HikariDataSource start(HikariConfig config) {
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            if (e.getCause() instanceof SQLException s) {
                throw failure("connect", s);
            }
            throw new RemoteException(RemoteException.Kind.UNAVAILABLE, "connect failed: " + e.getMessage(), e);
        }
    }

    @Override
    public RemoteTransaction begin() {
        try {
            Connection connection = pool.getConnection();
            connection.setAutoCommit(false);
            String id = UUID.randomUUID().toString();
            transactions.put(id, connection);
            return new RemoteTransaction(id);
        } catch (SQLException e) {
            throw failure("begin transaction", e);
        }
    }

    @Override
    public void commit(RemoteTransaction transaction) {
        end(transaction, true);
    }

    @Override
    public void rollback(RemoteTransaction transaction) {
        end(transaction, false);
    }

    private void end(RemoteTransaction transaction, boolean commit) {
        Connection connection = transactions.remove(transaction.id());
        if (connection == null) {
            throw new RemoteException(RemoteException.Kind.TRANSACTION_NOT_FOUND,
                    "Transaction " + transaction.id() + " is not found", null);
        }
        try (connection) {
            JdbcStatements.endTransaction(connection, commit);
        } catch (SQLException e) {
            throw failure(commit ? "commit" : "rollback", e);
        }
    }

    @Override
    public RemoteResult execute(String sql, List<SqlParam> params, Optional<RemoteTransaction> transaction) {
        NamedSql parsed = parse(sql);
        try {
            if (transaction.isPresent()) {
                Connection connection = inTransaction(transaction.get());
                return runInTransaction(connection, parsed, params);
            }
            try (Connection connection = pool.getConnection()) {
                try {
                    return JdbcStatements.run(connection, parsed, params, 0, row -> { }).toResult();
                } finally {
                    JdbcStatements.resetSession(connection);
                }
            }
        } catch (SQLException e) {
            throw failure("statement", e);
        } catch (IllegalArgumentException | UnsupportedResultTypeException e) {
            throw new RemoteException(RemoteException.Kind.BAD_REQUEST, e.getMessage(), e);
        }
    }

    private static RemoteResult runInTransaction(Connection connection, NamedSql parsed, List<SqlParam> params)
            throws SQLException {
        synchronized (connection) {
            return JdbcStatements.run(connection, parsed, params, 0, row -> { }).toResult();
        }
    }

    @Override
    public void batch(String sql, List<List<SqlParam>> parameterSets, Optional<RemoteTransaction> transaction) {
        NamedSql parsed = parse(sql);
        try {
            if (transaction.isPresent()) {
                Connection connection = inTransaction(transaction.get());
                synchronized (connection) {
                    JdbcStatements.runBatch(connection, parsed, parameterSets, 0);
                }
                return;
            }
            try (Connection connection = pool.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    JdbcStatements.runBatch(connection, parsed, parameterSets, 0);
                    connection.commit();
                } finally {
                    if (!connection.getAutoCommit()) {
                        connection.rollback();
                        connection.setAutoCommit(true);
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("batch", e);
        } catch (IllegalArgumentException e) {
            throw new RemoteException(RemoteException.Kind.BAD_REQUEST, e.getMessage(), e);
        }
    }

    private static NamedSql parse(String sql) {
        NamedSql parsed = NamedSql.parse(sql);
        if (parsed.multipleStatements()) {
            throw new RemoteException(RemoteException.Kind.BAD_REQUEST,
                    "Multistatement SQL is not supported: send one statement per call", null);
        }
        return parsed;
    }

    private Connection inTransaction(RemoteTransaction transaction) {
        Connection connection = transactions.get(transaction.id());
        if (connection == null) {
            throw new RemoteException(RemoteException.Kind.TRANSACTION_NOT_FOUND,
                    "Transaction " + transaction.id() + " is not found", null);
        }
        return connection;
    }

    private static RemoteException failure(String what, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        RemoteException.Kind kind;
        if (state.equals("57014")) {
            kind = RemoteException.Kind.STATEMENT_TIMEOUT;
        } else if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")) {
            kind = RemoteException.Kind.UNAVAILABLE;
        } else if (state.equals("28000") || state.equals("28P01")) {
            kind = RemoteException.Kind.ACCESS_DENIED;
        } else {
            kind = RemoteException.Kind.DATABASE_ERROR;
        }
        return RemoteException.databaseError(kind, what, e.getMessage() + "; SQLState: " + state, state);
    }

    @Override
    public void close() {
        transactions.values().forEach(connection -> {
            try (connection) {
                connection.rollback();
            } catch (SQLException ignored) {
                // closing anyway
            }
        });
        transactions.clear();
        pool.close();
    }
}
