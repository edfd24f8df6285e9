-- Starlight Desk practice tables (PostgreSQL / Aurora dialect).
-- Every table carries practice_id, created_at, updated_at, a row_version the server advances on each
-- write, and deleted_at for tombstones: synced rows are never hard-deleted. Keys are client-made UUIDs.
-- The H2 twin of this file lives in db/h2; keep the two in step.

CREATE TABLE practices (
    id          uuid PRIMARY KEY,
    practice_id uuid NOT NULL CHECK (practice_id = id),
    name        varchar(200) NOT NULL CHECK (length(trim(name)) > 0),
    time_zone   varchar(64)  NOT NULL,
    created_at  timestamp with time zone NOT NULL,
    updated_at  timestamp with time zone NOT NULL,
    row_version bigint NOT NULL DEFAULT 0,
    deleted_at  timestamp with time zone
);

CREATE TABLE users (
    id               uuid PRIMARY KEY,
    practice_id      uuid NOT NULL REFERENCES practices (id),
    email            varchar(254) NOT NULL,
    display_name     varchar(200) NOT NULL,
    role             varchar(16)  NOT NULL CHECK (role IN ('admin', 'provider', 'staff')),
    external_auth_id varchar(200),
    is_active        boolean NOT NULL DEFAULT true,
    created_at       timestamp with time zone NOT NULL,
    updated_at       timestamp with time zone NOT NULL,
    row_version      bigint NOT NULL DEFAULT 0,
    deleted_at       timestamp with time zone,
    CONSTRAINT uq_users_email UNIQUE (practice_id, email)
);

CREATE TABLE providers (
    id          uuid PRIMARY KEY,
    practice_id uuid NOT NULL REFERENCES practices (id),
    user_id     uuid REFERENCES users (id),
    name        varchar(200) NOT NULL,
    specialty   varchar(100),
    email       varchar(254),
    color       varchar(7) CHECK (color ~ '^#[0-9A-Fa-f]{6}$'),
    is_active   boolean NOT NULL DEFAULT true,
    created_at  timestamp with time zone NOT NULL,
    updated_at  timestamp with time zone NOT NULL,
    row_version bigint NOT NULL DEFAULT 0,
    deleted_at  timestamp with time zone
);

CREATE TABLE patients (
    id                 uuid PRIMARY KEY,
    practice_id        uuid NOT NULL REFERENCES practices (id),
    first_name         varchar(100) NOT NULL,
    last_name          varchar(100) NOT NULL,
    date_of_birth      date NOT NULL,
    gender             varchar(16) CHECK (gender IN ('female', 'male', 'other', 'unknown')),
    parent_guardian    varchar(200),
    email              varchar(254),
    phone              varchar(32),
    address            jsonb,
    insurance_provider varchar(100),
    insurance_id       varchar(64),
    insurance_group    varchar(64),
    family_id          uuid,
    status             varchar(16) NOT NULL CHECK (status IN ('active', 'prospect')),
    pipeline_stage     varchar(20) CHECK (pipeline_stage IN ('inquiry', 'meet-and-greet', 'scheduled-visit', 'ready-to-enroll')),
    fee_override       numeric(12, 2) CHECK (fee_override >= 0),
    referred_by        varchar(200),
    notes              varchar(4000),
    is_active          boolean NOT NULL DEFAULT true,
    last_name_key      varchar(100) GENERATED ALWAYS AS (lower(last_name)) STORED,
    first_name_key     varchar(100) GENERATED ALWAYS AS (lower(first_name)) STORED,
    phone_digits       varchar(32) GENERATED ALWAYS AS (regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')) STORED,
    created_at         timestamp with time zone NOT NULL,
    updated_at         timestamp with time zone NOT NULL,
    row_version        bigint NOT NULL DEFAULT 0,
    deleted_at         timestamp with time zone
);

CREATE TABLE subscription_plans (
    id          uuid PRIMARY KEY,
    practice_id uuid NOT NULL REFERENCES practices (id),
    name        varchar(100) NOT NULL,
    age_min     integer CHECK (age_min >= 0),
    age_max     integer CHECK (age_max >= 0),
    monthly_fee numeric(12, 2) NOT NULL CHECK (monthly_fee >= 0),
    is_active   boolean NOT NULL DEFAULT true,
    created_at  timestamp with time zone NOT NULL,
    updated_at  timestamp with time zone NOT NULL,
    row_version bigint NOT NULL DEFAULT 0,
    deleted_at  timestamp with time zone,
    CONSTRAINT ck_plan_age_band CHECK (age_min IS NULL OR age_max IS NULL OR age_min <= age_max)
);

CREATE TABLE patient_subscriptions (
    id          uuid PRIMARY KEY,
    practice_id uuid NOT NULL REFERENCES practices (id),
    patient_id  uuid NOT NULL REFERENCES patients (id),
    plan_id     uuid NOT NULL REFERENCES subscription_plans (id),
    started_at  date NOT NULL,
    ended_at    date,
    status      varchar(16) NOT NULL CHECK (status IN ('active', 'paused', 'cancelled')),
    created_at  timestamp with time zone NOT NULL,
    updated_at  timestamp with time zone NOT NULL,
    row_version bigint NOT NULL DEFAULT 0,
    deleted_at  timestamp with time zone,
    CONSTRAINT ck_subscription_dates CHECK (ended_at IS NULL OR ended_at >= started_at)
);

CREATE TABLE appointments (
    id               uuid PRIMARY KEY,
    practice_id      uuid NOT NULL REFERENCES practices (id),
    patient_id       uuid NOT NULL REFERENCES patients (id),
    provider_id      uuid NOT NULL REFERENCES providers (id),
    start_time       timestamp with time zone NOT NULL,
    end_time         timestamp with time zone NOT NULL,
    status           varchar(16) NOT NULL CHECK (status IN ('scheduled', 'confirmed', 'checked_in', 'completed', 'cancelled', 'no_show')),
    appointment_type varchar(16) NOT NULL CHECK (appointment_type IN ('checkup', 'followup', 'sick_visit', 'vaccination', 'wellness')),
    chief_complaint  varchar(500),
    notes            varchar(4000),
    created_at       timestamp with time zone NOT NULL,
    updated_at       timestamp with time zone NOT NULL,
    row_version      bigint NOT NULL DEFAULT 0,
    deleted_at       timestamp with time zone,
    CONSTRAINT ck_appointment_times CHECK (end_time > start_time)
);

CREATE TABLE medical_records (
    id             uuid PRIMARY KEY,
    practice_id    uuid NOT NULL REFERENCES practices (id),
    patient_id     uuid NOT NULL REFERENCES patients (id),
    provider_id    uuid REFERENCES providers (id),
    appointment_id uuid REFERENCES appointments (id),
    record_type    varchar(16) NOT NULL CHECK (record_type IN ('soap_note', 'lab_result', 'prescription', 'vaccination')),
    content        jsonb NOT NULL,
    recorded_at    timestamp with time zone NOT NULL,
    signed_at      timestamp with time zone,
    signed_by      uuid REFERENCES users (id),
    created_at     timestamp with time zone NOT NULL,
    updated_at     timestamp with time zone NOT NULL,
    row_version    bigint NOT NULL DEFAULT 0,
    deleted_at     timestamp with time zone
);

CREATE TABLE diagnoses (
    id                uuid PRIMARY KEY,
    practice_id       uuid NOT NULL REFERENCES practices (id),
    patient_id        uuid NOT NULL REFERENCES patients (id),
    medical_record_id uuid REFERENCES medical_records (id),
    icd10_code        varchar(8) NOT NULL CHECK (icd10_code ~ '^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$'),
    description       varchar(500) NOT NULL,
    status            varchar(16) NOT NULL CHECK (status IN ('active', 'resolved', 'chronic')),
    diagnosed_at      date NOT NULL,
    created_at        timestamp with time zone NOT NULL,
    updated_at        timestamp with time zone NOT NULL,
    row_version       bigint NOT NULL DEFAULT 0,
    deleted_at        timestamp with time zone
);

CREATE TABLE allergies (
    id             uuid PRIMARY KEY,
    practice_id    uuid NOT NULL REFERENCES practices (id),
    patient_id     uuid NOT NULL REFERENCES patients (id),
    substance      varchar(200) NOT NULL,
    reaction       varchar(500),
    severity       varchar(16) NOT NULL CHECK (severity IN ('mild', 'moderate', 'severe')),
    status         varchar(16) NOT NULL CHECK (status IN ('active', 'inactive')),
    noted_on       date NOT NULL,
    inactivated_at timestamp with time zone,
    created_at     timestamp with time zone NOT NULL,
    updated_at     timestamp with time zone NOT NULL,
    row_version    bigint NOT NULL DEFAULT 0,
    deleted_at     timestamp with time zone
);

CREATE TABLE medications (
    id             uuid PRIMARY KEY,
    practice_id    uuid NOT NULL REFERENCES practices (id),
    patient_id     uuid NOT NULL REFERENCES patients (id),
    prescribed_by  uuid REFERENCES providers (id),
    name           varchar(200) NOT NULL,
    dosage         varchar(100),
    frequency      varchar(100),
    started_on     date NOT NULL,
    ended_on       date,
    status         varchar(16) NOT NULL CHECK (status IN ('active', 'inactive')),
    inactivated_at timestamp with time zone,
    created_at     timestamp with time zone NOT NULL,
    updated_at     timestamp with time zone NOT NULL,
    row_version    bigint NOT NULL DEFAULT 0,
    deleted_at     timestamp with time zone,
    CONSTRAINT ck_medication_dates CHECK (ended_on IS NULL OR ended_on >= started_on)
);

CREATE TABLE vitals (
    id                    uuid PRIMARY KEY,
    practice_id           uuid NOT NULL REFERENCES practices (id),
    patient_id            uuid NOT NULL REFERENCES patients (id),
    measured_at           timestamp with time zone NOT NULL,
    weight_kg             numeric(6, 3) CHECK (weight_kg > 0),
    height_cm             numeric(5, 1) CHECK (height_cm > 0),
    head_circumference_cm numeric(5, 1) CHECK (head_circumference_cm > 0),
    temperature_c         numeric(4, 1) CHECK (temperature_c BETWEEN 25 AND 45),
    heart_rate            integer CHECK (heart_rate BETWEEN 20 AND 300),
    respiratory_rate      integer CHECK (respiratory_rate BETWEEN 5 AND 120),
    created_at            timestamp with time zone NOT NULL,
    updated_at            timestamp with time zone NOT NULL,
    row_version           bigint NOT NULL DEFAULT 0,
    deleted_at            timestamp with time zone
);

CREATE TABLE tasks (
    id          uuid PRIMARY KEY,
    practice_id uuid NOT NULL REFERENCES practices (id),
    patient_id  uuid REFERENCES patients (id),
    assigned_to uuid REFERENCES users (id),
    title       varchar(200) NOT NULL,
    description varchar(4000),
    due_date    date,
    status      varchar(16) NOT NULL CHECK (status IN ('open', 'in_progress', 'done')),
    priority    varchar(16) NOT NULL CHECK (priority IN ('low', 'medium', 'high')),
    created_at  timestamp with time zone NOT NULL,
    updated_at  timestamp with time zone NOT NULL,
    row_version bigint NOT NULL DEFAULT 0,
    deleted_at  timestamp with time zone
);

CREATE TABLE contacts (
    id           uuid PRIMARY KEY,
    practice_id  uuid NOT NULL REFERENCES practices (id),
    type         varchar(20) NOT NULL CHECK (type IN ('referral_doctor', 'insurance', 'vendor', 'other')),
    name         varchar(200) NOT NULL,
    organization varchar(200),
    email        varchar(254),
    phone        varchar(32),
    notes        varchar(4000),
    created_at   timestamp with time zone NOT NULL,
    updated_at   timestamp with time zone NOT NULL,
    row_version  bigint NOT NULL DEFAULT 0,
    deleted_at   timestamp with time zone
);

CREATE TABLE invoices (
    id             uuid PRIMARY KEY,
    practice_id    uuid NOT NULL REFERENCES practices (id),
    patient_id     uuid NOT NULL REFERENCES patients (id),
    appointment_id uuid REFERENCES appointments (id),
    status         varchar(16) NOT NULL CHECK (status IN ('draft', 'sent', 'paid', 'overdue', 'void')),
    issued_on      date,
    due_date       date,
    paid_at        timestamp with time zone,
    total_amount   numeric(12, 2) NOT NULL CHECK (total_amount >= 0),
    created_at     timestamp with time zone NOT NULL,
    updated_at     timestamp with time zone NOT NULL,
    row_version    bigint NOT NULL DEFAULT 0,
    deleted_at     timestamp with time zone
);

CREATE TABLE invoice_line_items (
    id          uuid PRIMARY KEY,
    practice_id uuid NOT NULL REFERENCES practices (id),
    invoice_id  uuid NOT NULL REFERENCES invoices (id),
    cpt_code    varchar(5) CHECK (cpt_code ~ '^[0-9]{4}[0-9A-Z]$'),
    description varchar(500) NOT NULL,
    quantity    integer NOT NULL DEFAULT 1 CHECK (quantity > 0),
    unit_price  numeric(12, 2) NOT NULL CHECK (unit_price >= 0),
    amount      numeric(12, 2) NOT NULL CHECK (amount >= 0),
    created_at  timestamp with time zone NOT NULL,
    updated_at  timestamp with time zone NOT NULL,
    row_version bigint NOT NULL DEFAULT 0,
    deleted_at  timestamp with time zone,
    CONSTRAINT ck_line_amount CHECK (amount = quantity * unit_price)
);

CREATE TABLE payments (
    id               uuid PRIMARY KEY,
    practice_id      uuid NOT NULL REFERENCES practices (id),
    invoice_id       uuid REFERENCES invoices (id),
    patient_id       uuid NOT NULL REFERENCES patients (id),
    amount           numeric(12, 2) NOT NULL CHECK (amount > 0),
    payment_method   varchar(16) CHECK (payment_method IN ('card', 'cash', 'check', 'ach', 'hsa', 'other')),
    paid_at          timestamp with time zone NOT NULL,
    reference_number varchar(64),
    created_at       timestamp with time zone NOT NULL,
    updated_at       timestamp with time zone NOT NULL,
    row_version      bigint NOT NULL DEFAULT 0,
    deleted_at       timestamp with time zone
);

CREATE TABLE audit_log (
    id          uuid PRIMARY KEY,
    practice_id uuid NOT NULL REFERENCES practices (id),
    user_id     uuid REFERENCES users (id),
    action      varchar(16) NOT NULL CHECK (action IN ('read', 'create', 'update', 'delete', 'export', 'import', 'sign_in', 'sign_out', 'lock')),
    table_name  varchar(64),
    row_id      uuid,
    patient_id  uuid,
    occurred_at timestamp with time zone NOT NULL,
    created_at  timestamp with time zone NOT NULL,
    updated_at  timestamp with time zone NOT NULL,
    row_version bigint NOT NULL DEFAULT 0,
    deleted_at  timestamp with time zone
);

-- The seed's indexes, each led by practice_id so one cluster can hold many practices.
CREATE INDEX idx_appointments_practice_start ON appointments (practice_id, start_time);
CREATE INDEX idx_appointments_provider_start ON appointments (practice_id, provider_id, start_time);
CREATE INDEX idx_appointments_patient ON appointments (practice_id, patient_id, start_time);
CREATE INDEX idx_patients_name ON patients (practice_id, last_name, first_name);
CREATE INDEX idx_patients_last_name_key ON patients (practice_id, last_name_key);
CREATE INDEX idx_patients_first_name_key ON patients (practice_id, first_name_key);
CREATE INDEX idx_patients_birth_date ON patients (practice_id, date_of_birth);
CREATE INDEX idx_patients_phone ON patients (practice_id, phone_digits);
CREATE INDEX idx_patients_pipeline ON patients (practice_id, status, pipeline_stage);
CREATE INDEX idx_records_patient ON medical_records (practice_id, patient_id, recorded_at DESC);
CREATE INDEX idx_diagnoses_patient ON diagnoses (practice_id, patient_id, diagnosed_at);
CREATE INDEX idx_allergies_patient ON allergies (practice_id, patient_id);
CREATE INDEX idx_medications_patient ON medications (practice_id, patient_id);
CREATE INDEX idx_vitals_patient ON vitals (practice_id, patient_id, measured_at);
CREATE INDEX idx_subscriptions_patient ON patient_subscriptions (practice_id, patient_id);
CREATE INDEX idx_invoices_status ON invoices (practice_id, status, due_date);
CREATE INDEX idx_invoices_patient ON invoices (practice_id, patient_id);
CREATE INDEX idx_line_items_invoice ON invoice_line_items (practice_id, invoice_id);
CREATE INDEX idx_payments_invoice ON payments (practice_id, invoice_id);
CREATE INDEX idx_payments_patient ON payments (practice_id, patient_id);
CREATE INDEX idx_tasks_assigned ON tasks (practice_id, assigned_to, status);
CREATE INDEX idx_tasks_due ON tasks (practice_id, status, due_date);
CREATE INDEX idx_audit_patient ON audit_log (practice_id, patient_id, occurred_at);
