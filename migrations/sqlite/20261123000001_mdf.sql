-- Market development funds (MDF): funds per partner company and period as
-- an append-only ledger, requests with their claims, proof-of-performance
-- files, linked deals, history, and staged CSV allocations. Money is BIGINT
-- minor units with an ISO currency; times are BIGINT ms since the epoch, UTC.

-- One pot of money per company and period ("2026-Q4" or "2026").
CREATE TABLE mdf_funds (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id  BIGINT  NOT NULL REFERENCES companies (id),
    period      TEXT    NOT NULL,
    currency    TEXT    NOT NULL,
    starts_at   BIGINT  NOT NULL,
    ends_at     BIGINT  NOT NULL,
    expired_at  BIGINT,
    created_at  BIGINT  NOT NULL,
    UNIQUE (company_id, period)
);
CREATE INDEX mdf_funds_by_period ON mdf_funds (period, company_id);
CREATE INDEX mdf_funds_by_end ON mdf_funds (expired_at, ends_at);

CREATE TABLE mdf_requests (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id          BIGINT  NOT NULL REFERENCES companies (id),
    fund_id             BIGINT  NOT NULL REFERENCES mdf_funds (id),
    owner_user_id       BIGINT  NOT NULL REFERENCES users (id),
    status              TEXT    NOT NULL CHECK (status IN ('submitted','returned','declined','cancelled','approved','claimed','changes_requested','claim_rejected','claim_approved','reimbursed','expired')),
    activity_type       TEXT    NOT NULL CHECK (activity_type IN ('event','webinar','digital','syndication','training','other')),
    title               TEXT    NOT NULL,
    description         TEXT    NOT NULL DEFAULT '',
    starts_on           BIGINT  NOT NULL,
    ends_on             BIGINT  NOT NULL,
    currency            TEXT    NOT NULL,
    total_cost_cents    BIGINT  NOT NULL CHECK (total_cost_cents > 0),
    requested_cents     BIGINT  NOT NULL CHECK (requested_cents > 0),
    contribution_cents  BIGINT  NOT NULL DEFAULT 0 CHECK (contribution_cents >= 0),
    expected_leads      BIGINT  NOT NULL DEFAULT 0,
    expected_pipeline_cents BIGINT NOT NULL DEFAULT 0,
    max_percent         BIGINT  NOT NULL CHECK (max_percent BETWEEN 1 AND 100),
    approved_cents      BIGINT,
    decision_reason     TEXT    NOT NULL DEFAULT '',
    decided_by          BIGINT  REFERENCES users (id),
    decided_at          BIGINT,
    claim_due_at        BIGINT,
    actual_cost_cents   BIGINT,
    actual_leads        BIGINT,
    claim_notes         TEXT    NOT NULL DEFAULT '',
    claimed_cents       BIGINT,
    claim_submitted_at  BIGINT,
    claim_approved_cents BIGINT,
    claim_reason        TEXT    NOT NULL DEFAULT '',
    claim_decided_by    BIGINT  REFERENCES users (id),
    claim_decided_at    BIGINT,
    payment_reference   TEXT    NOT NULL DEFAULT '',
    paid_on             BIGINT,
    submitted_at        BIGINT  NOT NULL,
    sla_due_at          BIGINT,
    escalated_at        BIGINT,
    request_ms          BIGINT,
    created_at          BIGINT  NOT NULL,
    updated_at          BIGINT  NOT NULL,
    version             BIGINT  NOT NULL DEFAULT 1
);
CREATE INDEX mdf_requests_by_company ON mdf_requests (company_id, updated_at, id);
CREATE INDEX mdf_requests_by_fund ON mdf_requests (fund_id, status);
CREATE INDEX mdf_requests_by_status ON mdf_requests (status, sla_due_at, id);
CREATE INDEX mdf_requests_by_claim_due ON mdf_requests (status, claim_due_at);

-- The ledger. Amounts are positive; the kind says which way money moves:
-- allocation (+ available; negative = a reduction), commitment (available
-- -> committed), release (committed -> available), claim (committed ->
-- claimed), reimbursement (claimed -> paid), expiry (available -> expired).
CREATE TABLE mdf_ledger (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    fund_id        BIGINT  NOT NULL REFERENCES mdf_funds (id),
    company_id     BIGINT  NOT NULL REFERENCES companies (id),
    kind           TEXT    NOT NULL CHECK (kind IN ('allocation','commitment','release','claim','reimbursement','expiry')),
    amount_cents   BIGINT  NOT NULL,
    request_id     BIGINT  REFERENCES mdf_requests (id),
    actor_user_id  BIGINT  REFERENCES users (id),
    note           TEXT    NOT NULL DEFAULT '',
    created_at     BIGINT  NOT NULL
);
CREATE INDEX mdf_ledger_by_fund ON mdf_ledger (fund_id, kind);
CREATE INDEX mdf_ledger_by_request ON mdf_ledger (request_id);

-- The deals an activity produced (for ROI).
CREATE TABLE mdf_request_deals (
    request_id  BIGINT NOT NULL REFERENCES mdf_requests (id) ON DELETE CASCADE,
    deal_id     BIGINT NOT NULL REFERENCES deals (id),
    PRIMARY KEY (request_id, deal_id)
);
CREATE INDEX mdf_request_deals_by_deal ON mdf_request_deals (deal_id);

-- Proof of performance. The bytes live in the upload folder under
-- `storage_key`, a server-made random name; the partner's file name is
-- kept only for display and the download's Content-Disposition.
CREATE TABLE mdf_files (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id    BIGINT  NOT NULL REFERENCES mdf_requests (id),
    company_id    BIGINT  NOT NULL REFERENCES companies (id),
    uploaded_by   BIGINT  NOT NULL REFERENCES users (id),
    file_name     TEXT    NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('pdf','png','jpeg','csv','xlsx')),
    size_bytes    BIGINT  NOT NULL,
    sha256        TEXT    NOT NULL,
    storage_key   TEXT    NOT NULL UNIQUE,
    removed_at    BIGINT,
    created_at    BIGINT  NOT NULL
);
CREATE INDEX mdf_files_by_request ON mdf_files (request_id, id);

CREATE TABLE mdf_events (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id     BIGINT NOT NULL REFERENCES mdf_requests (id),
    at             BIGINT NOT NULL,
    actor_user_id  BIGINT REFERENCES users (id),
    kind           TEXT   NOT NULL,
    from_status    TEXT,
    to_status      TEXT,
    amount_cents   BIGINT,
    note           TEXT   NOT NULL DEFAULT ''
);
CREATE INDEX mdf_events_by_request ON mdf_events (request_id, id);

-- A CSV of allocations waiting for its preview to be confirmed.
CREATE TABLE mdf_allocation_batches (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    created_by  BIGINT  NOT NULL REFERENCES users (id),
    file_name   TEXT    NOT NULL DEFAULT '',
    body        TEXT    NOT NULL,
    applied_at  BIGINT,
    created_at  BIGINT  NOT NULL
);
