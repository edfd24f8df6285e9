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
    content        varchar(1000000) NOT NULL,
    is_active      boolean NOT NULL DEFAULT true,
    created_at     timestamp with time zone NOT NULL,
    updated_at     timestamp with time zone NOT NULL,
    row_version    bigint NOT NULL DEFAULT 0,
    deleted_at     timestamp with time zone,
    CONSTRAINT ck_note_template_ages CHECK (min_age_months IS NULL OR max_age_months IS NULL OR max_age_months > min_age_months)
);
CREATE INDEX idx_note_templates_kind ON note_templates (practice_id, kind);
