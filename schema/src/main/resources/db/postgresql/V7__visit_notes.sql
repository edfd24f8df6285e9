-- Visit notes: addenda and the practice's note templates.
-- medical_records.amends_record_id: an addendum is a soap_note that names the signed note it corrects; the
-- signed note itself is never changed. Null for every other record.
ALTER TABLE medical_records ADD COLUMN amends_record_id uuid REFERENCES medical_records (id);
CREATE INDEX idx_records_amends ON medical_records (practice_id, amends_record_id);

-- The templates a provider starts a visit note from: a well-child template per age (months, from min
-- inclusive to max exclusive), a sick-visit template, or any other the practice writes. content is a JSON
-- object with the subjective/objective/assessment/plan text the note starts with.
CREATE TABLE note_templates (
    id             uuid PRIMARY KEY,
    practice_id    uuid NOT NULL REFERENCES practices (id),
    name           varchar(100) NOT NULL CHECK (length(trim(name)) > 0),
    kind           varchar(16) NOT NULL CHECK (kind IN ('well_child', 'sick_visit', 'other')),
    min_age_months integer CHECK (min_age_months BETWEEN 0 AND 300),
    max_age_months integer CHECK (max_age_months BETWEEN 1 AND 300),
    content        jsonb NOT NULL,
    is_active      boolean NOT NULL DEFAULT true,
    created_at     timestamp with time zone NOT NULL,
    updated_at     timestamp with time zone NOT NULL,
    row_version    bigint NOT NULL DEFAULT 0,
    deleted_at     timestamp with time zone,
    CONSTRAINT ck_note_template_ages CHECK (min_age_months IS NULL OR max_age_months IS NULL OR max_age_months > min_age_months)
);
CREATE INDEX idx_note_templates_kind ON note_templates (practice_id, kind);

-- Sync and row security as on every practice table (see V2): the writing transaction stamped by trigger,
-- forced row security keyed on the connecting practice role, and DML for practice roles only.
ALTER TABLE note_templates ADD COLUMN txid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE TRIGGER trg_note_templates_stamp_row_write BEFORE INSERT OR UPDATE ON note_templates
    FOR EACH ROW EXECUTE FUNCTION stamp_row_write();
CREATE INDEX idx_note_templates_practice_txid ON note_templates (practice_id, txid);
ALTER TABLE note_templates ENABLE ROW LEVEL SECURITY;
ALTER TABLE note_templates FORCE ROW LEVEL SECURITY;
CREATE POLICY note_templates_own_practice ON note_templates USING (practice_id = (SELECT current_practice_id()))
    WITH CHECK (practice_id = (SELECT current_practice_id()));
REVOKE ALL ON note_templates FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON note_templates TO starlight_practice;
