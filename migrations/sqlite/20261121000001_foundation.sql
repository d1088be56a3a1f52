-- Foundation: companies, users, staff assignments, sessions, one-time tokens,
-- login throttling, the mail outbox and the hash-chained audit log.
-- Times are BIGINT milliseconds since the Unix epoch, UTC.

CREATE TABLE companies (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT    NOT NULL,
    name_key      TEXT    NOT NULL UNIQUE,
    company_type  TEXT    NOT NULL CHECK (company_type IN ('reseller','distributor','msp','referral','si')),
    region        TEXT    NOT NULL,
    country       TEXT    NOT NULL,
    website       TEXT    NOT NULL DEFAULT '',
    status        TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active','suspended')),
    created_at    BIGINT  NOT NULL,
    updated_at    BIGINT  NOT NULL
);
CREATE INDEX companies_by_name ON companies (name_key, id);
CREATE INDEX companies_by_region ON companies (region, name_key);

CREATE TABLE users (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    email          TEXT    NOT NULL UNIQUE,
    name           TEXT    NOT NULL,
    role           TEXT    NOT NULL CHECK (role IN ('vendor_admin','channel_manager','partner_admin','partner_user')),
    company_id     BIGINT  REFERENCES companies (id),
    password_hash  TEXT,
    status         TEXT    NOT NULL DEFAULT 'invited' CHECK (status IN ('invited','active','disabled')),
    created_at     BIGINT  NOT NULL,
    updated_at     BIGINT  NOT NULL,
    last_login_at  BIGINT,
    CHECK ((role IN ('partner_admin','partner_user')) = (company_id IS NOT NULL))
);
CREATE INDEX users_by_company ON users (company_id, name, id);
CREATE INDEX users_by_role ON users (role, name, id);

CREATE TABLE manager_assignments (
    manager_id   BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    company_id   BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    assigned_at  BIGINT NOT NULL,
    PRIMARY KEY (manager_id, company_id)
);
CREATE INDEX manager_assignments_by_company ON manager_assignments (company_id);

CREATE TABLE sessions (
    id_hash       TEXT   PRIMARY KEY,
    user_id       BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at    BIGINT NOT NULL,
    last_seen_at  BIGINT NOT NULL,
    expires_at    BIGINT NOT NULL,
    ip            TEXT   NOT NULL DEFAULT '',
    user_agent    TEXT   NOT NULL DEFAULT ''
);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE one_time_tokens (
    token_hash  TEXT   PRIMARY KEY,
    purpose     TEXT   NOT NULL CHECK (purpose IN ('invitation','password_reset')),
    user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_by  BIGINT REFERENCES users (id),
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    used_at     BIGINT
);
CREATE INDEX one_time_tokens_by_user ON one_time_tokens (user_id, purpose);

CREATE TABLE login_throttle (
    throttle_key  TEXT   PRIMARY KEY,
    failures      BIGINT NOT NULL,
    window_start  BIGINT NOT NULL,
    locked_until  BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    to_address       TEXT   NOT NULL,
    subject          TEXT   NOT NULL,
    body_text        TEXT   NOT NULL,
    kind             TEXT   NOT NULL,
    status           TEXT   NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','sent','failed','logged')),
    attempts         BIGINT NOT NULL DEFAULT 0,
    last_error       TEXT,
    created_at       BIGINT NOT NULL,
    next_attempt_at  BIGINT NOT NULL,
    sent_at          BIGINT
);
CREATE INDEX outbox_pending ON outbox (status, next_attempt_at);
CREATE INDEX outbox_by_created ON outbox (created_at, id);

CREATE TABLE audit_log (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    at                BIGINT NOT NULL,
    actor_user_id     BIGINT,
    actor_company_id  BIGINT,
    action            TEXT   NOT NULL,
    object_type       TEXT   NOT NULL DEFAULT '',
    object_id         TEXT   NOT NULL DEFAULT '',
    outcome           TEXT   NOT NULL CHECK (outcome IN ('success','failure','denied')),
    detail            TEXT   NOT NULL DEFAULT '',
    ip                TEXT   NOT NULL DEFAULT '',
    prev_hash         TEXT   NOT NULL,
    hash              TEXT   NOT NULL
);
CREATE INDEX audit_log_by_time ON audit_log (at, id);
CREATE INDEX audit_log_by_actor ON audit_log (actor_user_id, id);
