-- Partner programs and tiers with effective-dated rules, each company's tier,
-- proposed tier changes and their history; incentives (rebates and
-- commissions on won deals) as entries moving earned -> approved -> paid (or
-- clawed back) with payout runs; activity points. Rates are basis points
-- (1 % = 100); money is BIGINT minor units; times are ms since the epoch.

CREATE TABLE programs (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    name                TEXT    NOT NULL,
    name_key            TEXT    NOT NULL UNIQUE,
    currency            TEXT    NOT NULL,
    grace_days          BIGINT  NOT NULL DEFAULT 90 CHECK (grace_days BETWEEN 0 AND 365),
    points_enabled      BIGINT  NOT NULL DEFAULT 1 CHECK (points_enabled IN (0, 1)),
    points_registered   BIGINT  NOT NULL DEFAULT 10 CHECK (points_registered BETWEEN 0 AND 10000),
    points_won          BIGINT  NOT NULL DEFAULT 50 CHECK (points_won BETWEEN 0 AND 10000),
    leaderboard_public  BIGINT  NOT NULL DEFAULT 0 CHECK (leaderboard_public IN (0, 1)),
    is_default          BIGINT  NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    created_at          BIGINT  NOT NULL,
    updated_at          BIGINT  NOT NULL
);

-- Exchange rates into the program's currency for counting won revenue:
-- one unit of `currency` is rate_micros / 1,000,000 program units.
CREATE TABLE program_rates (
    program_id   BIGINT NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    currency     TEXT   NOT NULL,
    rate_micros  BIGINT NOT NULL CHECK (rate_micros > 0),
    PRIMARY KEY (program_id, currency)
);

CREATE TABLE tiers (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    program_id  BIGINT  NOT NULL REFERENCES programs (id),
    name        TEXT    NOT NULL,
    rank        BIGINT  NOT NULL CHECK (rank >= 0),
    created_at  BIGINT  NOT NULL,
    UNIQUE (program_id, rank)
);

-- Requirements and benefits of a tier from a date on. The version in force
-- at time t is the one with the latest effective_from <= t.
CREATE TABLE tier_rules (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    tier_id            BIGINT  NOT NULL REFERENCES tiers (id),
    effective_from     BIGINT  NOT NULL,
    min_revenue_cents  BIGINT  NOT NULL DEFAULT 0 CHECK (min_revenue_cents >= 0),
    min_approved       BIGINT  NOT NULL DEFAULT 0 CHECK (min_approved >= 0),
    min_won            BIGINT  NOT NULL DEFAULT 0 CHECK (min_won >= 0),
    min_certified      BIGINT  NOT NULL DEFAULT 0 CHECK (min_certified >= 0),
    custom_criteria    TEXT    NOT NULL DEFAULT '',
    discount_bp        BIGINT  NOT NULL DEFAULT 0 CHECK (discount_bp BETWEEN 0 AND 10000),
    deal_margin_bp     BIGINT  NOT NULL DEFAULT 0 CHECK (deal_margin_bp BETWEEN 0 AND 10000),
    rebate_bp          BIGINT  NOT NULL DEFAULT 0 CHECK (rebate_bp BETWEEN 0 AND 10000),
    commission_bp      BIGINT  NOT NULL DEFAULT 0 CHECK (commission_bp BETWEEN 0 AND 10000),
    mdf_eligible       BIGINT  NOT NULL DEFAULT 0 CHECK (mdf_eligible IN (0, 1)),
    content_level      TEXT    NOT NULL DEFAULT 'basic' CHECK (content_level IN ('basic','standard','premium')),
    created_by         BIGINT  REFERENCES users (id),
    created_at         BIGINT  NOT NULL,
    UNIQUE (tier_id, effective_from)
);

CREATE TABLE company_tiers (
    company_id      BIGINT  PRIMARY KEY REFERENCES companies (id),
    program_id      BIGINT  NOT NULL REFERENCES programs (id),
    tier_id         BIGINT  NOT NULL REFERENCES tiers (id),
    since           BIGINT  NOT NULL,
    grace_until     BIGINT,
    qualifies_rank  BIGINT,
    evaluated_at    BIGINT,
    version         BIGINT  NOT NULL DEFAULT 1
);
CREATE INDEX company_tiers_by_tier ON company_tiers (program_id, tier_id);
CREATE INDEX company_tiers_by_evaluated ON company_tiers (evaluated_at);

-- Custom criteria a channel manager ticked for a company and tier.
CREATE TABLE tier_checks (
    company_id     BIGINT NOT NULL REFERENCES companies (id),
    tier_id        BIGINT NOT NULL REFERENCES tiers (id),
    criterion_key  TEXT   NOT NULL,
    checked_by     BIGINT REFERENCES users (id),
    checked_at     BIGINT NOT NULL,
    PRIMARY KEY (company_id, tier_id, criterion_key)
);

CREATE TABLE tier_changes (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id     BIGINT  NOT NULL REFERENCES companies (id),
    program_id     BIGINT  NOT NULL REFERENCES programs (id),
    from_tier_id   BIGINT  NOT NULL REFERENCES tiers (id),
    to_tier_id     BIGINT  NOT NULL REFERENCES tiers (id),
    direction      TEXT    NOT NULL CHECK (direction IN ('up','down')),
    status         TEXT    NOT NULL CHECK (status IN ('proposed','approved','rejected','withdrawn')),
    reason         TEXT    NOT NULL DEFAULT '',
    proposed_at    BIGINT  NOT NULL,
    decided_by     BIGINT  REFERENCES users (id),
    decided_at     BIGINT,
    decision_note  TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX tier_changes_by_status ON tier_changes (status, proposed_at, id);
CREATE INDEX tier_changes_by_company ON tier_changes (company_id, status, proposed_at);

CREATE TABLE tier_events (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id     BIGINT  NOT NULL REFERENCES companies (id),
    kind           TEXT    NOT NULL CHECK (kind IN ('assigned','proposed','approved','rejected','withdrawn','grace_started','grace_cleared','checked','unchecked')),
    from_tier_id   BIGINT  REFERENCES tiers (id),
    to_tier_id     BIGINT  REFERENCES tiers (id),
    note           TEXT    NOT NULL DEFAULT '',
    actor_user_id  BIGINT  REFERENCES users (id),
    at             BIGINT  NOT NULL
);
CREATE INDEX tier_events_by_company ON tier_events (company_id, at, id);

CREATE TABLE payouts (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    status       TEXT    NOT NULL CHECK (status IN ('approved','paid')),
    note         TEXT    NOT NULL DEFAULT '',
    created_by   BIGINT  NOT NULL REFERENCES users (id),
    created_at   BIGINT  NOT NULL,
    paid_by      BIGINT  REFERENCES users (id),
    paid_at      BIGINT,
    reference    TEXT    NOT NULL DEFAULT '',
    version      BIGINT  NOT NULL DEFAULT 1
);
CREATE INDEX payouts_by_created ON payouts (created_at, id);

CREATE TABLE incentive_entries (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id       BIGINT  NOT NULL REFERENCES companies (id),
    deal_id          BIGINT  NOT NULL REFERENCES deals (id),
    kind             TEXT    NOT NULL CHECK (kind IN ('rebate','commission')),
    status           TEXT    NOT NULL CHECK (status IN ('earned','approved','paid','clawed_back')),
    currency         TEXT    NOT NULL,
    base_cents       BIGINT  NOT NULL CHECK (base_cents > 0),
    rate_bp          BIGINT  NOT NULL CHECK (rate_bp BETWEEN 1 AND 10000),
    amount_cents     BIGINT  NOT NULL CHECK (amount_cents > 0),
    tier_id          BIGINT  NOT NULL REFERENCES tiers (id),
    rule_id          BIGINT  NOT NULL REFERENCES tier_rules (id),
    earned_at        BIGINT  NOT NULL,
    payout_id        BIGINT  REFERENCES payouts (id),
    approved_at      BIGINT,
    paid_at          BIGINT,
    clawback_reason  TEXT    NOT NULL DEFAULT '',
    clawed_back_at   BIGINT,
    clawed_back_by   BIGINT  REFERENCES users (id),
    version          BIGINT  NOT NULL DEFAULT 1,
    UNIQUE (deal_id, kind)
);
CREATE INDEX incentive_by_company ON incentive_entries (company_id, status, earned_at);
CREATE INDEX incentive_by_status ON incentive_entries (status, earned_at, id);
CREATE INDEX incentive_by_payout ON incentive_entries (payout_id, id);

CREATE TABLE points (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id  BIGINT  NOT NULL REFERENCES companies (id),
    user_id     BIGINT  REFERENCES users (id),
    kind        TEXT    NOT NULL CHECK (kind IN ('deal_registered','deal_won','training')),
    deal_id     BIGINT  REFERENCES deals (id),
    points      BIGINT  NOT NULL,
    at          BIGINT  NOT NULL,
    UNIQUE (kind, deal_id)
);
CREATE INDEX points_by_company ON points (company_id, at);
CREATE INDEX points_by_at ON points (at, company_id);

CREATE INDEX deals_by_company_decided ON deals (company_id, decided_at);
