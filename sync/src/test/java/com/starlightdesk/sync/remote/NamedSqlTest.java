package com.starlightdesk.sync.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamedSqlTest {

    @Test
    void parametersBecomePlaceholdersInOrderWithRepeats() {
        NamedSql sql = NamedSql.parse("SELECT * FROM patients WHERE practice_id = :p AND (id = :id OR family_id = :id)");
        assertEquals("SELECT * FROM patients WHERE practice_id = ? AND (id = ? OR family_id = ?)", sql.jdbcSql());
        assertEquals(List.of("p", "id", "id"), sql.parameterNames());
        assertFalse(sql.multipleStatements());
    }

    @Test
    void quotedTextCommentsAndCastsAreLeftAlone() {
        NamedSql sql = NamedSql.parse("SELECT ':a', E'\\':b', \":c\", $$:d$$, $tag$ :e $tag$, :f::uuid, x::text -- :g\n"
                + "/* :h /* nested :i */ */ FROM t WHERE j ? 'k' AND a[1:2] = :last");
        assertEquals(List.of("f", "last"), sql.parameterNames());
        assertEquals("SELECT ':a', E'\\':b', \":c\", $$:d$$, $tag$ :e $tag$, ?::uuid, x::text -- :g\n"
                + "/* :h /* nested :i */ */ FROM t WHERE j ?? 'k' AND a[1:2] = ?", sql.jdbcSql());
    }

    @Test
    void aSecondStatementIsDetectedButATrailingSemicolonOrCommentIsNot() {
        assertTrue(NamedSql.parse("SELECT 1; DELETE FROM patients").multipleStatements());
        assertTrue(NamedSql.parse("SELECT 1;SELECT ';'").multipleStatements());
        assertFalse(NamedSql.parse("SELECT 1;  ").multipleStatements());
        assertFalse(NamedSql.parse("SELECT 1; -- done").multipleStatements());
        assertFalse(NamedSql.parse("SELECT ';' AS semi").multipleStatements());
        assertFalse(NamedSql.parse("DO $$ BEGIN PERFORM 1; PERFORM 2; END $$").multipleStatements());
    }
}
