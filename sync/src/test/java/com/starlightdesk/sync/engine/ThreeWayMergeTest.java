package com.starlightdesk.sync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.repo.OutboxEntry;
import com.starlightdesk.data.repo.Table;
import com.starlightdesk.data.repo.Tables;
import com.starlightdesk.data.sync.SyncConflict.Kind;
import com.starlightdesk.data.sync.SyncFields;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of docs/decisions/sync-conflicts-and-cursor.md that the merge decides. The rules decided
 * elsewhere (an insert or an edit the server refuses, which the push records as {@code rejected}; the inbox's
 * crash safety) are covered with a real server by {@code SyncRulesTest} and {@code ExactlyOnceTest}.
 */
class ThreeWayMergeTest {
    private static final Instant DELETED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant SIGNED = Instant.parse("2026-03-01T17:00:00Z");

    @Test
    void anEditMadeAgainstTheServersVersionIsAppliedAsIs() {
        ThreeWayMerge.Outcome o = merge(Tables.PATIENTS, update(7L, "{\"first_name\": {\"base\": \"Ana\", \"value\": \"Anna\"},"
                + " \"last_name\": {\"base\": \"Ruiz\", \"value\": \"Ruíz\"}}"), 7, server("first_name", "Ana", "last_name", "Ruiz"));

        assertEquals(Map.of("first_name", "Anna", "last_name", "Ruíz"), o.writes());
        assertTrue(o.conflicts().isEmpty());
    }

    @Test
    void aFieldTheServerDidNotChangeSinceTheBaseTakesThisEdit() {
        // The row moved on (another field changed elsewhere) but this field is still at its base.
        ThreeWayMerge.Outcome o = merge(Tables.PATIENTS, update(7L, "{\"phone\": {\"base\": \"555-0100\", \"value\": \"555-0101\"}}"),
                9, server("phone", "555-0100"));

        assertEquals(Map.of("phone", "555-0101"), o.writes());
        assertTrue(o.conflicts().isEmpty());
    }

    @Test
    void aFieldAlreadyEqualToThisEditIsLeftAlone() {
        ThreeWayMerge.Outcome o = merge(Tables.PATIENTS, update(7L, "{\"phone\": {\"base\": \"555-0100\", \"value\": \"555-0101\"},"
                + " \"fee_override\": {\"base\": null, \"value\": \"40.0\"}}"), 9, server("phone", "555-0101", "fee_override", new BigDecimal("40.00")));

        assertTrue(o.writes().isEmpty(), "decimals compare by value, not by scale");
        assertTrue(o.conflicts().isEmpty());
    }

    @Test
    void aJsonDocumentEqualByContentIsTheSameEdit() {
        ThreeWayMerge.Outcome o = merge(Tables.PATIENTS, update(7L, "{\"address\": {\"base\": null,"
                + " \"value\": \"{\\\"city\\\":\\\"Austin\\\",\\\"zip\\\":\\\"78701\\\"}\"}}"), 9,
                server("address", "{\"zip\": \"78701\", \"city\": \"Austin\"}"));

        assertTrue(o.writes().isEmpty());
        assertTrue(o.conflicts().isEmpty());
    }

    @Test
    void aFieldChangedOnBothSidesTakesTheLaterReceivedEditAndTheOtherValueGoesToTheInbox() {
        ThreeWayMerge.Outcome o = merge(Tables.PATIENTS, update(7L, "{\"phone\": {\"base\": \"555-0100\", \"value\": \"555-0101\"},"
                + " \"notes\": {\"base\": \"\", \"value\": \"peanuts\"}}"), 8, server("phone", "555-0199", "notes", ""));

        assertEquals(Map.of("phone", "555-0101", "notes", "peanuts"), o.writes());
        assertEquals(List.of(new ThreeWayMerge.Found("phone", Kind.SAME_FIELD, "555-0101", "555-0199")), o.conflicts());
    }

    @Test
    void anEditOfTheDraftMeetingItSentOrVoidOnTheServerIsNotWrittenAndGoesToTheInbox() {
        ThreeWayMerge.Outcome sent = merge(Tables.INVOICES, update(2L, "{\"total_amount\": {\"base\": \"120.00\", \"value\": \"108.00\"}}"),
                3, server("total_amount", new BigDecimal("120.00"), "status", "sent", "voided_at", null));
        assertTrue(sent.writes().isEmpty());
        assertEquals(List.of(new ThreeWayMerge.Found("total_amount", Kind.SIGNED_RECORD, new BigDecimal("120.00"), new BigDecimal("108.00"))),
                sent.conflicts());

        ThreeWayMerge.Outcome sentTwice = merge(Tables.INVOICES, update(2L, "{\"status\": {\"base\": \"draft\", \"value\": \"sent\"},"
                + " \"issued_on\": {\"base\": null, \"value\": \"2026-12-02\"}}"), 3,
                server("status", "sent", "issued_on", LocalDate.of(2026, 12, 1), "voided_at", null));
        assertTrue(sentTwice.writes().isEmpty(), "sent on two desks: the server's sending stays");
        assertEquals(List.of("issued_on"), sentTwice.conflicts().stream().map(ThreeWayMerge.Found::field).toList());

        ThreeWayMerge.Outcome onVoid = merge(Tables.INVOICES, update(2L, "{\"total_amount\": {\"base\": \"120.00\", \"value\": \"108.00\"}}"),
                3, server("total_amount", new BigDecimal("120.00"), "status", "void", "voided_at", SIGNED));
        assertTrue(onVoid.writes().isEmpty());
        assertEquals(1, onVoid.conflicts().size());

        ThreeWayMerge.Outcome removed = merge(Tables.INVOICES, delete(2L), 3, server("status", "sent", "voided_at", null));
        assertTrue(removed.writes().isEmpty(), "a sent invoice is never removed");
        assertEquals(Kind.SIGNED_RECORD, removed.conflicts().get(0).kind());
    }

    @Test
    void aSentInvoiceTakesItsVoidAndADraftTakesEdits() {
        ThreeWayMerge.Outcome voided = merge(Tables.INVOICES, update(3L, "{\"status\": {\"base\": \"sent\", \"value\": \"void\"},"
                + " \"void_reason\": {\"base\": null, \"value\": \"Wrong family\"}}"), 3,
                server("status", "sent", "void_reason", null, "voided_at", null));
        assertEquals(Map.of("status", "void", "void_reason", "Wrong family"), voided.writes());
        assertTrue(voided.conflicts().isEmpty());

        ThreeWayMerge.Outcome draft = merge(Tables.INVOICES, update(2L, "{\"total_amount\": {\"base\": \"120.00\", \"value\": \"108.00\"}}"),
                2, server("total_amount", new BigDecimal("120.00"), "status", "draft", "voided_at", null));
        assertEquals(Map.of("total_amount", new BigDecimal("108.00")), draft.writes());
    }

    @Test
    void aLineOfAnInvoiceSentOnTheServerIsNeitherEditedNorRemoved() {
        ThreeWayMerge.Outcome edited = merge(Tables.LINE_ITEMS, update(1L, "{\"quantity\": {\"base\": 1, \"value\": 2}}"), 1,
                server("quantity", 1, ThreeWayMerge.INVOICE_FINAL, true));
        assertTrue(edited.writes().isEmpty());
        assertEquals(Kind.SIGNED_RECORD, edited.conflicts().get(0).kind());
        ThreeWayMerge.Outcome removed = merge(Tables.LINE_ITEMS, delete(1L), 1, server(ThreeWayMerge.INVOICE_FINAL, true));
        assertTrue(removed.writes().isEmpty());
        ThreeWayMerge.Outcome ofDraft = merge(Tables.LINE_ITEMS, update(1L, "{\"quantity\": {\"base\": 1, \"value\": 2}}"), 1,
                server("quantity", 1, ThreeWayMerge.INVOICE_FINAL, false));
        assertEquals(Map.of("quantity", 2), ofDraft.writes());
    }

    @Test
    void aSignedRecordIsNeverWrittenAndEachDifferingFieldGoesToTheProvider() {
        ThreeWayMerge.Outcome o = merge(Tables.MEDICAL_RECORDS, update(3L, "{\"content\": {\"base\": \"{\\\"note\\\":\\\"a\\\"}\","
                + " \"value\": \"{\\\"note\\\":\\\"b\\\"}\"}, \"record_type\": {\"base\": \"visit\", \"value\": \"visit\"}}"), 3,
                server("content", "{\"note\":\"a\"}", "record_type", "visit", "signed_at", SIGNED));

        assertTrue(o.writes().isEmpty());
        assertEquals(List.of(new ThreeWayMerge.Found("content", Kind.SIGNED_RECORD, "{\"note\":\"a\"}", "{\"note\":\"b\"}")),
                o.conflicts());
    }

    @Test
    void aDeleteOfASignedRecordIsNotApplied() {
        ThreeWayMerge.Outcome o = merge(Tables.MEDICAL_RECORDS, delete(3L), 3, server("signed_at", SIGNED));

        assertTrue(o.writes().isEmpty());
        assertEquals(List.of(new ThreeWayMerge.Found("deleted_at", Kind.SIGNED_RECORD, null, DELETED)), o.conflicts());
    }

    @Test
    void anEditOfARowDeletedOnTheServerIsNotAppliedAndKeptInTheInbox() {
        ThreeWayMerge.Outcome o = merge(Tables.PATIENTS, update(7L, "{\"phone\": {\"base\": \"555-0100\", \"value\": \"555-0101\"}}"),
                8, server("phone", "555-0100", "deleted_at", DELETED));

        assertTrue(o.writes().isEmpty(), "no resurrection");
        assertEquals(List.of(new ThreeWayMerge.Found("phone", Kind.EDITED_DELETED, "555-0100", "555-0101")), o.conflicts());
    }

    @Test
    void anEditThatRestoresARowDeletedOnTheServerIsApplied() {
        ThreeWayMerge.Outcome o = merge(Tables.PATIENTS, update(7L, "{\"deleted_at\": {\"base\": \"" + DELETED + "\", \"value\": null}}"),
                8, server("deleted_at", DELETED));

        Map<String, Object> restored = new HashMap<>();
        restored.put("deleted_at", null);
        assertEquals(restored, o.writes());
        assertTrue(o.conflicts().isEmpty());
    }

    @Test
    void aDeleteOfARowEditedElsewhereIsAppliedAndRecorded() {
        ThreeWayMerge.Outcome o = merge(Tables.PATIENTS, delete(7L), 8, server());

        assertEquals(Map.of("deleted_at", DELETED), o.writes());
        assertEquals(List.of(new ThreeWayMerge.Found("deleted_at", Kind.DELETED_EDITED, DELETED, null)), o.conflicts());
    }

    @Test
    void aDeleteAtTheServersVersionIsAppliedWithoutAConflict() {
        ThreeWayMerge.Outcome o = merge(Tables.PATIENTS, delete(7L), 7, server());

        assertEquals(Map.of("deleted_at", DELETED), o.writes());
        assertTrue(o.conflicts().isEmpty());
    }

    @Test
    void aDeleteOfARowAlreadyDeletedChangesNothing() {
        ThreeWayMerge.Outcome o = merge(Tables.PATIENTS, delete(7L), 8, server("deleted_at", DELETED.minusSeconds(60)));

        assertTrue(o.writes().isEmpty());
        assertTrue(o.conflicts().isEmpty());
    }

    private static ThreeWayMerge.Outcome merge(Table<?> table, OutboxEntry entry, long serverVersion, Map<String, Object> server) {
        return ThreeWayMerge.merge(table, entry, SyncFields.parse(entry.changes()), serverVersion, server);
    }

    private static OutboxEntry update(Long baseVersion, String changes) {
        return entry("update", baseVersion, changes);
    }

    private static OutboxEntry delete(Long baseVersion) {
        return entry("delete", baseVersion, "{\"deleted_at\": {\"base\": null, \"value\": \"" + DELETED + "\"}}");
    }

    private static OutboxEntry entry(String operation, Long baseVersion, String changes) {
        return new OutboxEntry(1, UUID.randomUUID(), "patients", UUID.randomUUID(), operation, changes, baseVersion,
                Instant.parse("2026-03-02T08:00:00Z"));
    }

    /** The server row's values: {@code deleted_at} null unless given. */
    private static Map<String, Object> server(Object... fieldsAndValues) {
        Map<String, Object> values = new HashMap<>();
        values.put("deleted_at", null);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            values.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return values;
    }
}
