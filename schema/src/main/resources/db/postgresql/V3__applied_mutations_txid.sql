-- Sync push records a batch's mutations and learns which of them it must apply in one statement:
-- INSERT ... ON CONFLICT DO UPDATE ... WHERE txid = pg_current_xact_id() RETURNING returns the mutations
-- this transaction recorded (also when the SDK re-sends the statement within the transaction) and leaves
-- out those an earlier, committed push applied. Each lookup uses the primary key, so the cost of a batch does
-- not grow with the number of mutations a device has pushed.
ALTER TABLE applied_mutations ADD COLUMN txid xid8 NOT NULL DEFAULT pg_current_xact_id();
-- The statement's DO UPDATE rewrites applied_at with its own value; the table stays otherwise append-only.
GRANT UPDATE (applied_at) ON applied_mutations TO starlight_practice;
