-- Chart fixes.
-- diagnoses.icd10_code: ICD-10-CM codes may have a letter as their third character (M1A.0, C4A.0,
-- Z3A.20): a letter, a digit, a digit or letter, then an optional dot part. The first schema's check
-- had no name on H2, so the column is rebuilt under a named check (rows keep their codes).
ALTER TABLE diagnoses ADD COLUMN icd10_code_checked varchar(8);
UPDATE diagnoses SET icd10_code_checked = icd10_code;
ALTER TABLE diagnoses DROP COLUMN icd10_code;
ALTER TABLE diagnoses ALTER COLUMN icd10_code_checked RENAME TO icd10_code;
ALTER TABLE diagnoses ALTER COLUMN icd10_code SET NOT NULL;
ALTER TABLE diagnoses ADD CONSTRAINT ck_diagnosis_icd10 CHECK (REGEXP_LIKE(icd10_code, '^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$'));

-- vitals.temperature_c to hundredths: a tenth of a °F is 0.056 °C, so with two places every temperature
-- entered in °F comes back as entered.
ALTER TABLE vitals ALTER COLUMN temperature_c SET DATA TYPE numeric(4, 2);

-- A household's children (the chart's Household section, the family's statements).
CREATE INDEX idx_patients_family ON patients (practice_id, family_id);

-- audit_log.chart_section: which part of a chart a read showed ('chart' for the opening itself with its
-- summary, a section, or a printed document), so that sections reading the same table are told apart.
-- Null for every entry that is not a read of a chart.
ALTER TABLE audit_log ADD COLUMN chart_section varchar(20) CHECK (chart_section IN ('chart', 'timeline', 'demographics',
    'household', 'allergies', 'medications', 'problems', 'notes', 'vitals', 'immunizations', 'visit_summary', 'growth_chart'));
-- The Chart access screen: the practice's log newest first, and one user's entries newest first (one patient's
-- use idx_audit_patient).
CREATE INDEX idx_audit_occurred ON audit_log (practice_id, occurred_at);
CREATE INDEX idx_audit_user ON audit_log (practice_id, user_id, occurred_at);
