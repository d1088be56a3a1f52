-- Deal registration: the product list, program settings, registrations with
-- their products, history and conflicts, approval rules and in-app
-- notifications. Times are BIGINT milliseconds since the Unix epoch, UTC;
-- money is BIGINT minor units (cents) with an ISO currency code.

CREATE TABLE products (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    sku         TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    active      BIGINT  NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL
);
CREATE INDEX products_by_name ON products (active, name);

-- Program-wide settings as typed key/value pairs (read through
-- features::deals::store::Settings, with defaults for missing keys).
CREATE TABLE settings (
    setting_key  TEXT   PRIMARY KEY,
    value        TEXT   NOT NULL,
    updated_at   BIGINT NOT NULL
);

-- Whether a partner user sees all of the company's deals or only their own.
ALTER TABLE companies ADD COLUMN deal_visibility TEXT NOT NULL DEFAULT 'company'
    CHECK (deal_visibility IN ('company', 'own'));

CREATE TABLE approval_rules (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    position         BIGINT  NOT NULL,
    name             TEXT    NOT NULL,
    company_id       BIGINT  REFERENCES companies (id) ON DELETE CASCADE,
    region           TEXT,
    product_id       BIGINT  REFERENCES products (id) ON DELETE CASCADE,
    min_value_cents  BIGINT,
    max_value_cents  BIGINT,
    conflict         TEXT    NOT NULL DEFAULT 'any' CHECK (conflict IN ('any','none','conflict')),
    action           TEXT    NOT NULL CHECK (action IN ('auto_approve','route_manager','route_admin')),
    active           BIGINT  NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at       BIGINT  NOT NULL,
    updated_at       BIGINT  NOT NULL
);
CREATE INDEX approval_rules_by_position ON approval_rules (position, id);

CREATE TABLE deals (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id         BIGINT  NOT NULL REFERENCES companies (id),
    owner_user_id      BIGINT  NOT NULL REFERENCES users (id),
    status             TEXT    NOT NULL CHECK (status IN ('draft','submitted','approved','rejected','won','lost','expired','withdrawn')),
    customer_name      TEXT    NOT NULL,
    customer_key       TEXT    NOT NULL,
    customer_token     TEXT    NOT NULL,
    customer_domain    TEXT    NOT NULL DEFAULT '',
    contact_name       TEXT    NOT NULL,
    contact_email      TEXT    NOT NULL,
    contact_phone      TEXT    NOT NULL DEFAULT '',
    country            TEXT    NOT NULL,
    region             TEXT    NOT NULL,
    value_cents        BIGINT  NOT NULL CHECK (value_cents > 0),
    currency           TEXT    NOT NULL,
    close_date         BIGINT  NOT NULL,
    deal_type          TEXT    NOT NULL CHECK (deal_type IN ('new','upsell','renewal')),
    stage              TEXT    NOT NULL DEFAULT 'qualify',
    probability        BIGINT  NOT NULL DEFAULT 10 CHECK (probability BETWEEN 0 AND 100),
    notes              TEXT    NOT NULL DEFAULT '',
    has_conflict       BIGINT  NOT NULL DEFAULT 0 CHECK (has_conflict IN (0, 1)),
    second_partner     BIGINT  NOT NULL DEFAULT 0 CHECK (second_partner IN (0, 1)),
    route              TEXT    NOT NULL DEFAULT 'manager' CHECK (route IN ('manager','admins','auto')),
    rule_id            BIGINT  REFERENCES approval_rules (id) ON DELETE SET NULL,
    decision_reason    TEXT    NOT NULL DEFAULT '',
    decided_by         BIGINT  REFERENCES users (id),
    final_value_cents  BIGINT,
    lost_reason        TEXT    NOT NULL DEFAULT '',
    submitted_at       BIGINT,
    decided_at         BIGINT,
    sla_due_at         BIGINT,
    escalated_at       BIGINT,
    exclusive_until    BIGINT,
    reminded_days      BIGINT,
    extension          TEXT    NOT NULL DEFAULT 'none' CHECK (extension IN ('none','requested','granted','refused')),
    extension_reason   TEXT    NOT NULL DEFAULT '',
    registration_ms    BIGINT,
    created_at         BIGINT  NOT NULL,
    updated_at         BIGINT  NOT NULL,
    version            BIGINT  NOT NULL DEFAULT 1
);
CREATE INDEX deals_by_company ON deals (company_id, updated_at, id);
CREATE INDEX deals_by_company_status ON deals (company_id, status, updated_at, id);
CREATE INDEX deals_by_owner ON deals (owner_user_id, updated_at, id);
CREATE INDEX deals_by_domain ON deals (customer_domain, status);
CREATE INDEX deals_by_token ON deals (customer_token, status);
CREATE INDEX deals_by_status_sla ON deals (status, sla_due_at);
CREATE INDEX deals_by_status_exclusive ON deals (status, exclusive_until);
CREATE INDEX deals_by_status_updated ON deals (status, updated_at, id);
-- The published median approval time and the analytics windows.
CREATE INDEX deals_by_decided ON deals (decided_at);
CREATE INDEX deals_by_submitted ON deals (submitted_at);

CREATE TABLE deal_products (
    deal_id     BIGINT NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    product_id  BIGINT NOT NULL REFERENCES products (id),
    PRIMARY KEY (deal_id, product_id)
);
CREATE INDEX deal_products_by_product ON deal_products (product_id);

-- The full history of a deal: who, when (UTC), what changed, before/after.
CREATE TABLE deal_events (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    deal_id        BIGINT NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    at             BIGINT NOT NULL,
    actor_user_id  BIGINT REFERENCES users (id),
    kind           TEXT   NOT NULL,
    from_status    TEXT,
    to_status      TEXT,
    changes        TEXT   NOT NULL DEFAULT '[]',
    note           TEXT   NOT NULL DEFAULT ''
);
CREATE INDEX deal_events_by_deal ON deal_events (deal_id, id);

-- Pairs of registrations that look like the same customer and products.
CREATE TABLE deal_conflicts (
    deal_id        BIGINT NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    other_deal_id  BIGINT NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    reason         TEXT   NOT NULL CHECK (reason IN ('same_domain','similar_name')),
    created_at     BIGINT NOT NULL,
    PRIMARY KEY (deal_id, other_deal_id)
);
CREATE INDEX deal_conflicts_by_other ON deal_conflicts (other_deal_id);

CREATE TABLE notifications (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind        TEXT   NOT NULL,
    title       TEXT   NOT NULL,
    body        TEXT   NOT NULL DEFAULT '',
    link        TEXT   NOT NULL DEFAULT '',
    created_at  BIGINT NOT NULL,
    read_at     BIGINT
);
CREATE INDEX notifications_by_user ON notifications (user_id, read_at, id);
