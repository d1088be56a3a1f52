-- Recruitment (issue 24): companies apply on the public "become a
-- partner" page, confirm their e-mail by a link, and wait in the channel
-- managers' vetting queue (never approved automatically). Approval creates
-- the company (kernel `companies`) and invites the contact; the
-- application keeps what was asked and what was decided.
CREATE TABLE partner_applications (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    status           TEXT    NOT NULL CHECK (status IN ('unconfirmed','pending','approved','declined')),
    legal_name       TEXT    NOT NULL,
    name_key         TEXT    NOT NULL,
    website          TEXT    NOT NULL DEFAULT '',
    domain           TEXT    NOT NULL DEFAULT '',
    country          TEXT    NOT NULL,
    partner_type     TEXT    NOT NULL,
    specialisations  TEXT    NOT NULL DEFAULT '',
    revenue_band     TEXT    NOT NULL,
    tax_id           TEXT    NOT NULL DEFAULT '',
    contact_name     TEXT    NOT NULL,
    contact_email    TEXT    NOT NULL,
    contact_phone    TEXT    NOT NULL DEFAULT '',
    message          TEXT    NOT NULL DEFAULT '',
    locale           TEXT    NOT NULL DEFAULT 'en',
    ip               TEXT    NOT NULL DEFAULT '',
    -- SHA-256 of the e-mail confirmation link's secret, until it is used.
    confirm_hash     TEXT,
    confirm_due_at   BIGINT,
    created_at       BIGINT  NOT NULL,
    confirmed_at     BIGINT,
    decided_at       BIGINT,
    decided_by       BIGINT  REFERENCES users (id),
    decline_reason   TEXT    NOT NULL DEFAULT '',
    company_id       BIGINT  REFERENCES companies (id),
    invited_user_id  BIGINT  REFERENCES users (id),
    -- The approved company's first deal registration (the ramp time runs
    -- from decided_at to here), written by the deals' "registered" event.
    first_deal_at    BIGINT
);
-- The queue (pending, oldest first) and the decided lists (newest first).
CREATE INDEX applications_by_status ON partner_applications (status, confirmed_at, id);
CREATE UNIQUE INDEX applications_by_confirm ON partner_applications (confirm_hash);
CREATE INDEX applications_by_company ON partner_applications (company_id);
