-- Device-only sync state of a local store (never on the server). Vendor-neutral SQL: runs on H2 and PostgreSQL.
-- The pull cursor, bootstrap progress, device id and remote settings live in device_settings (V1).

-- The conflict inbox: one entry per field where sync had to choose between two edits, or could not apply
-- an edit (a signed note, a deleted row). kept_value is what the row holds now, other_value the edit that
-- did not survive; both are JSON values as in the outbox. An entry is written before the remote commit of
-- its push (confirmed = false) and confirmed once the server acknowledged that commit, so a crash between
-- the two neither loses nor duplicates it. Resolving by choosing the other value writes a normal local change.
CREATE TABLE sync_conflicts (
    id             uuid PRIMARY KEY,
    practice_id    uuid NOT NULL,
    mutation_id    uuid NOT NULL,
    table_name     varchar(64) NOT NULL,
    row_id         uuid NOT NULL,
    field_name     varchar(64) NOT NULL,
    kind           varchar(16) NOT NULL CHECK (kind IN ('same-field', 'edited-deleted', 'deleted-edited', 'signed-record', 'rejected')),
    kept_value     varchar(1000000),
    other_value    varchar(1000000),
    device_id      uuid NOT NULL,
    server_version bigint,
    edited_at      timestamp with time zone NOT NULL,
    detected_at    timestamp with time zone NOT NULL,
    confirmed      boolean NOT NULL DEFAULT false,
    resolved_at    timestamp with time zone,
    resolution     varchar(8) CHECK (resolution IN ('kept', 'other'))
);

CREATE INDEX idx_sync_conflicts_open ON sync_conflicts (practice_id, confirmed, resolved_at);
CREATE INDEX idx_sync_conflicts_mutation ON sync_conflicts (mutation_id);

-- Sync reads the outbox oldest first per practice, in batches: an index in that order keeps each batch
-- read independent of the outbox's length (a large import or a long offline spell).
CREATE INDEX idx_outbox_practice_seq ON outbox (practice_id, seq);
