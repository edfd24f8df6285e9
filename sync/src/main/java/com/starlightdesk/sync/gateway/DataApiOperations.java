package com.starlightdesk.sync.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.starlightdesk.sync.remote.JdbcStatements;
import com.starlightdesk.sync.remote.NamedSql;
import com.starlightdesk.sync.remote.SqlParam;
import com.starlightdesk.sync.remote.SqlValue;
import com.starlightdesk.sync.remote.UnsupportedResultTypeException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The five Data API operations on PostgreSQL: each takes the request body (already checked by
 * {@link DataApiHandler}) and returns the response body, or throws {@link DataApiError}. Thread-safe.
 */
final class DataApiOperations {

    private final GatewaySettings settings;
    private final SecretPools pools;
    private final GatewayTransactions transactions;

    /** The service refuses a result row larger than 64 KB, whatever the response's total. */
    static final int MAX_ROW_BYTES = 64 * 1024;

    DataApiOperations(GatewaySettings settings, SecretPools pools, GatewayTransactions transactions) {
        this.settings = settings;
        this.pools = pools;
        this.transactions = transactions;
    }

    ObjectNode execute(JsonNode request) {
        NamedSql sql = statement(request);
        List<SqlParam> params = WireJson.parameters(request.get("parameters"), "parameters");
        WireJson.ResultOptions options = WireJson.ResultOptions.of(request.get("resultSetOptions"));
        String format = WireJson.text(request, "formatRecordsAs", "NONE");
        if (!format.equals("NONE") && !format.equals("JSON")) {
            throw DataApiError.badRequest("formatRecordsAs must be NONE or JSON, got " + format);
        }
        boolean metadata = request.path("includeResultMetadata").asBoolean(false);
        long[] size = {0};
        JdbcStatements.Outcome outcome = run(request, connection -> JdbcStatements.run(connection, sql, params,
                timeoutSeconds(), row -> {
                    long rowBytes = WireJson.estimateSize(row);
                    if (rowBytes > MAX_ROW_BYTES) {
                        throw DataApiError.rowTooLarge();
                    }
                    size[0] += rowBytes;
                    if (size[0] > settings.maxResponseBytes()) {
                        throw DataApiError.responseTooLarge();
                    }
                }));
        ObjectNode response = WireJson.MAPPER.createObjectNode();
        if (format.equals("JSON")) {
            if (!outcome.columns().isEmpty()) {
                response.put("formattedRecords", WireJson.formattedRecords(outcome.columns(), outcome.rows(), options));
            }
        } else {
            if (!outcome.columns().isEmpty()) {
                ArrayNode records = response.putArray("records");
                for (List<SqlValue> row : outcome.rows()) {
                    ArrayNode record = records.addArray();
                    for (int c = 0; c < row.size(); c++) {
                        record.add(WireJson.field(row.get(c), outcome.columns().get(c), options));
                    }
                }
            }
            if (metadata && !outcome.columns().isEmpty()) {
                ArrayNode columns = response.putArray("columnMetadata");
                outcome.columns().forEach(column -> columns.add(WireJson.columnMetadata(column)));
            }
        }
        response.put("numberOfRecordsUpdated", outcome.updateCount());
        response.putArray("generatedFields");
        return response;
    }

    ObjectNode batchExecute(JsonNode request) {
        NamedSql sql = statement(request);
        JsonNode sets = request.get("parameterSets");
        List<List<SqlParam>> parameterSets = new ArrayList<>();
        if (sets != null && sets.isArray()) {
            int i = 0;
            for (JsonNode set : sets) {
                parameterSets.add(WireJson.parameters(set, "parameterSets[" + i++ + "]"));
            }
        }
        run(request, connection -> {
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
            try {
                JdbcStatements.runBatch(connection, sql, parameterSets, timeoutSeconds());
                if (autoCommit) {
                    connection.commit();
                }
            } finally {
                if (autoCommit) {
                    if (!connection.getAutoCommit()) {
                        connection.rollback();
                    }
                    connection.setAutoCommit(true);
                }
            }
            return null;
        });
        ObjectNode response = WireJson.MAPPER.createObjectNode();
        ArrayNode results = response.putArray("updateResults");
        parameterSets.forEach(set -> results.addObject().putArray("generatedFields"));
        return response;
    }

    ObjectNode beginTransaction(JsonNode request) {
        String secretArn = request.path("secretArn").asText();
        Connection connection = pools.connect(secretArn, WireJson.text(request, "database", null));
        try {
            String id = transactions.begin(secretArn, connection);
            return WireJson.MAPPER.createObjectNode().put("transactionId", id);
        } catch (SQLException e) {
            close(connection);
            throw sqlError(e);
        }
    }

    ObjectNode endTransaction(JsonNode request, boolean commit) {
        String id = requiredTransactionId(request);
        GatewayTransactions.Open transaction = transactions.acquire(id, request.path("secretArn").asText());
        try {
            transactions.end(transaction, commit);
        } catch (SQLException e) {
            throw sqlError(e);
        }
        return WireJson.MAPPER.createObjectNode()
                .put("transactionStatus", commit ? "Transaction Committed" : "Rollback Complete");
    }

    /** Work on one connection: the transaction's, or a pooled one in autocommit. */
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T run(JsonNode request, Work<T> work) {
        String transactionId = WireJson.text(request, "transactionId", null);
        String secretArn = request.path("secretArn").asText();
        if (transactionId == null) {
            try (Connection connection = pools.connect(secretArn, WireJson.text(request, "database", null))) {
                T result;
                try {
                    result = mapped(work, connection);
                } catch (RuntimeException e) {
                    resetQuietly(connection);
                    throw e;
                }
                JdbcStatements.resetSession(connection);
                return result;
            } catch (SQLException e) {
                throw sqlError(e);
            }
        }
        GatewayTransactions.Open transaction = transactions.acquire(transactionId, secretArn);
        try {
            T result = mapped(work, transaction.connection);
            transactions.release(transaction);
            return result;
        } catch (RuntimeException e) {
            // As on the service, a failed statement ends its transaction.
            transactions.abort(transaction);
            throw e;
        }
    }

    private static <T> T mapped(Work<T> work, Connection connection) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw sqlError(e);
        } catch (UnsupportedResultTypeException e) {
            throw DataApiError.unsupportedResult(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw DataApiError.badRequest(e.getMessage());
        }
    }

    private NamedSql statement(JsonNode request) {
        JsonNode sqlNode = request.get("sql");
        if (sqlNode == null || !sqlNode.isTextual() || sqlNode.asText().isBlank()) {
            throw DataApiError.badRequest("sql is required");
        }
        String sql = sqlNode.asText();
        if (sql.length() > 65_536) {
            throw DataApiError.badRequest("sql must be at most 65536 characters, got " + sql.length());
        }
        NamedSql parsed = NamedSql.parse(sql);
        if (parsed.multipleStatements()) {
            throw DataApiError.validation("Multistatement SQL is not supported");
        }
        return parsed;
    }

    private static String requiredTransactionId(JsonNode request) {
        String id = WireJson.text(request, "transactionId", null);
        if (id == null || id.isEmpty()) {
            throw DataApiError.badRequest("transactionId is required");
        }
        return id;
    }

    private int timeoutSeconds() {
        return (int) settings.statementTimeout().toSeconds();
    }

    static DataApiError sqlError(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("57014")) {
            return DataApiError.statementTimeout();
        }
        return DataApiError.databaseError(e.getMessage() + "; SQLState: " + state);
    }

    private static void resetQuietly(Connection connection) {
        try {
            JdbcStatements.resetSession(connection);
        } catch (SQLException ignored) {
            // a broken connection is evicted by the pool
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // returning a broken connection
        }
    }
}
