package com.starlightdesk.data.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the conflict inbox: which field of which row, what it holds now ({@code keptValue}) and
 * the edit that did not survive ({@code otherValue}), both as JSON values; the device that found it and
 * the server version it met. Immutable; its string form names no values (they may be a patient's data).
 */
public record SyncConflict(UUID id, UUID mutationId, String tableName, UUID rowId, String fieldName, Kind kind,
                           String keptValue, String otherValue, UUID deviceId, Long serverVersion,
                           Instant editedAt, Instant detectedAt, Instant resolvedAt, String resolution) {

    /** Why sync had to choose. */
    public enum Kind {
        /** The same field was edited on two devices: the later-received edit was kept. */
        SAME_FIELD("same-field"),
        /** This device edited a row that another device had deleted: the row stays deleted. */
        EDITED_DELETED("edited-deleted"),
        /** This device deleted a row that another device had edited: the delete was applied. */
        DELETED_EDITED("deleted-edited"),
        /**
         * The row is final on the server (a signed note; an invoice sent or voided): the edit was not applied; the row
         * stays as the server has it.
         */
        SIGNED_RECORD("signed-record"),
        /** The server refused the change (e.g. a duplicate e-mail): it was not applied. */
        REJECTED("rejected");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Kind of(String code) {
            for (Kind k : values()) {
                if (k.code.equals(code)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("Unknown conflict kind " + code);
        }
    }

    /** A conflict found by a push, before it is stored. */
    public static SyncConflict found(UUID mutationId, String tableName, UUID rowId, String fieldName, Kind kind,
                                     String keptValue, String otherValue, UUID deviceId, Long serverVersion,
                                     Instant editedAt, Instant detectedAt) {
        return new SyncConflict(UUID.randomUUID(), mutationId, tableName, rowId, fieldName, kind, keptValue, otherValue,
                deviceId, serverVersion, editedAt, detectedAt, null, null);
    }

    @Override
    public String toString() {
        return "SyncConflict[" + kind.code() + " " + tableName + "." + fieldName + " row " + rowId + "]";
    }
}
