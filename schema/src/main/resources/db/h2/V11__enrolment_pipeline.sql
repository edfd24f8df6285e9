-- The enrolment pipeline: one card per prospect family, the family's activity log, and where the family heard of
-- the practice. The family's children are patients with status 'prospect' whose family_id is the card's id.

-- A family's card on the pipeline board. stage is the card's column: the four open stages, 'lost' (with the
-- reason: chose another practice, price, moved, no answer) or 'enrolled' (the card has left the board; kept for
-- the funnel and for undoing an enrolment). The children's patients.pipeline_stage follows the card's open
-- stage; a lost or enrolled card's children keep the open stage they were in. stage_entered_on is the day the
-- card entered its stage (days in stage). The source is a channel, or a referral naming a contact (a referring
-- pediatrician) when one is known. next_step and next_step_on are what the front desk does next, and when.
CREATE TABLE pipeline_cards (
    id                uuid PRIMARY KEY,
    practice_id       uuid NOT NULL REFERENCES practices (id),
    stage             varchar(20) NOT NULL CONSTRAINT ck_pipeline_card_stage
        CHECK (stage IN ('inquiry', 'meet-and-greet', 'scheduled-visit', 'ready-to-enroll', 'lost', 'enrolled')),
    stage_entered_on  date NOT NULL,
    lost_reason       varchar(24) CONSTRAINT ck_pipeline_card_lost_reason
        CHECK (lost_reason IN ('chose-another-practice', 'price', 'moved', 'no-answer')),
    source_channel    varchar(10) NOT NULL CONSTRAINT ck_pipeline_card_source
        CHECK (source_channel IN ('web', 'friend', 'event', 'referral', 'other')),
    source_contact_id uuid REFERENCES contacts (id),
    next_step         varchar(200),
    next_step_on      date,
    created_at        timestamp with time zone NOT NULL,
    updated_at        timestamp with time zone NOT NULL,
    row_version       bigint NOT NULL DEFAULT 0,
    deleted_at        timestamp with time zone,
    CONSTRAINT ck_pipeline_card_lost CHECK ((stage = 'lost') = (lost_reason IS NOT NULL)),
    CONSTRAINT ck_pipeline_card_referral CHECK (source_contact_id IS NULL OR source_channel = 'referral')
);
CREATE INDEX idx_pipeline_cards_stage ON pipeline_cards (practice_id, stage, stage_entered_on);

-- A family's activity log: calls, e-mails, messages and notes with when and who, and the card's stage changes
-- (from_stage to to_stage, written with the move). Insert-only: entries are never edited, so two desks' entries
-- never conflict. The chart of an enrolled child shows the log of the card their family_id names.
CREATE TABLE family_activity (
    id          uuid PRIMARY KEY,
    practice_id uuid NOT NULL REFERENCES practices (id),
    card_id     uuid NOT NULL REFERENCES pipeline_cards (id),
    kind        varchar(12) NOT NULL CONSTRAINT ck_family_activity_kind
        CHECK (kind IN ('call', 'email', 'message', 'note', 'stage')),
    occurred_at timestamp with time zone NOT NULL,
    recorded_by uuid REFERENCES users (id),
    summary     varchar(4000),
    from_stage  varchar(20) CONSTRAINT ck_family_activity_from
        CHECK (from_stage IN ('inquiry', 'meet-and-greet', 'scheduled-visit', 'ready-to-enroll', 'lost', 'enrolled')),
    to_stage    varchar(20) CONSTRAINT ck_family_activity_to
        CHECK (to_stage IN ('inquiry', 'meet-and-greet', 'scheduled-visit', 'ready-to-enroll', 'lost', 'enrolled')),
    created_at  timestamp with time zone NOT NULL,
    updated_at  timestamp with time zone NOT NULL,
    row_version bigint NOT NULL DEFAULT 0,
    deleted_at  timestamp with time zone,
    CONSTRAINT ck_family_activity_stage CHECK ((kind = 'stage') = (to_stage IS NOT NULL))
);
CREATE INDEX idx_family_activity_card ON family_activity (practice_id, card_id, occurred_at);
