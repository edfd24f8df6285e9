package com.starlightdesk.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MigrationsTest {

    private static final Set<String> PRACTICE_TABLES = Set.of(
            "practices", "users", "providers", "patients", "subscription_plans", "patient_subscriptions",
            "appointments", "medical_records", "diagnoses", "allergies", "medications", "vitals", "tasks",
            "contacts", "invoices", "invoice_line_items", "payments", "audit_log", "note_templates", "immunizations",
            "immunization_observations", "plan_fee_changes", "membership_changes", "fee_schedule", "payment_allocations",
            "pipeline_cards", "family_activity");

    private static final String DATABASE = "starlight_schema_test";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyPracticeTableCarriesScopeTimestampsVersionAndTombstone(Dialect dialect) throws Exception {
        DataSource ds = dataSource(dialect);
        Migrations.migrateLocalStore(ds);
        Migrations.migrateLocalStore(ds); // idempotent
        try (Connection c = ds.getConnection()) {
            Set<String> tables = new TreeSet<>();
            try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema != null && schema.equalsIgnoreCase("public")) {
                        tables.add(rs.getString("TABLE_NAME").toLowerCase());
                    }
                }
            }
            assertTrue(tables.containsAll(PRACTICE_TABLES), "missing tables in " + tables);
            for (String table : PRACTICE_TABLES) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = c.getMetaData().getColumns(null, null, table, "%")) {
                    while (rs.next()) {
                        columns.add(rs.getString("COLUMN_NAME").toLowerCase());
                    }
                }
                for (String required : List.of("id", "practice_id", "created_at", "updated_at", "row_version", "deleted_at")) {
                    assertTrue(columns.contains(required), table + " lacks " + required);
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void bundledVersionConstantsMatchTheMigrationFiles() throws Exception {
        for (Dialect dialect : Dialect.values()) {
            assertEquals(highestVersion("db/" + dialect.folder()), Migrations.PRACTICE_VERSION.get(dialect), dialect.folder());
        }
        assertEquals(highestVersion("db/device"), Migrations.DEVICE_VERSION, "device");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aCurrentStoreIsRecognisedAndAStaleOneIsMigrated(Dialect dialect) throws Exception {
        DataSource ds = dataSource(dialect);
        assertTrue(!Migrations.isCurrent(ds), "an empty database is not current");
        Migrations.migratePracticeTables(ds);
        assertTrue(!Migrations.isCurrent(ds), "a store without its device tables is not current");
        Migrations.migrateLocalStore(ds);
        assertTrue(Migrations.isCurrent(ds));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("select count(*) from outbox");
            s.execute("select count(*) from device_settings");
        }
    }

    private static int highestVersion(String folder) throws Exception {
        Path dir = Path.of(MigrationsTest.class.getClassLoader().getResource(folder).toURI());
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElse(0);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void constraintsRejectBadEnumsTimesMoneyAndCodes(Dialect dialect) throws Exception {
        DataSource ds = dataSource(dialect);
        Migrations.migrateLocalStore(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            UUID practice = UUID.randomUUID();
            UUID patient = UUID.randomUUID();
            UUID provider = UUID.randomUUID();
            String now = "timestamp with time zone '2026-01-01 10:00:00+00'";
            s.execute("insert into practices (id, practice_id, name, time_zone, created_at, updated_at) values ('"
                    + practice + "','" + practice + "','P','America/Chicago'," + now + "," + now + ")");
            s.execute("insert into patients (id, practice_id, first_name, last_name, date_of_birth, status, phone, created_at, updated_at)"
                    + " values ('" + patient + "','" + practice + "','Ava','Lee',date '2020-01-01','active','(312) 555-0101'," + now + "," + now + ")");
            s.execute("insert into providers (id, practice_id, name, color, created_at, updated_at) values ('"
                    + provider + "','" + practice + "','Dr. P','#3366CC'," + now + "," + now + ")");
            try (ResultSet rs = s.executeQuery("select visit_types, legal_name, npi, logo from practices")) {
                rs.next();
                assertEquals("checkup 30 #4A7FB5, followup 20 #4E9A8E, sick_visit 20 #C47A5E, vaccination 15 #8A78B8, wellness 45 #6E9A57",
                        rs.getString(1), "a practice without visit types gets the defaults");
                assertEquals(null, rs.getString(2));
                assertEquals(null, rs.getString(3));
                assertEquals(null, rs.getString(4));
            }
            assertRejected(s, "update practices set npi = '123456789X'");
            assertRejected(s, "update practices set tax_id = '123456789'");
            try (ResultSet rs = s.executeQuery("select phone_digits, last_name_key from patients")) {
                rs.next();
                assertEquals("3125550101", rs.getString(1));
                assertEquals("lee", rs.getString(2));
            }
            String base = "insert into appointments (id, practice_id, patient_id, provider_id, start_time, end_time, status, appointment_type, created_at, updated_at) values (";
            String ok = base + "'" + UUID.randomUUID() + "','" + practice + "','" + patient + "','" + provider + "',"
                    + "timestamp with time zone '2026-01-02 10:00:00+00', timestamp with time zone '2026-01-02 10:30:00+00','scheduled','checkup'," + now + "," + now + ")";
            s.execute(ok);
            assertRejected(s, ok.replace("'scheduled'", "'maybe'").replace(ok.substring(base.length() + 1, base.length() + 37), UUID.randomUUID().toString()));
            assertRejected(s, base + "'" + UUID.randomUUID() + "','" + practice + "','" + patient + "','" + provider + "',"
                    + "timestamp with time zone '2026-01-02 10:30:00+00', timestamp with time zone '2026-01-02 10:30:00+00','scheduled','checkup'," + now + "," + now + ")");
            assertRejected(s, "insert into subscription_plans (id, practice_id, name, monthly_fee, created_at, updated_at) values ('"
                    + UUID.randomUUID() + "','" + practice + "','Orion',-1," + now + "," + now + ")");
            assertRejected(s, "insert into diagnoses (id, practice_id, patient_id, icd10_code, description, status, diagnosed_at, created_at, updated_at) values ('"
                    + UUID.randomUUID() + "','" + practice + "','" + patient + "','J6','x','active',date '2026-01-01'," + now + "," + now + ")");
            assertRejected(s, "insert into providers (id, practice_id, name, color, created_at, updated_at) values ('"
                    + UUID.randomUUID() + "','" + practice + "','Dr. Q','blue'," + now + "," + now + ")");
        }
    }

    @org.junit.jupiter.api.AfterAll
    static void dropDatabase() throws SQLException {
        TestDatabases.drop(DATABASE);
    }

    private static void assertRejected(Statement s, String sql) {
        assertThrows(SQLException.class, () -> s.execute(sql), sql);
    }

    private DataSource dataSource(Dialect dialect) throws Exception {
        return dialect == Dialect.H2 ? TestDatabases.h2(dir, "m") : TestDatabases.freshPostgres(DATABASE);
    }
}
