-- Immunizations: the doses a patient has had and what the immunization schedule must know besides.
-- One row per dose, given here (with what a registry needs: lot, manufacturer (MVX), expiry, route, volume, who
-- gave it) or recorded from another source (a prior clinic, the state registry), where only the vaccine and the
-- date are required and the source is named. The vaccine is its CDC CVX code, kept as text ('08' is not '8').
-- A dose is never deleted: a wrong entry is marked entered in error, with the reason (and a note for 'other'),
-- and stays on the chart struck through.
CREATE TABLE immunizations (
    id                  uuid PRIMARY KEY,
    practice_id         uuid NOT NULL REFERENCES practices (id),
    patient_id          uuid NOT NULL REFERENCES patients (id),
    cvx                 varchar(3) NOT NULL CHECK (translate(cvx, '0123456789', '0000000000') IN ('0', '00', '000')),
    given_on            date NOT NULL,
    source              varchar(10) NOT NULL CHECK (source IN ('given_here', 'historical')),
    source_name         varchar(200),
    lot_number          varchar(50),
    mvx                 varchar(3) CHECK (translate(mvx, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'AAAAAAAAAAAAAAAAAAAAAAAAAA') IN ('AA', 'AAA')),
    expires_on          date,
    site                varchar(13) CHECK (site IN ('left_arm', 'right_arm', 'left_deltoid', 'right_deltoid', 'left_thigh', 'right_thigh')),
    route               varchar(13) CHECK (route IN ('intramuscular', 'subcutaneous', 'intradermal', 'oral', 'intranasal')),
    dose_ml             numeric(4,2) CHECK (dose_ml > 0),
    vis_edition         date,
    vis_given_on        date,
    administered_by     uuid REFERENCES users (id),
    appointment_id      uuid REFERENCES appointments (id),
    entered_in_error_at timestamp with time zone,
    error_reason        varchar(13) CHECK (error_reason IN ('wrong_patient', 'wrong_vaccine', 'wrong_date', 'duplicate', 'other')),
    error_note          varchar(500),
    created_at          timestamp with time zone NOT NULL,
    updated_at          timestamp with time zone NOT NULL,
    row_version         bigint NOT NULL DEFAULT 0,
    deleted_at          timestamp with time zone,
    -- a historical dose names where it was recorded; a dose given here does not
    CONSTRAINT ck_immunization_source_name CHECK ((source = 'historical') = (source_name IS NOT NULL)),
    -- a dose given here carries its lot, manufacturer, expiry, route, volume and who gave it, and its site unless
    -- it went by mouth or nose
    CONSTRAINT ck_immunization_given_here CHECK (source = 'historical' OR (lot_number IS NOT NULL AND mvx IS NOT NULL
        AND expires_on IS NOT NULL AND route IS NOT NULL AND dose_ml IS NOT NULL AND administered_by IS NOT NULL
        AND (site IS NOT NULL OR route IN ('oral', 'intranasal')))),
    CONSTRAINT ck_immunization_site CHECK (site IS NULL OR route IS NULL OR route NOT IN ('oral', 'intranasal')),
    CONSTRAINT ck_immunization_expiry CHECK (expires_on IS NULL OR expires_on >= given_on),
    CONSTRAINT ck_immunization_vis CHECK (vis_given_on IS NULL OR vis_edition IS NULL OR vis_given_on >= vis_edition),
    CONSTRAINT ck_immunization_error CHECK ((entered_in_error_at IS NULL) = (error_reason IS NULL)),
    CONSTRAINT ck_immunization_error_note CHECK (error_reason IS NULL OR error_reason <> 'other' OR error_note IS NOT NULL)
);
CREATE INDEX idx_immunizations_patient ON immunizations (practice_id, patient_id, given_on);
-- the practice's last lot of a vaccine, offered when the next dose of it is given
CREATE INDEX idx_immunizations_cvx ON immunizations (practice_id, cvx, given_on);

-- What the schedule must know about a patient besides the doses: a family's refusal of a vaccine group, and
-- the CDC CDSi schedule's coded observations (three digits, e.g. 023 evidence of varicella immunity, 080 an
-- adverse reaction to a vaccine component) of immunity, contraindications and indications. CDSi has no refusal
-- codes, so a refusal names the vaccine group refused instead. Never deleted: removed with a reason.
CREATE TABLE immunization_observations (
    id               uuid PRIMARY KEY,
    practice_id      uuid NOT NULL REFERENCES practices (id),
    patient_id       uuid NOT NULL REFERENCES patients (id),
    kind             varchar(16) NOT NULL CHECK (kind IN ('refusal', 'immunity', 'contraindication', 'indication', 'other')),
    observation_code varchar(3) CHECK (translate(observation_code, '0123456789', '0000000000') = '000'),
    vaccine_group    varchar(40),
    observed_on      date NOT NULL,
    note             varchar(500),
    removed_at       timestamp with time zone,
    removal_reason   varchar(17) CHECK (removal_reason IN ('entered_in_error', 'no_longer_applies')),
    removal_note     varchar(500),
    created_at       timestamp with time zone NOT NULL,
    updated_at       timestamp with time zone NOT NULL,
    row_version      bigint NOT NULL DEFAULT 0,
    deleted_at       timestamp with time zone,
    CONSTRAINT ck_observation_code CHECK ((kind = 'refusal') = (observation_code IS NULL)),
    CONSTRAINT ck_observation_refusal CHECK (kind <> 'refusal' OR vaccine_group IS NOT NULL),
    CONSTRAINT ck_observation_removed CHECK ((removed_at IS NULL) = (removal_reason IS NULL))
);
CREATE INDEX idx_immunization_observations_patient ON immunization_observations (practice_id, patient_id, observed_on);

-- Sync and row security as on every practice table (see V2): the writing transaction stamped by trigger,
-- forced row security keyed on the connecting practice role, and DML for practice roles only.
ALTER TABLE immunizations ADD COLUMN txid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE TRIGGER trg_immunizations_stamp_row_write BEFORE INSERT OR UPDATE ON immunizations
    FOR EACH ROW EXECUTE FUNCTION stamp_row_write();
CREATE INDEX idx_immunizations_practice_txid ON immunizations (practice_id, txid);
ALTER TABLE immunizations ENABLE ROW LEVEL SECURITY;
ALTER TABLE immunizations FORCE ROW LEVEL SECURITY;
CREATE POLICY immunizations_own_practice ON immunizations USING (practice_id = (SELECT current_practice_id()))
    WITH CHECK (practice_id = (SELECT current_practice_id()));
REVOKE ALL ON immunizations FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON immunizations TO starlight_practice;

ALTER TABLE immunization_observations ADD COLUMN txid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE TRIGGER trg_immunization_observations_stamp_row_write BEFORE INSERT OR UPDATE ON immunization_observations
    FOR EACH ROW EXECUTE FUNCTION stamp_row_write();
CREATE INDEX idx_immunization_observations_practice_txid ON immunization_observations (practice_id, txid);
ALTER TABLE immunization_observations ENABLE ROW LEVEL SECURITY;
ALTER TABLE immunization_observations FORCE ROW LEVEL SECURITY;
CREATE POLICY immunization_observations_own_practice ON immunization_observations
    USING (practice_id = (SELECT current_practice_id())) WITH CHECK (practice_id = (SELECT current_practice_id()));
REVOKE ALL ON immunization_observations FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON immunization_observations TO starlight_practice;
