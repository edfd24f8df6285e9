package com.starlightdesk.sync.remote;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.sync.testing.GatewayFixture;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same statements through {@link DataApiRemote} (real SDK → local gateway → PostgreSQL) and through
 * {@link JdbcRemote} (PostgreSQL directly), both as practice A's role, must give identical typed results.
 */
class RemoteConformanceTest {

    private static GatewayFixture fixture;
    private static RemoteStore dataApi;
    private static RemoteStore jdbc;
    private static UUID practice;
    private static final UUID PLAN_CHEAP = UUID.randomUUID();
    private static final UUID PLAN_DEAR = UUID.randomUUID();
    private static final UUID PATIENT = UUID.randomUUID();
    private static final Instant CREATED = Instant.parse("2026-03-04T05:06:07.123456Z");

    @BeforeAll
    static void start() {
        fixture = new GatewayFixture("conformance");
        dataApi = fixture.dataApiRemote(fixture.database().secretA());
        jdbc = fixture.jdbcRemote(fixture.database().secretA());
        practice = fixture.database().practiceA();
        String insertPlan = "INSERT INTO subscription_plans (id, practice_id, name, age_min, age_max, monthly_fee,"
                + " is_active, created_at, updated_at) VALUES (:id, :practice, :name, :min, :max, :fee, :active, :at, :at)";
        RemoteResult inserted = dataApi.execute(insertPlan, SqlParam.uuid("id", PLAN_CHEAP), SqlParam.uuid("practice", practice),
                SqlParam.text("name", "Sprout 'basic'"), SqlParam.int64("min", 0L), SqlParam.int64("max", 3L),
                SqlParam.decimal("fee", new BigDecimal("0.10")), SqlParam.bool("active", true), SqlParam.instant("at", CREATED));
        assertEquals(1, inserted.updatedCount());
        jdbc.execute(insertPlan, SqlParam.uuid("id", PLAN_DEAR), SqlParam.uuid("practice", practice),
                SqlParam.text("name", "Comet"), SqlParam.int64("min", null), SqlParam.nullValue("max"),
                SqlParam.decimal("fee", new BigDecimal("9999999999.99")), SqlParam.bool("active", false),
                SqlParam.instant("at", CREATED));
        dataApi.execute("INSERT INTO patients (id, practice_id, first_name, last_name, date_of_birth, status, address,"
                        + " fee_override, created_at, updated_at) VALUES (:id, :practice, 'Ava', 'Lee', :born, 'active',"
                        + " :address, NULL, :at, :at)",
                SqlParam.uuid("id", PATIENT), SqlParam.uuid("practice", practice),
                SqlParam.date("born", LocalDate.of(2019, 4, 2)),
                SqlParam.json("address", "{\"city\": \"Springfield\", \"zip\": \"62701\"}"),
                SqlParam.instant("at", CREATED));
    }

    @AfterAll
    static void stop() {
        dataApi.close();
        jdbc.close();
        fixture.close();
    }

    private static RemoteResult both(String sql, SqlParam... params) {
        RemoteResult viaDataApi = dataApi.execute(sql, params);
        RemoteResult viaJdbc = jdbc.execute(sql, params);
        assertEquals(viaJdbc.columns(), viaDataApi.columns(), "columns of " + sql);
        assertEquals(viaJdbc.rows().size(), viaDataApi.rows().size(), "row count of " + sql);
        for (int i = 0; i < viaJdbc.rows().size(); i++) {
            assertEquals(viaJdbc.rows().get(i).values(), viaDataApi.rows().get(i).values(), "row " + i + " of " + sql);
        }
        return viaDataApi;
    }

    @Test
    void everyColumnTypeOfThePlanTableReadsTheSame() {
        RemoteResult result = both("SELECT id, practice_id, name, age_min, age_max, monthly_fee, is_active, created_at,"
                + " updated_at, row_version, deleted_at, txid::text AS txid FROM subscription_plans ORDER BY monthly_fee");
        assertEquals(2, result.rows().size());
        RemoteRow cheap = result.rows().get(0);
        RemoteRow dear = result.rows().get(1);
        assertEquals(PLAN_CHEAP, cheap.uuid("id"));
        assertEquals(practice, cheap.uuid("practice_id"));
        assertEquals("Sprout 'basic'", cheap.text("name"));
        assertEquals(0L, cheap.int64("age_min"));
        assertEquals(3L, cheap.int64("age_max"));
        assertEquals(new BigDecimal("0.10"), cheap.decimal("monthly_fee"));
        assertEquals(new SqlValue.Text("0.10"), cheap.value("monthly_fee"));
        assertEquals(new BigDecimal("9999999999.99"), dear.decimal("monthly_fee"));
        assertTrue(cheap.bool("is_active"));
        assertFalse(dear.bool("is_active"));
        assertNull(dear.int64("age_min"));
        assertTrue(dear.isNull("age_max"));
        assertEquals(CREATED, cheap.instant("created_at"));
        assertEquals(new SqlValue.Text("2026-03-04 05:06:07.123456"), cheap.value("created_at"));
        assertEquals(1L, cheap.int64("row_version"), "the trigger numbers a new row's version 1");
        assertNull(cheap.instant("deleted_at"));
        assertTrue(Long.parseLong(cheap.text("txid")) > 0, "txid stamped by trigger");
        assertEquals(new SqlValue.Int64(1), cheap.value("row_version"));
    }

    @Test
    void datesJsonAndNullsOfThePatientTableReadTheSame() {
        RemoteResult result = both("SELECT id, date_of_birth, address, fee_override, last_name_key, phone"
                + " FROM patients WHERE id = :id", SqlParam.uuid("id", PATIENT));
        RemoteRow row = result.rows().get(0);
        assertEquals(LocalDate.of(2019, 4, 2), row.date("date_of_birth"));
        assertEquals("Springfield", row.json("address").get("city").asText());
        assertEquals("62701", row.json("address").get("zip").asText());
        assertNull(row.decimal("fee_override"));
        assertEquals("lee", row.text("last_name_key"));
        assertNull(row.text("phone"));
    }

    @Test
    void parametersOfEveryTypeHintRoundTrip() {
        UUID id = UUID.fromString("0b7e7c52-8c7e-4c39-9d51-3c2f0f1c2a77");
        RemoteResult result = both("SELECT :u AS u, :d AS d, :ts AS ts, :day AS day, :t AS t, :j::jsonb AS j,"
                        + " :s AS s, :n AS n, :b AS b, :f AS f, :x AS x, :raw AS raw",
                SqlParam.uuid("u", id), SqlParam.decimal("d", new BigDecimal("1234567.89")),
                SqlParam.instant("ts", Instant.parse("2024-02-29T23:59:58.5Z")),
                SqlParam.date("day", LocalDate.of(1999, 12, 31)), SqlParam.time("t", LocalTime.of(8, 30, 15)),
                SqlParam.json("j", "{\"a\": [1, 2]}"), SqlParam.text("s", "it's :not a param -- nor this"),
                SqlParam.int64("n", Long.MAX_VALUE), SqlParam.bool("b", false), SqlParam.float64("f", 2.5),
                SqlParam.nullValue("x"), SqlParam.bytes("raw", new byte[] {0, 1, (byte) 0xff}));
        RemoteRow row = result.rows().get(0);
        assertEquals(id, row.uuid("u"));
        assertEquals(new BigDecimal("1234567.89"), row.decimal("d"));
        assertEquals(new SqlValue.Text("2024-02-29 23:59:58.5"), row.value("ts"));
        assertEquals(LocalDate.of(1999, 12, 31), row.date("day"));
        assertEquals("08:30:15", row.text("t"));
        assertEquals(2, row.json("j").get("a").get(1).asInt());
        assertEquals("it's :not a param -- nor this", row.text("s"));
        assertEquals(Long.MAX_VALUE, row.int64("n"));
        assertFalse(row.bool("b"));
        assertEquals(2.5, row.float64("f"));
        assertTrue(row.isNull("x"));
        assertArrayEquals(new byte[] {0, 1, (byte) 0xff}, ((SqlValue.Bytes) row.value("raw")).value());
    }

    @Test
    void literalsCommentsCastsAndArraysAreNotParameters() {
        RemoteResult result = both("SELECT ':a' AS lit, \":b\" AS q, 2::int8 AS cast, -- :c\n"
                + " /* :d */ E'\\':e' AS esc, $$ :f $$ AS dollar, ARRAY[1, 2, 3]::int8[] AS ints,"
                + " ARRAY['x', NULL]::text[] AS texts, '{\"k\": 1}'::jsonb ? 'k' AS has_k FROM (SELECT 1 AS \":b\") t");
        RemoteRow row = result.rows().get(0);
        assertEquals(":a", row.text("lit"));
        assertEquals(1L, row.int64("q"), "a quoted identifier is a column, not a parameter");
        assertEquals(2L, row.int64("cast"));
        assertEquals("':e", row.text("esc"));
        assertEquals(" :f ", row.text("dollar"));
        assertEquals(new SqlValue.Array(List.of(new SqlValue.Int64(1), new SqlValue.Int64(2), new SqlValue.Int64(3))),
                row.value("ints"));
        assertEquals(new SqlValue.Array(List.of(new SqlValue.Text("x"), SqlValue.NULL)), row.value("texts"));
        assertTrue(row.bool("has_k"));
    }

    @Test
    void writesReportTheSameCountsAndTheTriggerAdvancesTheVersion() {
        String touch = "UPDATE subscription_plans SET name = name WHERE practice_id = :p";
        assertEquals(2, dataApi.execute(touch, SqlParam.uuid("p", practice)).updatedCount());
        assertEquals(2, jdbc.execute(touch, SqlParam.uuid("p", practice)).updatedCount());
        RemoteResult versions = both("SELECT min(row_version) AS v FROM subscription_plans");
        assertTrue(versions.rows().get(0).int64("v") >= 3, "two updates after insert");
    }

    @Test
    void databaseErrorsKeepTheSqlStateButNotTheRowValues() {
        String insertUser = "INSERT INTO users (id, practice_id, email, display_name, role, created_at, updated_at)"
                + " VALUES (:id, :p, 'jane.doe@example.org', 'Jane', 'staff', now(), now())";
        dataApi.execute(insertUser, SqlParam.uuid("id", UUID.randomUUID()), SqlParam.uuid("p", practice));
        for (RemoteStore store : List.of(dataApi, jdbc)) {
            RemoteException e = assertThrows(RemoteException.class,
                    () -> store.execute(insertUser, SqlParam.uuid("id", UUID.randomUUID()), SqlParam.uuid("p", practice)));
            assertEquals(RemoteException.Kind.DATABASE_ERROR, e.kind());
            assertEquals("23505", e.sqlState().orElse(""), e.getMessage());
            assertTrue(e.getMessage().contains("uq_users_email"), e.getMessage());
            assertFalse(e.getMessage().contains("jane.doe"), "row values must not reach messages: " + e.getMessage());
        }
    }

    @Test
    void transactionsAndBatchesBehaveAlikeOnBothStores() {
        for (RemoteStore store : List.of(dataApi, jdbc)) {
            RemoteTransaction tx = store.begin();
            UUID contact = UUID.randomUUID();
            store.batch("INSERT INTO contacts (id, practice_id, type, name, created_at, updated_at)"
                            + " VALUES (:id, :p, 'vendor', :name, :at, :at)",
                    List.of(List.of(SqlParam.uuid("id", contact), SqlParam.uuid("p", practice),
                                    SqlParam.text("name", "Acme Vaccines"), SqlParam.instant("at", CREATED)),
                            List.of(SqlParam.uuid("id", UUID.randomUUID()), SqlParam.uuid("p", practice),
                                    SqlParam.text("name", "Bolt Labs"), SqlParam.instant("at", CREATED))),
                    java.util.Optional.of(tx));
            store.rollback(tx);
            assertEquals(0, store.execute("SELECT id FROM contacts WHERE id = :id", SqlParam.uuid("id", contact)).rows().size());
            RemoteTransaction kept = store.begin();
            store.execute("INSERT INTO contacts (id, practice_id, type, name, created_at, updated_at)"
                            + " VALUES (:id, :p, 'vendor', 'Kept', :at, :at)",
                    List.of(SqlParam.uuid("id", contact), SqlParam.uuid("p", practice), SqlParam.instant("at", CREATED)),
                    java.util.Optional.of(kept));
            store.commit(kept);
            assertEquals("Kept", store.execute("SELECT name FROM contacts WHERE id = :id", SqlParam.uuid("id", contact))
                    .rows().get(0).text("name"));
        }
    }
}
