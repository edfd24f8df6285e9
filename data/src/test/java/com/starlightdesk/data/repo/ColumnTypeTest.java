package com.starlightdesk.data.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.starlightdesk.data.sync.SyncFields;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ColumnTypeTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyStoredJavaTypeHasOneColumnTypeAndJsonIsText() {
        assertEquals(ColumnType.TEXT, ColumnType.of(String.class, false));
        assertEquals(ColumnType.JSON, ColumnType.of(String.class, true));
        assertEquals(ColumnType.UUID, ColumnType.of(UUID.class, false));
        assertEquals(ColumnType.TIMESTAMP, ColumnType.of(Instant.class, false));
        assertEquals(ColumnType.DATE, ColumnType.of(LocalDate.class, false));
        assertEquals(ColumnType.DECIMAL, ColumnType.of(BigDecimal.class, false));
        assertEquals(ColumnType.BOOLEAN, ColumnType.of(Boolean.class, false));
        assertEquals(ColumnType.INTEGER, ColumnType.of(Integer.class, false));
        assertEquals(ColumnType.BIGINT, ColumnType.of(Long.class, false));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.of(Double.class, false));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.of(UUID.class, true));
    }

    @Test
    void everyColumnOfEveryTableHasAType() {
        for (Table<?> table : Tables.ALL) {
            for (String column : SyncFields.columns(table)) {
                SyncFields.typeOf(table, column);
            }
        }
        assertEquals(ColumnType.JSON, SyncFields.typeOf(Tables.PATIENTS, "address"));
        assertEquals(ColumnType.TEXT, SyncFields.typeOf(Tables.PATIENTS, "status"));
        assertEquals(ColumnType.BOOLEAN, SyncFields.typeOf(Tables.PATIENTS, "is_active"));
        assertEquals(ColumnType.BIGINT, SyncFields.typeOf(Tables.PATIENTS, "row_version"));
        assertEquals(ColumnType.TIMESTAMP, SyncFields.typeOf(Tables.PATIENTS, "deleted_at"));
        assertThrows(IllegalArgumentException.class, () -> SyncFields.typeOf(Tables.PATIENTS, "no_such_column"));
    }

    @Test
    void outboxJsonValuesBecomeTheColumnsJavaValues() throws Exception {
        UUID id = UUID.randomUUID();
        assertEquals("Ana", ColumnType.TEXT.fromJson(json("\"Ana\"")));
        assertEquals("{\"city\":\"Austin\"}", ColumnType.JSON.fromJson(json("\"{\\\"city\\\":\\\"Austin\\\"}\"")));
        assertEquals(id, ColumnType.UUID.fromJson(json("\"" + id + "\"")));
        assertEquals(Instant.parse("2026-03-02T08:00:00.123456Z"), ColumnType.TIMESTAMP.fromJson(json("\"2026-03-02T08:00:00.123456Z\"")));
        assertEquals(LocalDate.of(2019, 5, 1), ColumnType.DATE.fromJson(json("\"2019-05-01\"")));
        assertEquals(new BigDecimal("40.50"), ColumnType.DECIMAL.fromJson(json("\"40.50\"")));
        assertEquals(true, ColumnType.BOOLEAN.fromJson(json("true")));
        assertEquals(30, ColumnType.INTEGER.fromJson(json("30")));
        assertEquals(7L, ColumnType.BIGINT.fromJson(json("7")));
        for (ColumnType t : ColumnType.values()) {
            assertNull(t.fromJson(json("null")), t.name());
            assertNull(t.fromJson(null), t.name());
        }
    }

    @Test
    void valuesGoThroughJdbcAndComeBackAsTheColumnsJavaValues() throws Exception {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-03-02T08:00:00.123456Z");
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:column-types;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")) {
            c.createStatement().execute("CREATE TABLE t (a varchar(20), b uuid, c timestamp with time zone, d date,"
                    + " e numeric(10, 2), f boolean, g integer, h bigint)");
            try (PreparedStatement s = c.prepareStatement("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                Object[] values = {"Ana", id, at, LocalDate.of(2019, 5, 1), new BigDecimal("40.50"), true, 30, 7L};
                for (int i = 0; i < values.length; i++) {
                    s.setObject(i + 1, ColumnType.toJdbc(values[i]));
                }
                s.executeUpdate();
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM t")) {
                rs.next();
                assertEquals("Ana", ColumnType.TEXT.read(rs, "a"));
                assertEquals(id, ColumnType.UUID.read(rs, "b"));
                assertEquals(at, ColumnType.TIMESTAMP.read(rs, "c"));
                assertEquals(LocalDate.of(2019, 5, 1), ColumnType.DATE.read(rs, "d"));
                assertEquals(new BigDecimal("40.50"), ColumnType.DECIMAL.read(rs, "e"));
                assertEquals(true, ColumnType.BOOLEAN.read(rs, "f"));
                assertEquals(30, ColumnType.INTEGER.read(rs, "g"));
                assertEquals(7L, ColumnType.BIGINT.read(rs, "h"));
            }
        }
        assertEquals(OffsetDateTime.parse("2026-03-02T08:00:00.123456Z"), ColumnType.toJdbc(at));
    }

    @Test
    void postgresCastsNameTheServerTypes() {
        assertEquals("jsonb", ColumnType.JSON.postgresType());
        assertEquals("timestamptz", ColumnType.TIMESTAMP.postgresType());
        assertEquals("numeric", ColumnType.DECIMAL.postgresType());
        assertEquals("text", ColumnType.TEXT.postgresType());
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
