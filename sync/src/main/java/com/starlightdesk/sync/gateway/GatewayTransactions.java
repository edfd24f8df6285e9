package com.starlightdesk.sync.gateway;

import com.starlightdesk.sync.remote.JdbcStatements;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Open Data API transactions: an opaque id per transaction holding one connection, as the service does.
 * A transaction idle past the timeout is rolled back and forgotten (later use: TransactionNotFound);
 * a second call while one runs fails with "Transaction is still running a query". Thread-safe.
 */
final class GatewayTransactions implements AutoCloseable {

    /** One open transaction; {@code busy} is held while a call runs in it. */
    static final class Open {
        final String id;
        final String secretArn;
        final Connection connection;
        final AtomicBoolean busy = new AtomicBoolean();
        volatile long lastUsedNanos = System.nanoTime();

        Open(String id, String secretArn, Connection connection) {
            this.id = id;
            this.secretArn = secretArn;
            this.connection = connection;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Open> open = new ConcurrentHashMap<>();
    private final Duration idleTimeout;
    private final ScheduledExecutorService reaper;

    GatewayTransactions(Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
        this.reaper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "gateway-transaction-reaper");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(50, Math.min(1000, idleTimeout.toMillis() / 4));
        reaper.scheduleWithFixedDelay(this::expireIdle, period, period, TimeUnit.MILLISECONDS);
    }

    String begin(String secretArn, Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        String id = Base64.getEncoder().encodeToString(bytes);
        open.put(id, new Open(id, secretArn, connection));
        return id;
    }

    /** Takes the transaction for one call; release it with {@link #release}. */
    Open acquire(String id, String secretArn) {
        Open transaction = open.get(id);
        if (transaction == null || !transaction.secretArn.equals(secretArn)) {
            throw DataApiError.transactionNotFound(id);
        }
        if (!transaction.busy.compareAndSet(false, true)) {
            throw DataApiError.databaseError("Transaction is still running a query");
        }
        if (open.get(id) != transaction) {
            transaction.busy.set(false);
            throw DataApiError.transactionNotFound(id);
        }
        return transaction;
    }

    void release(Open transaction) {
        transaction.lastUsedNanos = System.nanoTime();
        transaction.busy.set(false);
    }

    /** Ends the transaction (commit or rollback) and returns its connection to the pool. */
    void end(Open transaction, boolean commit) throws SQLException {
        open.remove(transaction.id, transaction);
        try (Connection connection = transaction.connection) {
            JdbcStatements.endTransaction(connection, commit);
        }
    }

    /** Forgets a transaction after a failed statement, as the service does, rolling it back. */
    void abort(Open transaction) {
        try {
            end(transaction, false);
        } catch (SQLException ignored) {
            // the connection is gone with the transaction
        }
    }

    private void expireIdle() {
        long now = System.nanoTime();
        for (Open transaction : open.values()) {
            if (now - transaction.lastUsedNanos > idleTimeout.toNanos()
                    && transaction.busy.compareAndSet(false, true)) {
                abort(transaction);
            }
        }
    }

    @Override
    public void close() {
        reaper.shutdownNow();
        open.values().forEach(this::abort);
    }
}
