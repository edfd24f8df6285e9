-- The type-ahead asks for the first 20 patients whose last name (in name order), first name (in first-name
-- order) or phone number (in number order) starts with what was typed. With an index on the key alone,
-- every patient sharing a two-letter start (or a six-digit area code and exchange) was read and sorted
-- before the first 20 came back; with the order's columns in the index, the first 20 are read in order
-- and the scan stops there.
DROP INDEX idx_patients_last_name_key;
DROP INDEX idx_patients_first_name_key;
DROP INDEX idx_patients_phone;
CREATE INDEX idx_patients_last_name_key ON patients (practice_id, last_name_key, first_name_key, id);
CREATE INDEX idx_patients_first_name_key ON patients (practice_id, first_name_key, last_name_key, id);
CREATE INDEX idx_patients_phone ON patients (practice_id, phone_digits, last_name_key, first_name_key, id);
