-- Billing: membership plans by age band with their fee changes, memberships with their history, the monthly
-- billing run's invoices, visit invoices from the practice's fee schedule, credit notes, payments, refunds and
-- what each payment paid. Money is numeric(12,2); amounts are never negative (a discount or a refund is a row
-- of its own kind). Billing rows are never deleted: an invoice is voided with a reason, a payment is refunded.

-- The practice's household rule, applied by the billing run to a family's membership invoices of a month:
-- 'none'; 'cap 450.00', the most a family pays a month for its children's memberships; or
-- 'from child 3 off 50%', the third child and every later one (by birth date, oldest first) paid at half.
ALTER TABLE practices ADD COLUMN household_rule varchar(40) NOT NULL DEFAULT 'none'
    CONSTRAINT ck_practice_household_rule
    CHECK (household_rule ~ '^(none|cap [0-9]{1,10}\.[0-9]{2}|from child [2-9] off [0-9]{1,3}(\.[0-9]{1,2})?%)$');

-- A plan's age band is in months or in years; both bounds are inclusive (0-11 months, 2-5 years). The plan's
-- monthly_fee is its fee until its first fee change.
ALTER TABLE subscription_plans ADD COLUMN age_unit varchar(6) NOT NULL DEFAULT 'years'
    CONSTRAINT ck_plan_age_unit CHECK (age_unit IN ('months', 'years'));

-- A plan's fee from the first day of a month on. The run bills a month at the fee in effect on its first day;
-- an invoice keeps the amounts it was made with, so a change never alters an invoice already made.
CREATE TABLE plan_fee_changes (
    id             uuid PRIMARY KEY,
    practice_id    uuid NOT NULL REFERENCES practices (id),
    plan_id        uuid NOT NULL REFERENCES subscription_plans (id),
    effective_from date NOT NULL CONSTRAINT ck_plan_fee_first_of_month CHECK (EXTRACT(DAY FROM effective_from) = 1),
    monthly_fee    numeric(12, 2) NOT NULL CHECK (monthly_fee >= 0),
    created_at     timestamp with time zone NOT NULL,
    updated_at     timestamp with time zone NOT NULL,
    row_version    bigint NOT NULL DEFAULT 0,
    deleted_at     timestamp with time zone,
    CONSTRAINT uq_plan_fee_changes UNIQUE (practice_id, plan_id, effective_from)
);

-- plan_reason: why a membership is in another plan than the one the child's age calls for. A membership with
-- no reason follows the age bands: the run bills the plan of the child's band from the first full month after
-- the birthday that moves them. The patient's own fee_override (patients) is billed instead of the plan's fee.
ALTER TABLE patient_subscriptions ADD COLUMN plan_reason varchar(500);
CREATE INDEX idx_subscriptions_status ON patient_subscriptions (practice_id, status);

-- A membership's history, one row per change, never edited: enrolled, paused, resumed, cancelled (its
-- effective_on is the last day billed), plan changed (with the plan and the reason) or fee override changed.
-- The billing run reads the pauses and resumptions of a month here.
CREATE TABLE membership_changes (
    id              uuid PRIMARY KEY,
    practice_id     uuid NOT NULL REFERENCES practices (id),
    subscription_id uuid NOT NULL REFERENCES patient_subscriptions (id),
    patient_id      uuid NOT NULL REFERENCES patients (id),
    kind            varchar(12) NOT NULL CHECK (kind IN ('enrolled', 'paused', 'resumed', 'cancelled', 'plan_changed', 'fee_changed')),
    effective_on    date NOT NULL,
    plan_id         uuid REFERENCES subscription_plans (id),
    fee_override    numeric(12, 2) CHECK (fee_override >= 0),
    reason          varchar(500),
    recorded_by     uuid REFERENCES users (id),
    created_at      timestamp with time zone NOT NULL,
    updated_at      timestamp with time zone NOT NULL,
    row_version     bigint NOT NULL DEFAULT 0,
    deleted_at      timestamp with time zone,
    CONSTRAINT ck_membership_change_plan CHECK (kind NOT IN ('enrolled', 'plan_changed') OR plan_id IS NOT NULL)
);
CREATE INDEX idx_membership_changes_subscription ON membership_changes (practice_id, subscription_id, effective_on);
CREATE INDEX idx_membership_changes_patient ON membership_changes (practice_id, patient_id);

-- The practice's own fee schedule: a CPT code, the practice's own description of it (none ship with the
-- product), its price, whether members get it at no charge, and for a vaccine product the CVX it is for (so a
-- visit's doses suggest their lines). Deactivated, never deleted.
CREATE TABLE fee_schedule (
    id                    uuid PRIMARY KEY,
    practice_id           uuid NOT NULL REFERENCES practices (id),
    cpt_code              varchar(5) NOT NULL CONSTRAINT ck_fee_schedule_cpt CHECK (cpt_code ~ '^[0-9]{4}[0-9A-Z]$'),
    description           varchar(500) NOT NULL CHECK (length(trim(description)) > 0),
    price                 numeric(12, 2) NOT NULL CHECK (price >= 0),
    covered_by_membership boolean NOT NULL DEFAULT false,
    cvx                   varchar(3) CONSTRAINT ck_fee_schedule_cvx CHECK (cvx ~ '^[0-9]{1,3}$'),
    is_active             boolean NOT NULL DEFAULT true,
    created_at            timestamp with time zone NOT NULL,
    updated_at            timestamp with time zone NOT NULL,
    row_version           bigint NOT NULL DEFAULT 0,
    deleted_at            timestamp with time zone,
    CONSTRAINT uq_fee_schedule_code UNIQUE (practice_id, cpt_code)
);

-- Invoices are of three kinds. A membership invoice bills one membership for one month (billing_month, its
-- first day); the run makes its id from the practice, the membership, the month and reissue (0 for the run's
-- own invoice, 1, 2, ... for one made again after a void), so two desks running the same month offline make the
-- same invoice, and the unique key keeps a second one out. A visit invoice bills a visit (appointment_id). A
-- credit note corrects an invoice already sent (corrects_invoice_id); its total is credited, not charged.
-- A voided invoice keeps its rows, when and why it was voided.
ALTER TABLE invoices ADD COLUMN kind varchar(12) NOT NULL DEFAULT 'visit'
    CONSTRAINT ck_invoice_kind CHECK (kind IN ('membership', 'visit', 'credit_note'));
ALTER TABLE invoices ADD COLUMN subscription_id uuid REFERENCES patient_subscriptions (id);
ALTER TABLE invoices ADD COLUMN billing_month date CONSTRAINT ck_invoice_billing_month CHECK (EXTRACT(DAY FROM billing_month) = 1);
ALTER TABLE invoices ADD COLUMN reissue integer NOT NULL DEFAULT 0 CONSTRAINT ck_invoice_reissue CHECK (reissue >= 0);
ALTER TABLE invoices ADD COLUMN corrects_invoice_id uuid REFERENCES invoices (id);
ALTER TABLE invoices ADD COLUMN voided_at timestamp with time zone;
ALTER TABLE invoices ADD COLUMN void_reason varchar(500);
ALTER TABLE invoices ADD CONSTRAINT ck_invoice_membership
    CHECK ((kind = 'membership') = (subscription_id IS NOT NULL AND billing_month IS NOT NULL));
ALTER TABLE invoices ADD CONSTRAINT ck_invoice_credit_note CHECK ((kind = 'credit_note') = (corrects_invoice_id IS NOT NULL));
ALTER TABLE invoices ADD CONSTRAINT ck_invoice_void CHECK ((voided_at IS NULL) = (void_reason IS NULL));
ALTER TABLE invoices ADD CONSTRAINT uq_invoices_membership_month UNIQUE (practice_id, subscription_id, billing_month, reissue);
CREATE INDEX idx_invoices_month ON invoices (practice_id, billing_month);

-- A line's place on its invoice (line_number), its kind (a charge; a service covered by the membership, at
-- zero; a discount, subtracted: total = charges - discounts), the plan a membership line bills and the days it
-- covers (a month, or the days of it billed when the membership started, paused or ended inside it), and the
-- dose a vaccine line is for.
ALTER TABLE invoice_line_items ADD COLUMN line_number integer NOT NULL DEFAULT 1 CONSTRAINT ck_line_number CHECK (line_number >= 1);
ALTER TABLE invoice_line_items ADD COLUMN kind varchar(8) NOT NULL DEFAULT 'charge'
    CONSTRAINT ck_line_kind CHECK (kind IN ('charge', 'covered', 'discount'));
ALTER TABLE invoice_line_items ADD COLUMN plan_id uuid REFERENCES subscription_plans (id);
ALTER TABLE invoice_line_items ADD COLUMN service_from date;
ALTER TABLE invoice_line_items ADD COLUMN service_to date;
ALTER TABLE invoice_line_items ADD COLUMN immunization_id uuid REFERENCES immunizations (id);
ALTER TABLE invoice_line_items ADD CONSTRAINT ck_line_covered CHECK (kind <> 'covered' OR amount = 0);
ALTER TABLE invoice_line_items ADD CONSTRAINT ck_line_service_days
    CHECK (service_from IS NULL OR service_to IS NULL OR service_to >= service_from);

-- Payments are insert-only: a payment (card, cash, check, ACH, HSA, other, with its reference), or a refund
-- of money held for the family, with its reason (and the payment it returns, when it returns one). What a
-- payment paid is in payment_allocations; what is not allocated is the family's credit on account.
ALTER TABLE payments DROP COLUMN invoice_id;
ALTER TABLE payments ADD COLUMN kind varchar(8) NOT NULL DEFAULT 'payment' CONSTRAINT ck_payment_kind CHECK (kind IN ('payment', 'refund'));
ALTER TABLE payments ADD COLUMN refunds_payment_id uuid REFERENCES payments (id);
ALTER TABLE payments ADD COLUMN reason varchar(500);
ALTER TABLE payments ADD COLUMN recorded_by uuid REFERENCES users (id);
ALTER TABLE payments ADD CONSTRAINT ck_payment_refund CHECK (kind = 'payment' OR reason IS NOT NULL);
ALTER TABLE payments ADD CONSTRAINT ck_payment_refunds CHECK (refunds_payment_id IS NULL OR kind = 'refund');

-- How much of a payment went to an invoice (one payment across several invoices of a household; credit on
-- account applied to a later invoice). Insert-only.
CREATE TABLE payment_allocations (
    id          uuid PRIMARY KEY,
    practice_id uuid NOT NULL REFERENCES practices (id),
    payment_id  uuid NOT NULL REFERENCES payments (id),
    invoice_id  uuid NOT NULL REFERENCES invoices (id),
    amount      numeric(12, 2) NOT NULL CHECK (amount > 0),
    created_at  timestamp with time zone NOT NULL,
    updated_at  timestamp with time zone NOT NULL,
    row_version bigint NOT NULL DEFAULT 0,
    deleted_at  timestamp with time zone
);
CREATE INDEX idx_payment_allocations_invoice ON payment_allocations (practice_id, invoice_id);
CREATE INDEX idx_payment_allocations_payment ON payment_allocations (practice_id, payment_id);

-- Sync and row security as on every practice table (see V2): the writing transaction stamped by trigger,
-- forced row security keyed on the connecting practice role, and DML for practice roles only.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['plan_fee_changes', 'membership_changes', 'fee_schedule', 'payment_allocations'] LOOP
        EXECUTE format('ALTER TABLE %I ADD COLUMN txid xid8 NOT NULL DEFAULT pg_current_xact_id()', t);
        EXECUTE format('CREATE TRIGGER trg_%s_stamp_row_write BEFORE INSERT OR UPDATE ON %I'
            ' FOR EACH ROW EXECUTE FUNCTION stamp_row_write()', t, t);
        EXECUTE format('CREATE INDEX idx_%s_practice_txid ON %I (practice_id, txid)', t, t);
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %s_own_practice ON %I USING (practice_id = (SELECT current_practice_id()))'
            ' WITH CHECK (practice_id = (SELECT current_practice_id()))', t, t);
        EXECUTE format('REVOKE ALL ON %I FROM PUBLIC', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO starlight_practice', t);
    END LOOP;
END
$$;
