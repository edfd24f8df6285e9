-- What the chart records beyond the first schema.
-- patients: the child's own provider (the Patients list filters by it), the gestational age at birth in
-- days (22+0 to 45+0 weeks; set for a child born before 37 weeks, whose growth is plotted at corrected age
-- until 24 months), and when "no known allergies" was recorded (null: never asked, which the chart shows
-- differently from an explicit "no known allergies").
ALTER TABLE patients ADD COLUMN primary_provider_id uuid REFERENCES providers (id);
ALTER TABLE patients ADD COLUMN gestational_age_days integer CHECK (gestational_age_days BETWEEN 154 AND 315);
ALTER TABLE patients ADD COLUMN no_known_allergies_at timestamp with time zone;
-- allergies and medications are inactivated with a reason (and an optional note), never deleted.
ALTER TABLE allergies ADD COLUMN inactivation_reason varchar(20) CHECK (inactivation_reason IN ('resolved', 'entered_in_error'));
ALTER TABLE allergies ADD COLUMN inactivation_note varchar(500);
-- medications: the route (oral, topical, inhaled, ...) and a prescriber from outside the practice by name
-- (prescribed_by names one of the practice's providers).
ALTER TABLE medications ADD COLUMN route varchar(50);
ALTER TABLE medications ADD COLUMN prescriber varchar(200);
ALTER TABLE medications ADD COLUMN inactivation_reason varchar(20)
    CHECK (inactivation_reason IN ('stopped', 'completed', 'entered_in_error'));
ALTER TABLE medications ADD COLUMN inactivation_note varchar(500);
-- diagnoses: when a problem resolved.
ALTER TABLE diagnoses ADD COLUMN resolved_on date;
ALTER TABLE diagnoses ADD CONSTRAINT ck_diagnosis_resolved CHECK (resolved_on IS NULL OR resolved_on >= diagnosed_at);
-- vitals: the visit they were taken at, the units they were entered in (values stay metric), how length
-- was measured, blood pressure and oxygen saturation.
ALTER TABLE vitals ADD COLUMN appointment_id uuid REFERENCES appointments (id);
ALTER TABLE vitals ADD COLUMN weight_unit varchar(2) CHECK (weight_unit IN ('kg', 'lb'));
ALTER TABLE vitals ADD COLUMN length_unit varchar(2) CHECK (length_unit IN ('cm', 'in'));
ALTER TABLE vitals ADD COLUMN temperature_unit varchar(1) CHECK (temperature_unit IN ('C', 'F'));
ALTER TABLE vitals ADD COLUMN length_position varchar(10) CHECK (length_position IN ('recumbent', 'standing'));
ALTER TABLE vitals ADD COLUMN systolic_bp integer CHECK (systolic_bp BETWEEN 30 AND 250);
ALTER TABLE vitals ADD COLUMN diastolic_bp integer CHECK (diastolic_bp BETWEEN 15 AND 180);
ALTER TABLE vitals ADD COLUMN oxygen_saturation integer CHECK (oxygen_saturation BETWEEN 50 AND 100);
