-- Starlight Desk server-side sync columns and tenancy (PostgreSQL / Aurora only; no H2 twin).
--
-- 1. Every practice table gets txid xid8, stamped by trigger with the writing transaction
--    (pg_current_xact_id()), so sync pull can read the window
--    [last_horizon, pg_snapshot_xmin(pg_current_snapshot())) and never skip a change committed out of
--    order. The same trigger advances row_version (1 on insert, old + 1 on update) whatever the client
--    sent: the base-version check of sync push relies on the server owning it.
--    updated_at is NOT stamped here: it carries the clinician's edit time from the PC that made the
--    change, which the field-by-field merge compares ("later edit wins"). Pull never uses it as a
--    cursor (txid is the cursor), so client clocks cannot make a change be skipped.
-- 2. applied_mutations records (device_id, mutation_id) applied by sync push, for exactly-once effect.
-- 3. practice_roles maps each practice's database role to its practice. current_practice_id() reads it
--    for the connecting role (current_user). Row-level security is forced on every table with a
--    practice_id, so a practice role sees and writes only its own practice's rows whatever SQL it
--    sends; the practice is derived from the role, never from a settable setting.
-- Practice roles are LOGIN roles made by PracticeProvisioning and granted membership of the NOLOGIN
-- group role starlight_practice, which holds only the DML grants below (no ownership).

CREATE FUNCTION stamp_row_write() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    NEW.txid := pg_current_xact_id();
    IF TG_OP = 'INSERT' THEN
        NEW.row_version := 1;
    ELSE
        NEW.row_version := coalesce(OLD.row_version, 0) + 1;
    END IF;
    RETURN NEW;
END;
$$;

DO
$$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['practices', 'users', 'providers', 'patients', 'subscription_plans',
        'patient_subscriptions', 'appointments', 'medical_records', 'diagnoses', 'allergies',
        'medications', 'vitals', 'tasks', 'contacts', 'invoices', 'invoice_line_items', 'payments',
        'audit_log']
    LOOP
        EXECUTE format('ALTER TABLE %I ADD COLUMN txid xid8 NOT NULL DEFAULT pg_current_xact_id()', t);
        EXECUTE format('CREATE TRIGGER trg_%s_stamp_row_write BEFORE INSERT OR UPDATE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION stamp_row_write()', t, t);
        EXECUTE format('CREATE INDEX idx_%s_practice_txid ON %I (practice_id, txid)', t, t);
    END LOOP;
END;
$$;

CREATE TABLE applied_mutations (
    practice_id uuid NOT NULL REFERENCES practices (id),
    device_id   uuid NOT NULL,
    mutation_id uuid NOT NULL,
    applied_at  timestamp with time zone NOT NULL DEFAULT now(),
    PRIMARY KEY (practice_id, device_id, mutation_id)
);

CREATE TABLE practice_roles (
    role_name   text PRIMARY KEY,
    practice_id uuid NOT NULL REFERENCES practices (id)
);

-- The practice of the connecting role, or NULL for any role that is not a practice role.
-- SECURITY INVOKER on purpose: current_user is then the caller, and practice_roles' own policy lets a
-- practice role read its own mapping row only. The table is schema-qualified and the search_path pinned:
-- otherwise a session could shadow practice_roles with a temporary table of its own and claim any practice.
CREATE FUNCTION current_practice_id() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp AS
$$
SELECT practice_id FROM public.practice_roles WHERE role_name = current_user
$$;

-- Practice roles have no use for temporary objects; take the default TEMPORARY right away from PUBLIC.
DO
$$
BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
END;
$$;

DO
$$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'starlight_practice') THEN
        CREATE ROLE starlight_practice NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
END;
$$;

ALTER TABLE practice_roles ENABLE ROW LEVEL SECURITY;
ALTER TABLE practice_roles FORCE ROW LEVEL SECURITY;
CREATE POLICY practice_roles_own_row ON practice_roles
    USING (role_name = current_user);
REVOKE ALL ON practice_roles FROM PUBLIC;
GRANT SELECT ON practice_roles TO starlight_practice;

-- "(SELECT current_practice_id())" runs once per statement (an init plan), not once per row.
DO
$$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['practices', 'users', 'providers', 'patients', 'subscription_plans',
        'patient_subscriptions', 'appointments', 'medical_records', 'diagnoses', 'allergies',
        'medications', 'vitals', 'tasks', 'contacts', 'invoices', 'invoice_line_items', 'payments',
        'audit_log', 'applied_mutations']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (practice_id = (SELECT current_practice_id())) '
                       'WITH CHECK (practice_id = (SELECT current_practice_id()))', t || '_own_practice', t);
        EXECUTE format('REVOKE ALL ON %I FROM PUBLIC', t);
    END LOOP;
END;
$$;

-- A practice is created by provisioning (as the owner), never by a practice role.
GRANT SELECT, UPDATE ON practices TO starlight_practice;
GRANT SELECT, INSERT, UPDATE, DELETE ON users, providers, patients, subscription_plans,
    patient_subscriptions, appointments, medical_records, diagnoses, allergies, medications, vitals,
    tasks, contacts, invoices, invoice_line_items, payments TO starlight_practice;
-- The audit trail is append-only for practices.
GRANT SELECT, INSERT ON audit_log TO starlight_practice;
GRANT SELECT, INSERT ON applied_mutations TO starlight_practice;
REVOKE ALL ON flyway_schema_history FROM PUBLIC;
GRANT SELECT ON flyway_schema_history TO starlight_practice;
