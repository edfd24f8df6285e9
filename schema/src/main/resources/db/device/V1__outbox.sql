-- Device-only tables of a local store (never on the server). Vendor-neutral SQL: runs on H2 and PostgreSQL.

-- One entry per local insert/update/soft-delete, written in the same transaction as the row.
-- changes holds JSON: {"column": {"base": <value before>, "value": <value after>}, ...}.
CREATE TABLE outbox (
    seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    mutation_id  uuid NOT NULL UNIQUE,
    practice_id  uuid NOT NULL,
    table_name   varchar(64) NOT NULL,
    row_id       uuid NOT NULL,
    operation    varchar(8) NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    changes      varchar(1000000) NOT NULL,
    base_version bigint,
    recorded_at  timestamp with time zone NOT NULL
);

CREATE INDEX idx_outbox_row ON outbox (table_name, row_id);

-- Small facts about this device and store: device id, schema version handshake, sync cursor.
CREATE TABLE device_settings (
    setting_name  varchar(64) PRIMARY KEY,
    setting_value varchar(4000) NOT NULL
);
