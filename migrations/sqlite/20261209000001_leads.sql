-- Leads (issue 24): leads the vendor hands its partners, the ordered
-- distribution rules that choose the partner (each rule's round-robin
-- position is its own row, locked while a lead is handed out), each
-- company's open-lead limit, and every move in a lead's history. Money is
-- BIGINT minor units with an ISO currency; times BIGINT ms since the epoch.

CREATE TABLE lead_rules (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    position        BIGINT  NOT NULL,
    name            TEXT    NOT NULL,
    region          TEXT,
    country         TEXT,
    product_id      BIGINT  REFERENCES products (id) ON DELETE CASCADE,
    tier_id         BIGINT,
    company_type    TEXT,
    strategy        TEXT    NOT NULL CHECK (strategy IN ('named','round_robin','weighted','capacity')),
    company_id      BIGINT  REFERENCES companies (id) ON DELETE CASCADE,
    accept_hours    BIGINT  NOT NULL DEFAULT 48 CHECK (accept_hours BETWEEN 1 AND 720),
    rr_cursor       BIGINT  NOT NULL DEFAULT 0,
    active          BIGINT  NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at      BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL,
    CHECK ((strategy = 'named') = (company_id IS NOT NULL))
);
CREATE INDEX lead_rules_by_position ON lead_rules (active, position, id);

-- A company's open-lead limit (leads offered to it or being worked); a
-- company without a row has the program's default.
CREATE TABLE lead_capacity (
    company_id  BIGINT  PRIMARY KEY REFERENCES companies (id) ON DELETE CASCADE,
    max_open    BIGINT  NOT NULL CHECK (max_open BETWEEN 0 AND 100000),
    updated_at  BIGINT  NOT NULL
);

CREATE TABLE leads (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    status            TEXT    NOT NULL CHECK (status IN ('queued','offered','accepted','contacted','qualified','converted','disqualified','returned')),
    version           BIGINT  NOT NULL DEFAULT 0,
    company_id        BIGINT  REFERENCES companies (id),
    assignee_user_id  BIGINT  REFERENCES users (id),
    rule_id           BIGINT  REFERENCES lead_rules (id) ON DELETE SET NULL,
    customer_name     TEXT    NOT NULL,
    customer_key      TEXT    NOT NULL,
    customer_domain   TEXT    NOT NULL DEFAULT '',
    contact_name      TEXT    NOT NULL DEFAULT '',
    contact_email     TEXT    NOT NULL DEFAULT '',
    contact_phone     TEXT    NOT NULL DEFAULT '',
    contact_title     TEXT    NOT NULL DEFAULT '',
    country           TEXT    NOT NULL,
    region            TEXT    NOT NULL,
    product_id        BIGINT  REFERENCES products (id),
    value_cents       BIGINT  CHECK (value_cents IS NULL OR value_cents > 0),
    currency          TEXT    NOT NULL,
    source            TEXT    NOT NULL CHECK (source IN ('campaign','web_form','event','referral')),
    notes             TEXT    NOT NULL DEFAULT '',
    -- Held in the staff queue: another partner's active registration of
    -- the same customer (never offered automatically).
    conflict_deal_id  BIGINT,
    conflict_company_id BIGINT REFERENCES companies (id),
    offered_at        BIGINT,
    offer_due_at      BIGINT,
    reminded_at       BIGINT,
    accepted_at       BIGINT,
    closed_at         BIGINT,
    close_reason      TEXT    NOT NULL DEFAULT '',
    converted_deal_id BIGINT,
    created_by        BIGINT  REFERENCES users (id),
    created_at        BIGINT  NOT NULL,
    updated_at        BIGINT  NOT NULL,
    CHECK ((status IN ('queued','returned')) = (company_id IS NULL))
);
-- The partner's inbox and the staff's queues, newest first.
CREATE INDEX leads_by_company ON leads (company_id, status, updated_at, id);
CREATE INDEX leads_by_status ON leads (status, updated_at, id);
-- The offer job: offers past (or near) their acceptance deadline.
CREATE INDEX leads_offer_due ON leads (status, offer_due_at);

CREATE TABLE lead_events (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    lead_id        BIGINT  NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
    at             BIGINT  NOT NULL,
    actor_user_id  BIGINT  REFERENCES users (id),
    kind           TEXT    NOT NULL,
    to_status      TEXT,
    company_id     BIGINT  REFERENCES companies (id),
    reason         TEXT    NOT NULL DEFAULT '',
    note           TEXT    NOT NULL DEFAULT '',
    note_msg       TEXT
);
CREATE INDEX lead_events_by_lead ON lead_events (lead_id, at, id);
-- Which companies already passed on a lead (rejected or let it time out).
CREATE INDEX lead_events_passed ON lead_events (lead_id, kind, company_id);

-- The offer job's lease (server::jobs).
INSERT INTO job_leases (name) VALUES ('leads');
