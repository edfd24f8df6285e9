package com.starlightdesk.sync.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.sync.testing.RemoteTestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the catalogue of a migrated database: every practice table is under forced row security. */
class RowSecurityCatalogueTest {

    private static RemoteTestDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = new RemoteTestDatabase("catalogue");
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    void everyTableWithPracticeIdHasForcedRowSecurityAndAPolicy() throws SQLException {
        List<String> tables = new ArrayList<>();
        List<String> unprotected = new ArrayList<>();
        try (Connection c = database.owner().getConnection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
                            (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
                     FROM pg_class c
                     JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
                       AND EXISTS (SELECT 1 FROM pg_attribute a
                                   WHERE a.attrelid = c.oid AND a.attname = 'practice_id' AND NOT a.attisdropped)
                     ORDER BY c.relname""");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
                if (!rs.getBoolean(2) || !rs.getBoolean(3) || rs.getLong(4) < 1) {
                    unprotected.add(rs.getString(1));
                }
            }
        }
        assertTrue(tables.containsAll(List.of("practices", "patients", "medical_records", "audit_log",
                "applied_mutations", "practice_roles", "note_templates", "immunizations", "immunization_observations",
                "plan_fee_changes", "membership_changes", "fee_schedule", "payment_allocations", "pipeline_cards",
                "family_activity")),
                "practice tables found: " + tables);
        assertTrue(tables.size() >= 29, "27 practice tables, applied_mutations and practice_roles at least: " + tables);
        assertEquals(List.of(), unprotected, "tables without forced row security and a policy");
    }

    @Test
    void practiceRolesAreNotOwnersSuperusersOrRowSecurityBypassers() throws SQLException {
        try (Connection c = database.owner().getConnection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT r.rolname, r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb, r.rolcanlogin,
                            (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid) AS owned,
                            (SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                             WHERE m.member = r.oid AND g.rolname <> 'starlight_practice') AS other_groups
                     FROM practice_roles p JOIN pg_roles r ON r.rolname = p.role_name""");
             ResultSet rs = s.executeQuery()) {
            int roles = 0;
            while (rs.next()) {
                roles++;
                String role = rs.getString(1);
                assertFalse(rs.getBoolean(2), role + " is a superuser");
                assertFalse(rs.getBoolean(3), role + " bypasses row security");
                assertFalse(rs.getBoolean(4), role + " can create roles");
                assertFalse(rs.getBoolean(5), role + " can create databases");
                assertTrue(rs.getBoolean(6), role + " cannot log in");
                assertEquals(0, rs.getLong(7), role + " owns relations");
                assertEquals(0, rs.getLong(8), role + " belongs to a group other than starlight_practice");
            }
            assertEquals(2, roles, "provisioned practice roles");
        }
        try (Connection c = database.owner().getConnection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT privilege_type FROM information_schema.role_table_grants
                     WHERE grantee = 'starlight_practice' AND table_name = 'audit_log' ORDER BY 1""");
             ResultSet rs = s.executeQuery()) {
            List<String> privileges = new ArrayList<>();
            while (rs.next()) {
                privileges.add(rs.getString(1));
            }
            assertEquals(List.of("INSERT", "SELECT"), privileges, "audit_log is append-only for practices");
        }
    }

    @Test
    void thePracticeProfileIsCoveredByTheTableGrantAndItsRowPolicy() throws SQLException {
        List<String> notGranted = new ArrayList<>();
        try (Connection c = database.owner().getConnection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT column_name,
                            has_column_privilege('starlight_practice', 'practices', column_name, 'SELECT') AS readable,
                            has_column_privilege('starlight_practice', 'practices', column_name, 'UPDATE') AS writable
                     FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'practices'
                       AND column_name IN ('legal_name', 'address', 'phone', 'fax', 'tax_id', 'npi', 'logo', 'visit_types')""");
             ResultSet rs = s.executeQuery()) {
            int columns = 0;
            while (rs.next()) {
                columns++;
                if (!rs.getBoolean("readable") || !rs.getBoolean("writable")) {
                    notGranted.add(rs.getString(1));
                }
            }
            assertEquals(8, columns, "the profile's columns");
        }
        assertEquals(List.of(), notGranted, "profile columns a practice cannot read or edit");
        try (Connection c = database.owner().getConnection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT count(*) FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid
                     WHERE c.relname = 'practices' AND pg_get_expr(p.polqual, p.polrelid) LIKE '%current_practice_id()%'""");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            assertTrue(rs.getLong(1) >= 1, "the practices row policy is keyed on the connecting role's practice");
        }
    }
}
