package com.starlightdesk.sync.remote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one {@code :name}-parameter statement on a JDBC connection and reads its result by the Data API's
 * rules. Shared by {@link JdbcRemote} and the local gateway so that both read rows the same way.
 * Stateless and thread-safe.
 */
public final class JdbcStatements {

    /** Rows and column descriptions of a statement, or its update count. Immutable. */
    public record Outcome(List<ColumnDescription> columns, List<List<SqlValue>> rows, long updateCount) {
        public Outcome {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        public RemoteResult toResult() {
            return RemoteResult.of(columns.stream().map(ColumnDescription::label).toList(), rows, updateCount);
        }
    }

    /** Receives each row as it is read, e.g. to stop a result that grows past a size limit. */
    @FunctionalInterface
    public interface RowListener {
        void onRow(List<SqlValue> row);
    }

    private JdbcStatements() {
    }

    /**
     * Runs the statement.
     *
     * @param timeoutSeconds JDBC query timeout, 0 for none
     * @throws IllegalArgumentException for a missing or unreadable parameter (message names it)
     */
    public static Outcome run(Connection connection, NamedSql sql, List<SqlParam> params, int timeoutSeconds,
                              RowListener listener) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.jdbcSql())) {
            bindAll(statement, sql, params);
            if (timeoutSeconds > 0) {
                statement.setQueryTimeout(timeoutSeconds);
            }
            boolean hasRows = statement.execute();
            if (!hasRows) {
                return new Outcome(List.of(), List.of(), Math.max(0, statement.getLargeUpdateCount()));
            }
            try (ResultSet rs = statement.getResultSet()) {
                List<ColumnDescription> columns = describe(rs.getMetaData());
                List<List<SqlValue>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<SqlValue> row = new ArrayList<>(columns.size());
                    for (int c = 0; c < columns.size(); c++) {
                        row.add(JdbcValues.read(rs, c + 1, columns.get(c).typeName()));
                    }
                    listener.onRow(row);
                    rows.add(row);
                }
                return new Outcome(columns, rows, 0);
            }
        }
    }

    /** Runs the statement once per parameter set as one JDBC batch. */
    public static void runBatch(Connection connection, NamedSql sql, List<List<SqlParam>> parameterSets,
                                int timeoutSeconds) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.jdbcSql())) {
            if (timeoutSeconds > 0) {
                statement.setQueryTimeout(timeoutSeconds);
            }
            for (List<SqlParam> params : parameterSets) {
                bindAll(statement, sql, params);
                statement.addBatch();
            }
            if (parameterSets.isEmpty()) {
                statement.execute();
            } else {
                statement.executeBatch();
            }
        }
    }

    /**
     * Ends a remote transaction on its connection (commit or rollback), back in auto-commit mode with a
     * clean session, ready for its pool. The caller closes the connection.
     */
    public static void endTransaction(Connection connection, boolean commit) throws SQLException {
        if (commit) {
            connection.commit();
        } else {
            connection.rollback();
        }
        connection.setAutoCommit(true);
        resetSession(connection);
    }

    /**
     * Undoes session state a statement may have left ({@code SET ROLE}, {@code set_config}, search_path,
     * temporary tables, advisory locks) before the connection goes back to its pool, so each call starts
     * as the pool's own role with default settings. {@code DISCARD ALL}; must run outside a transaction.
     */
    public static void resetSession(Connection connection) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute("DISCARD ALL");
        }
    }

    private static void bindAll(PreparedStatement statement, NamedSql sql, List<SqlParam> params)
            throws SQLException {
        Map<String, SqlParam> byName = new HashMap<>();
        for (SqlParam param : params) {
            byName.put(param.name(), param);
        }
        List<String> names = sql.parameterNames();
        for (int i = 0; i < names.size(); i++) {
            SqlParam param = byName.get(names.get(i));
            if (param == null) {
                throw new IllegalArgumentException("No value specified for parameter: " + names.get(i));
            }
            JdbcValues.bind(statement, i + 1, param.name(), param.value(), param.hint());
        }
    }

    private static List<ColumnDescription> describe(ResultSetMetaData md) throws SQLException {
        List<ColumnDescription> columns = new ArrayList<>(md.getColumnCount());
        for (int c = 1; c <= md.getColumnCount(); c++) {
            String typeName = md.getColumnTypeName(c);
            columns.add(new ColumnDescription(md.getColumnName(c), md.getColumnLabel(c), md.getColumnType(c),
                    typeName, nullToEmpty(md.getSchemaName(c)), nullToEmpty(md.getTableName(c)),
                    md.isAutoIncrement(c), md.isSigned(c), md.isCurrency(c), md.isCaseSensitive(c),
                    md.isNullable(c), md.getPrecision(c), md.getScale(c), 0));
        }
        return columns;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
