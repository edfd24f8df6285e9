-- Every local write adds an outbox entry and every acknowledged push removes a batch of them, so each index
-- on the outbox is paid twice per change. Nothing reads the outbox by row (sync reads it in seq order through
-- idx_outbox_practice_seq); idx_outbox_row only slowed both.
DROP INDEX idx_outbox_row;
