package com.starlightdesk.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The practice tables of the local store ({@code db/h2}) and of the server ({@code db/postgresql}) are
 * twins on purpose: every table and column of one exists on the other, with a compatible type, apart from
 * what only the server keeps for sync and row security, listed here. A migration added on one side only
 * fails this test.
 */
class MigrationTwinsTest {
    private static final String DATABASE = "starlight_schema_twins";

    /** Tables only the server has: exactly-once push and the role-to-practice map of row security. */
    private static final Set<String> SERVER_ONLY_TABLES = Set.of("applied_mutations", "practice_roles");

    /** Columns only the server has: the writing transaction's id, the pull cursor, on every practice table. */
    private static final Set<String> SERVER_ONLY_COLUMNS = Set.of(
            "practices.txid", "users.txid", "providers.txid", "patients.txid", "subscription_plans.txid",
            "patient_subscriptions.txid", "appointments.txid", "medical_records.txid", "diagnoses.txid",
            "allergies.txid", "medications.txid", "vitals.txid", "tasks.txid", "contacts.txid", "invoices.txid",
            "invoice_line_items.txid", "payments.txid", "audit_log.txid", "note_templates.txid", "immunizations.txid",
            "immunization_observations.txid", "plan_fee_changes.txid", "membership_changes.txid", "fee_schedule.txid",
            "payment_allocations.txid", "pipeline_cards.txid", "family_activity.txid");

    /** Types that differ on purpose: H2 keeps JSON as text (see {@link Dialect#jsonType()}). */
    private static final Map<String, String> LOCAL_TYPE_OF_SERVER_TYPE = Map.of("jsonb", "character varying");

    @TempDir
    static Path dir;

    private static Map<String, Column> local;
    private static Map<String, Column> server;
    private static Set<String> localIndexes;
    private static Set<String> serverIndexes;

    @BeforeAll
    static void migrateBothSides() throws SQLException {
        DataSource h2 = TestDatabases.h2(dir, "twins");
        DataSource postgres = TestDatabases.freshPostgres(DATABASE);
        Migrations.migratePracticeTables(h2);
        Migrations.migratePracticeTables(postgres);
        local = columns(h2);
        server = columns(postgres);
        localIndexes = names(h2, "select index_name from information_schema.indexes where lower(table_schema) = 'public'");
        serverIndexes = names(postgres, "select indexname from pg_indexes where schemaname = 'public'");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        TestDatabases.drop(DATABASE);
    }

    @Test
    void bothSidesHaveTheSameTablesApartFromTheServersOwn() {
        Set<String> localTables = tables(local);
        Set<String> serverTables = tables(server);
        assertTrue(localTables.contains("patients") && localTables.contains("audit_log"), "read the tables: " + localTables);
        assertTrue(serverTables.containsAll(SERVER_ONLY_TABLES), "server-only tables listed here but missing on the server: "
                + difference(SERVER_ONLY_TABLES, serverTables));
        assertEquals(Set.of(), difference(localTables, serverTables), "tables only in db/h2");
        Set<String> shared = difference(serverTables, SERVER_ONLY_TABLES);
        assertEquals(Set.of(), difference(shared, localTables), "tables only in db/postgresql, not listed as server-only");
    }

    @Test
    void bothSidesHaveTheSameColumnsApartFromTheServersSyncColumns() {
        Set<String> serverOnly = new TreeSet<>(SERVER_ONLY_COLUMNS);
        server.keySet().stream().filter(c -> SERVER_ONLY_TABLES.contains(c.substring(0, c.indexOf('.')))).forEach(serverOnly::add);
        assertTrue(server.keySet().containsAll(SERVER_ONLY_COLUMNS), "server-only columns listed here but missing on the server: "
                + difference(SERVER_ONLY_COLUMNS, server.keySet()));
        assertEquals(Set.of(), difference(local.keySet(), server.keySet()), "columns only in db/h2");
        assertEquals(Set.of(), difference(difference(server.keySet(), serverOnly), local.keySet()),
                "columns only in db/postgresql, not listed as server-only");
    }

    @Test
    void sharedColumnsHaveCompatibleTypesLengthsAndNullability() {
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, Column> entry : local.entrySet()) {
            Column theirs = server.get(entry.getKey());
            if (theirs == null) {
                continue; // reported by the column test
            }
            Column mine = entry.getValue();
            String expectedLocalType = LOCAL_TYPE_OF_SERVER_TYPE.getOrDefault(theirs.type(), theirs.type());
            boolean jsonAsText = !expectedLocalType.equals(theirs.type());
            if (!mine.type().equals(expectedLocalType)) {
                mismatches.add(entry.getKey() + ": " + mine.type() + " locally, " + theirs.type() + " on the server");
            } else if (!jsonAsText && !Objects.equals(mine.length(), theirs.length())) {
                mismatches.add(entry.getKey() + ": length " + mine.length() + " locally, " + theirs.length() + " on the server");
            } else if (mine.type().equals("numeric") && !(Objects.equals(mine.precision(), theirs.precision())
                    && Objects.equals(mine.scale(), theirs.scale()))) {
                mismatches.add(entry.getKey() + ": numeric(" + mine.precision() + "," + mine.scale() + ") locally, numeric("
                        + theirs.precision() + "," + theirs.scale() + ") on the server");
            }
            if (mine.nullable() != theirs.nullable()) {
                mismatches.add(entry.getKey() + ": " + (mine.nullable() ? "nullable" : "not null") + " locally, "
                        + (theirs.nullable() ? "nullable" : "not null") + " on the server");
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void bothSidesHaveTheSameNamedIndexesApartFromTheServersPullCursor() {
        Set<String> local = named(localIndexes);
        Set<String> server = named(serverIndexes);
        assertTrue(local.containsAll(Set.of("idx_patients_family", "idx_audit_occurred", "idx_audit_user", "idx_audit_patient",
                "idx_invoices_corrects")),
                "read the indexes: " + local);
        assertEquals(Set.of(), difference(local, server), "indexes only in db/h2");
        Set<String> serverOnly = new TreeSet<>();
        server.stream().filter(i -> i.endsWith("_practice_txid")).forEach(serverOnly::add);
        assertEquals(Set.of(), difference(difference(server, serverOnly), local), "indexes only in db/postgresql");
    }

    /** The indexes the migrations name ({@code idx_...}), not those made for keys and constraints. */
    private static Set<String> named(Set<String> indexes) {
        Set<String> named = new TreeSet<>();
        indexes.stream().filter(i -> i.startsWith("idx_")).forEach(named::add);
        return named;
    }

    private static Set<String> names(DataSource dataSource, String query) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                names.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private record Column(String type, Integer length, Integer precision, Integer scale, boolean nullable) {
    }

    /** Every column of the public schema but Flyway's history, as {@code table.column}. */
    private static Map<String, Column> columns(DataSource dataSource) throws SQLException {
        Map<String, Column> columns = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select table_name, column_name, data_type, character_maximum_length,"
                     + " numeric_precision, numeric_scale, is_nullable from information_schema.columns"
                     + " where lower(table_schema) = 'public' and lower(table_name) <> '" + Migrations.SCHEMA_VERSION_TABLE + "'")) {
            while (rs.next()) {
                String name = rs.getString(1).toLowerCase(Locale.ROOT) + "." + rs.getString(2).toLowerCase(Locale.ROOT);
                columns.put(name, new Column(rs.getString(3).toLowerCase(Locale.ROOT), integer(rs, 4), integer(rs, 5),
                        integer(rs, 6), rs.getString(7).equalsIgnoreCase("YES")));
            }
        }
        return columns;
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Set<String> tables(Map<String, Column> columns) {
        Set<String> tables = new TreeSet<>();
        columns.keySet().forEach(c -> tables.add(c.substring(0, c.indexOf('.'))));
        return tables;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
