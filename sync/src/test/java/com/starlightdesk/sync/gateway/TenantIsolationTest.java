package com.starlightdesk.sync.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.sync.remote.RemoteException;
import com.starlightdesk.sync.remote.RemoteStore;
import com.starlightdesk.sync.remote.RemoteTransaction;
import com.starlightdesk.sync.remote.SqlParam;
import com.starlightdesk.sync.testing.GatewayFixture;
import com.starlightdesk.sync.testing.PracticeRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The tenant attack matrix: a client holding practice A's secret, talking to the gateway (whose secrets
 * file does not grant B's secret), tries every way to read or change practice B's rows. Each attempt
 * reads no row of B and writes none; B's rows are byte-for-byte unchanged afterwards.
 */
class TenantIsolationTest {

    private static final String SNAPSHOT_OF_B = """
            SELECT md5(coalesce(string_agg(t.r, '|' ORDER BY t.r), '')) FROM (
              SELECT row_to_json(p)::text AS r FROM practices p WHERE practice_id = ?
              UNION ALL SELECT row_to_json(x)::text FROM patients x WHERE practice_id = ?
              UNION ALL SELECT row_to_json(a)::text FROM audit_log a WHERE practice_id = ?
              UNION ALL SELECT row_to_json(n)::text FROM note_templates n WHERE practice_id = ?
              UNION ALL SELECT row_to_json(i)::text FROM immunizations i WHERE practice_id = ?
              UNION ALL SELECT row_to_json(o)::text FROM immunization_observations o WHERE practice_id = ?
              UNION ALL SELECT row_to_json(s)::text FROM subscription_plans s WHERE practice_id = ?
              UNION ALL SELECT row_to_json(f)::text FROM plan_fee_changes f WHERE practice_id = ?
              UNION ALL SELECT row_to_json(m)::text FROM patient_subscriptions m WHERE practice_id = ?
              UNION ALL SELECT row_to_json(h)::text FROM membership_changes h WHERE practice_id = ?
              UNION ALL SELECT row_to_json(e)::text FROM fee_schedule e WHERE practice_id = ?
              UNION ALL SELECT row_to_json(v)::text FROM invoices v WHERE practice_id = ?
              UNION ALL SELECT row_to_json(l)::text FROM invoice_line_items l WHERE practice_id = ?
              UNION ALL SELECT row_to_json(y)::text FROM payments y WHERE practice_id = ?
              UNION ALL SELECT row_to_json(z)::text FROM payment_allocations z WHERE practice_id = ?
              UNION ALL SELECT row_to_json(k)::text FROM pipeline_cards k WHERE practice_id = ?
              UNION ALL SELECT row_to_json(w)::text FROM family_activity w WHERE practice_id = ?
              UNION ALL SELECT row_to_json(r)::text FROM practice_roles r WHERE practice_id = ?) t""";

    private static GatewayFixture fixture;
    private static RemoteStore asA;
    private static UUID practiceA;
    private static UUID practiceB;
    private static UUID patientA;
    private static UUID patientB;
    private static UUID invoiceB;
    private static String snapshotBefore;

    @BeforeAll
    static void start() throws SQLException {
        fixture = new GatewayFixture("tenancy", false);
        practiceA = fixture.database().practiceA();
        practiceB = fixture.database().practiceB();
        patientA = PracticeRows.patient(fixture.database().owner(), practiceA, "Ava", "Lee");
        patientB = PracticeRows.patient(fixture.database().owner(), practiceB, "Noah", "Kim");
        fixture.database().ownerExecute("INSERT INTO audit_log (id, practice_id, action, table_name, patient_id, chart_section,"
                + " occurred_at, created_at, updated_at) VALUES ('" + UUID.randomUUID() + "', '" + practiceB + "', 'read',"
                + " 'medical_records', '" + patientB + "', 'notes', now(), now(), now())");
        fixture.database().ownerExecute("UPDATE practices SET legal_name = 'Kim Pediatrics LLC', npi = '1003000126',"
                + " tax_id = '98-7654321', address = '{\"line1\": \"9 Oak Ave\", \"city\": \"Peoria\"}',"
                + " visit_types = 'checkup 40 #112233' WHERE id = '" + practiceB + "'");
        fixture.database().ownerExecute("INSERT INTO note_templates (id, practice_id, name, kind, content, created_at, updated_at)"
                + " VALUES ('" + UUID.randomUUID() + "', '" + practiceB + "', 'Kim sick visit', 'sick_visit',"
                + " '{\"plan\": \"Fluids\"}', now(), now())");
        fixture.database().ownerExecute("INSERT INTO immunizations (id, practice_id, patient_id, cvx, given_on, source, source_name,"
                + " created_at, updated_at) VALUES ('" + UUID.randomUUID() + "', '" + practiceB + "', '" + patientB + "', '03',"
                + " DATE '2021-06-01', 'historical', 'Peoria clinic', now(), now())");
        fixture.database().ownerExecute("INSERT INTO immunization_observations (id, practice_id, patient_id, kind, observation_code,"
                + " observed_on, created_at, updated_at) VALUES ('" + UUID.randomUUID() + "', '" + practiceB + "', '" + patientB + "',"
                + " 'immunity', '023', DATE '2022-01-01', now(), now())");
        billingOfB();
        pipelineOfB();
        asA = fixture.dataApiRemote(fixture.database().secretA());
        snapshotBefore = snapshotOfB();
    }

    /**
     * Practice B's plan with a fee change, a membership with its history, a fee schedule entry, an invoice with a credit
     * note, a payment.
     */
    private static void billingOfB() throws SQLException {
        String plan = UUID.randomUUID().toString();
        String membership = UUID.randomUUID().toString();
        invoiceB = UUID.randomUUID();
        String invoice = invoiceB.toString();
        String payment = UUID.randomUUID().toString();
        String b = "'" + practiceB + "'";
        String rowTimes = "now(), now()";
        fixture.database().ownerExecute("INSERT INTO subscription_plans (id, practice_id, name, age_min, age_max, age_unit, monthly_fee,"
                + " created_at, updated_at) VALUES ('" + plan + "', " + b + ", 'Kim infants', 0, 11, 'months', 99.00, " + rowTimes + ")");
        fixture.database().ownerExecute("INSERT INTO plan_fee_changes (id, practice_id, plan_id, effective_from, monthly_fee, created_at,"
                + " updated_at) VALUES ('" + UUID.randomUUID() + "', " + b + ", '" + plan + "', DATE '2027-01-01', 109.00, " + rowTimes + ")");
        fixture.database().ownerExecute("INSERT INTO patient_subscriptions (id, practice_id, patient_id, plan_id, started_at, status,"
                + " created_at, updated_at) VALUES ('" + membership + "', " + b + ", '" + patientB + "', '" + plan + "', DATE '2026-11-01',"
                + " 'active', " + rowTimes + ")");
        fixture.database().ownerExecute("INSERT INTO membership_changes (id, practice_id, subscription_id, patient_id, kind, effective_on,"
                + " plan_id, created_at, updated_at) VALUES ('" + UUID.randomUUID() + "', " + b + ", '" + membership + "', '" + patientB
                + "', 'enrolled', DATE '2026-11-01', '" + plan + "', " + rowTimes + ")");
        fixture.database().ownerExecute("INSERT INTO fee_schedule (id, practice_id, cpt_code, description, price, created_at, updated_at)"
                + " VALUES ('" + UUID.randomUUID() + "', " + b + ", '87880', 'Kim strep test', 30.00, " + rowTimes + ")");
        fixture.database().ownerExecute("INSERT INTO invoices (id, practice_id, patient_id, status, total_amount, kind, subscription_id,"
                + " billing_month, created_at, updated_at) VALUES ('" + invoice + "', " + b + ", '" + patientB + "', 'sent', 99.00,"
                + " 'membership', '" + membership + "', DATE '2026-12-01', " + rowTimes + ")");
        fixture.database().ownerExecute("INSERT INTO invoice_line_items (id, practice_id, invoice_id, description, unit_price, amount,"
                + " plan_id, created_at, updated_at) VALUES ('" + UUID.randomUUID() + "', " + b + ", '" + invoice + "', 'Kim infants',"
                + " 99.00, 99.00, '" + plan + "', " + rowTimes + ")");
        fixture.database().ownerExecute("INSERT INTO invoices (id, practice_id, patient_id, status, total_amount, kind, corrects_invoice_id,"
                + " created_at, updated_at) VALUES ('" + UUID.randomUUID() + "', " + b + ", '" + patientB + "', 'sent', 20.00,"
                + " 'credit_note', '" + invoice + "', " + rowTimes + ")");
        fixture.database().ownerExecute("INSERT INTO payments (id, practice_id, patient_id, amount, payment_method, paid_at, created_at,"
                + " updated_at) VALUES ('" + payment + "', " + b + ", '" + patientB + "', 99.00, 'card', now(), " + rowTimes + ")");
        fixture.database().ownerExecute("INSERT INTO payment_allocations (id, practice_id, payment_id, invoice_id, amount, created_at,"
                + " updated_at) VALUES ('" + UUID.randomUUID() + "', " + b + ", '" + payment + "', '" + invoice + "', 99.00, " + rowTimes + ")");
    }

    /** Practice B's prospect family: its card (lost to another practice) and a call in its log. */
    private static void pipelineOfB() throws SQLException {
        String card = UUID.randomUUID().toString();
        fixture.database().ownerExecute("INSERT INTO pipeline_cards (id, practice_id, stage, stage_entered_on, lost_reason, source_channel,"
                + " created_at, updated_at) VALUES ('" + card + "', '" + practiceB + "', 'lost', DATE '2026-11-20', 'price', 'web', now(), now())");
        fixture.database().ownerExecute("INSERT INTO family_activity (id, practice_id, card_id, kind, occurred_at, summary, created_at,"
                + " updated_at) VALUES ('" + UUID.randomUUID() + "', '" + practiceB + "', '" + card + "', 'call', now(), 'Kim family called',"
                + " now(), now())");
    }

    @AfterEach
    void bUnchanged() throws SQLException {
        assertEquals(snapshotBefore, snapshotOfB(), "practice B's rows changed");
    }

    @AfterAll
    static void stop() {
        asA.close();
        fixture.close();
    }

    private static String snapshotOfB() throws SQLException {
        try (Connection c = fixture.database().owner().getConnection(); PreparedStatement s = c.prepareStatement(SNAPSHOT_OF_B)) {
            for (int i = 1; i <= 18; i++) {
                s.setObject(i, practiceB);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static long count(String sql, SqlParam... params) {
        return asA.execute(sql, params).rows().get(0).int64("n");
    }

    private static RemoteException refused(Executable attack) {
        RemoteException e = assertThrows(RemoteException.class, attack);
        assertTrue(e.kind() == RemoteException.Kind.DATABASE_ERROR || e.kind() == RemoteException.Kind.ACCESS_DENIED,
                "refused as " + e.kind() + ": " + e.getMessage());
        return e;
    }

    @Test
    void readsSeeOnlyPracticeA() {
        assertEquals(0, count("SELECT count(*) AS n FROM patients WHERE practice_id = :b", SqlParam.uuid("b", practiceB)));
        assertEquals(0, count("SELECT count(*) AS n FROM patients WHERE id = :id", SqlParam.uuid("id", patientB)));
        assertEquals(1, count("SELECT count(*) AS n FROM patients"));
        assertEquals(patientA, asA.execute("SELECT id FROM patients").rows().get(0).uuid("id"));
        assertEquals(1, count("SELECT count(*) AS n FROM practices"));
        assertEquals(0, count("SELECT count(*) AS n FROM audit_log WHERE practice_id = :b", SqlParam.uuid("b", practiceB)));
        assertEquals(1, count("SELECT count(*) AS n FROM practice_roles"), "only its own role mapping");
        assertEquals(practiceA, asA.execute("SELECT current_practice_id() AS p").rows().get(0).uuid("p"));
    }

    @Test
    void writesToPracticeBChangeNothing() {
        RemoteException insert = refused(() -> asA.execute("INSERT INTO patients (id, practice_id, first_name, last_name,"
                        + " date_of_birth, status, created_at, updated_at) VALUES (:id, :b, 'Eve', 'X', DATE '2020-01-01',"
                        + " 'active', now(), now())", SqlParam.uuid("id", UUID.randomUUID()), SqlParam.uuid("b", practiceB)));
        assertTrue(insert.getMessage().contains("row-level security"), insert.getMessage());
        assertEquals(0, asA.execute("UPDATE patients SET notes = 'changed' WHERE practice_id = :b",
                SqlParam.uuid("b", practiceB)).updatedCount());
        assertEquals(0, asA.execute("UPDATE patients SET notes = 'changed' WHERE id = :id",
                SqlParam.uuid("id", patientB)).updatedCount());
        assertEquals(0, asA.execute("DELETE FROM patients WHERE practice_id = :b", SqlParam.uuid("b", practiceB)).updatedCount());
        assertEquals(0, asA.execute("UPDATE practices SET name = 'Taken' WHERE id = :b", SqlParam.uuid("b", practiceB)).updatedCount());
        refused(() -> asA.execute("UPDATE patients SET practice_id = :b WHERE id = :id",
                SqlParam.uuid("b", practiceB), SqlParam.uuid("id", patientA)));
        refused(() -> asA.execute("INSERT INTO practice_roles (role_name, practice_id) VALUES (current_user || '_x', :b)",
                SqlParam.uuid("b", practiceB)));
        refused(() -> asA.execute("UPDATE practice_roles SET practice_id = :b", SqlParam.uuid("b", practiceB)));
    }

    @Test
    void practiceBsImmunizationsCanBeNeitherReadNorChanged() {
        assertEquals(0, count("SELECT count(*) AS n FROM immunizations"));
        assertEquals(0, count("SELECT count(*) AS n FROM immunization_observations"));
        assertEquals(0, asA.execute("UPDATE immunizations SET lot_number = 'TAKEN' WHERE practice_id = :b",
                SqlParam.uuid("b", practiceB)).updatedCount());
        assertEquals(0, asA.execute("UPDATE immunization_observations SET note = 'Taken'").updatedCount());
        assertEquals(0, asA.execute("DELETE FROM immunizations").updatedCount());
        assertEquals(0, asA.execute("DELETE FROM immunization_observations").updatedCount());
        refused(() -> asA.execute("INSERT INTO immunizations (id, practice_id, patient_id, cvx, given_on, source, source_name,"
                + " created_at, updated_at) VALUES (:id, :b, :p, '20', DATE '2024-01-01', 'historical', 'Planted', now(), now())",
                SqlParam.uuid("id", UUID.randomUUID()), SqlParam.uuid("b", practiceB), SqlParam.uuid("p", patientB)));
        UUID own = UUID.randomUUID();
        asA.execute("INSERT INTO immunizations (id, practice_id, patient_id, cvx, given_on, source, source_name, created_at, updated_at)"
                + " VALUES (:id, :a, :p, '20', DATE '2024-01-01', 'historical', 'Registry', now(), now())",
                SqlParam.uuid("id", own), SqlParam.uuid("a", practiceA), SqlParam.uuid("p", patientA));
        refused(() -> asA.execute("UPDATE immunizations SET practice_id = :b WHERE id = :id",
                SqlParam.uuid("b", practiceB), SqlParam.uuid("id", own)));
        assertEquals(1, count("SELECT count(*) AS n FROM immunizations"), "its own dose only");
    }

    @Test
    void practiceBsBillingCanBeNeitherReadNorChanged() {
        for (String table : List.of("subscription_plans", "plan_fee_changes", "patient_subscriptions", "membership_changes",
                "fee_schedule", "invoices", "invoice_line_items", "payments", "payment_allocations")) {
            assertEquals(0, count("SELECT count(*) AS n FROM " + table), table);
            assertEquals(0, asA.execute("UPDATE " + table + " SET updated_at = now()").updatedCount(), table);
            assertEquals(0, asA.execute("DELETE FROM " + table).updatedCount(), table);
        }
        refused(() -> asA.execute("INSERT INTO fee_schedule (id, practice_id, cpt_code, description, price, created_at, updated_at)"
                + " VALUES (:id, :b, '99213', 'Planted', 1.00, now(), now())",
                SqlParam.uuid("id", UUID.randomUUID()), SqlParam.uuid("b", practiceB)));
        UUID own = UUID.randomUUID();
        asA.execute("INSERT INTO fee_schedule (id, practice_id, cpt_code, description, price, created_at, updated_at)"
                + " VALUES (:id, :a, '99213', 'Sick visit', 85.00, now(), now())", SqlParam.uuid("id", own), SqlParam.uuid("a", practiceA));
        refused(() -> asA.execute("UPDATE fee_schedule SET practice_id = :b WHERE id = :id",
                SqlParam.uuid("b", practiceB), SqlParam.uuid("id", own)));
        assertEquals(1, count("SELECT count(*) AS n FROM fee_schedule"), "its own fee schedule only");
    }

    @Test
    void practiceBsCreditNotesAreNotFoundByTheInvoiceTheyCorrect() {
        assertEquals(0, count("SELECT count(*) AS n FROM invoices WHERE practice_id = :b AND corrects_invoice_id = :invoice",
                SqlParam.uuid("b", practiceB), SqlParam.uuid("invoice", invoiceB)), "the credit notes index reads only practice A's rows");
        assertEquals(0, count("SELECT count(*) AS n FROM invoices WHERE corrects_invoice_id = :invoice", SqlParam.uuid("invoice", invoiceB)));
        assertEquals(0, asA.execute("UPDATE invoices SET total_amount = 0 WHERE corrects_invoice_id = :invoice",
                SqlParam.uuid("invoice", invoiceB)).updatedCount());
    }

    @Test
    void practiceBsPipelineCanBeNeitherReadNorChanged() {
        for (String table : List.of("pipeline_cards", "family_activity")) {
            assertEquals(0, count("SELECT count(*) AS n FROM " + table), table);
            assertEquals(0, asA.execute("UPDATE " + table + " SET updated_at = now()").updatedCount(), table);
            assertEquals(0, asA.execute("DELETE FROM " + table).updatedCount(), table);
        }
        refused(() -> asA.execute("INSERT INTO pipeline_cards (id, practice_id, stage, stage_entered_on, source_channel, created_at,"
                + " updated_at) VALUES (:id, :b, 'inquiry', DATE '2026-12-01', 'web', now(), now())",
                SqlParam.uuid("id", UUID.randomUUID()), SqlParam.uuid("b", practiceB)));
        UUID own = UUID.randomUUID();
        asA.execute("INSERT INTO pipeline_cards (id, practice_id, stage, stage_entered_on, source_channel, created_at, updated_at)"
                + " VALUES (:id, :a, 'inquiry', DATE '2026-12-01', 'event', now(), now())", SqlParam.uuid("id", own), SqlParam.uuid("a", practiceA));
        refused(() -> asA.execute("UPDATE pipeline_cards SET practice_id = :b WHERE id = :id",
                SqlParam.uuid("b", practiceB), SqlParam.uuid("id", own)));
        assertEquals(1, count("SELECT count(*) AS n FROM pipeline_cards"), "its own card only");
    }

    @Test
    void practiceBsNoteTemplatesCanBeNeitherReadNorChanged() {
        assertEquals(0, count("SELECT count(*) AS n FROM note_templates"));
        assertEquals(0, asA.execute("UPDATE note_templates SET name = 'Taken' WHERE practice_id = :b",
                SqlParam.uuid("b", practiceB)).updatedCount());
        assertEquals(0, asA.execute("DELETE FROM note_templates").updatedCount());
        refused(() -> asA.execute("INSERT INTO note_templates (id, practice_id, name, kind, content, created_at, updated_at)"
                + " VALUES (:id, :b, 'Planted', 'other', cast('{}' AS jsonb), now(), now())",
                SqlParam.uuid("id", UUID.randomUUID()), SqlParam.uuid("b", practiceB)));
        asA.execute("INSERT INTO note_templates (id, practice_id, name, kind, content, created_at, updated_at)"
                + " VALUES (:id, :a, 'Own', 'other', cast('{}' AS jsonb), now(), now())",
                SqlParam.uuid("id", UUID.randomUUID()), SqlParam.uuid("a", practiceA));
        assertEquals(1, count("SELECT count(*) AS n FROM note_templates"), "its own template only");
    }

    @Test
    void practiceBsProfileCanBeNeitherReadNorChanged() {
        assertEquals(0, count("SELECT count(*) AS n FROM practices WHERE npi = '1003000126' OR legal_name IS NOT NULL"
                + " OR address IS NOT NULL"));
        assertEquals(0, count("SELECT count(*) AS n FROM practices WHERE id = :b", SqlParam.uuid("b", practiceB)));
        for (String column : List.of("legal_name = 'Taken LLC'", "address = '{\"city\": \"Nowhere\"}'", "phone = '555-0100'",
                "fax = '555-0101'", "tax_id = '11-1111111'", "npi = '1234567893'", "logo = 'aGk='",
                "visit_types = 'checkup 5 #000000'", "time_zone = 'UTC'")) {
            assertEquals(0, asA.execute("UPDATE practices SET " + column + " WHERE id = :b", SqlParam.uuid("b", practiceB))
                    .updatedCount(), column);
        }
        assertEquals(1, asA.execute("UPDATE practices SET npi = '1679576722' WHERE id = :a", SqlParam.uuid("a", practiceA))
                .updatedCount(), "A may edit its own profile");
        refused(() -> asA.execute("UPDATE practices SET id = :b, practice_id = :b WHERE id = :a",
                SqlParam.uuid("b", practiceB), SqlParam.uuid("a", practiceA)));
    }

    @Test
    void theAuditTrailIsAppendOnly() {
        asA.execute("INSERT INTO audit_log (id, practice_id, action, occurred_at, created_at, updated_at)"
                + " VALUES (:id, :a, 'export', now(), now(), now())", SqlParam.uuid("id", UUID.randomUUID()), SqlParam.uuid("a", practiceA));
        refused(() -> asA.execute("UPDATE audit_log SET action = 'read'"));
        refused(() -> asA.execute("DELETE FROM audit_log"));
        refused(() -> asA.execute("UPDATE audit_log SET chart_section = 'chart'"));
        assertEquals(0, count("SELECT count(*) AS n FROM audit_log WHERE action = 'read'"), "A sees no read entries (B has one)");
        assertEquals(0, count("SELECT count(*) AS n FROM audit_log WHERE chart_section IS NOT NULL OR patient_id = :b",
                SqlParam.uuid("b", patientB)), "nor which section of B's charts was opened");
        assertTrue(count("SELECT count(*) AS n FROM audit_log WHERE action = 'export'") >= 1);
    }

    @Test
    void settingsAndRoleSwitchesDoNotWiden() {
        String roleB = fixture.database().secretB().username();
        asA.execute("SELECT set_config('app.practice_id', :b, false) AS s", SqlParam.text("b", practiceB.toString()));
        assertEquals(0, count("SELECT count(*) AS n FROM patients WHERE practice_id = :b", SqlParam.uuid("b", practiceB)));
        RemoteTransaction tx = asA.begin();
        asA.execute("SELECT set_config('app.practice_id', :b, true) AS s", List.of(SqlParam.text("b", practiceB.toString())),
                Optional.of(tx));
        assertEquals(0, asA.execute("SELECT count(*) AS n FROM patients WHERE practice_id = :b",
                List.of(SqlParam.uuid("b", practiceB)), Optional.of(tx)).rows().get(0).int64("n"));
        asA.rollback(tx);
        refused(() -> asA.execute("SELECT set_config('role', :r, false) AS s", SqlParam.text("r", roleB)));
        assertTrue(refused(() -> asA.execute("SET ROLE " + roleB)).getMessage().contains("permission denied"));
        refused(() -> asA.execute("SET SESSION AUTHORIZATION " + roleB));
        refused(() -> asA.execute("SET ROLE postgres"));
        // The group role holds the grants but no practice: as it, nothing at all is visible.
        RemoteTransaction group = asA.begin();
        asA.execute("SET LOCAL ROLE starlight_practice", List.of(), Optional.of(group));
        assertEquals(0, asA.execute("SELECT count(*) AS n FROM patients", List.of(), Optional.of(group)).rows().get(0).int64("n"));
        asA.rollback(group);
        assertEquals(1, count("SELECT count(*) AS n FROM patients"), "each call starts as the secret's own role again");
    }

    @Test
    void aTemporaryTableCannotShadowTheRoleMapping() {
        refused(() -> asA.execute("CREATE TEMP TABLE practice_roles (role_name text, practice_id uuid)"));
        // Even with the TEMPORARY right, the pinned search_path of current_practice_id() ignores the shadow.
        String grant = " TEMPORARY ON DATABASE " + fixture.databaseName() + " TO " + fixture.database().secretA().username();
        fixture.database().ownerExecute("GRANT" + grant);
        try {
            shadowRoleMapping();
        } finally {
            fixture.database().ownerExecute("REVOKE" + grant.replace(" TO ", " FROM "));
        }
    }

    private static void shadowRoleMapping() {
        RemoteTransaction tx = asA.begin();
        Optional<RemoteTransaction> in = Optional.of(tx);
        asA.execute("CREATE TEMP TABLE practice_roles (role_name text, practice_id uuid)", List.of(), in);
        asA.execute("INSERT INTO practice_roles VALUES (current_user, :b)", List.of(SqlParam.uuid("b", practiceB)), in);
        assertEquals(0, asA.execute("SELECT count(*) AS n FROM patients WHERE practice_id = :b",
                List.of(SqlParam.uuid("b", practiceB)), in).rows().get(0).int64("n"));
        assertEquals(practiceA, asA.execute("SELECT current_practice_id() AS p", List.of(), in).rows().get(0).uuid("p"));
        asA.rollback(tx);
    }

    @Test
    void practiceBsSecretIsNotGrantedToThisGateway() {
        try (RemoteStore asB = fixture.dataApiSettings(fixture.database().secretB()).open()) {
            RemoteException e = assertThrows(RemoteException.class,
                    () -> asB.execute("SELECT count(*) AS n FROM patients"));
            assertEquals(RemoteException.Kind.ACCESS_DENIED, e.kind(), e.getMessage());
            assertThrows(RemoteException.class, () -> asB.execute("DELETE FROM patients"));
            assertThrows(RemoteException.class, asB::begin);
        }
    }
}
