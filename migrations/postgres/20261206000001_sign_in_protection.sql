-- Issue 21: sign-in protection that an attacker cannot turn against the
-- account's owner, and password-reset requests that take the same path
-- whatever the address.
--
-- login_throttle.last_at: the time of the latest counted failure, from
-- which the account-wide slowdown's growing delay is measured.
ALTER TABLE login_throttle ADD COLUMN last_at BIGINT NOT NULL DEFAULT 0;

-- One-time tokens gain the 'unlock' purpose (the link e-mailed to a person
-- whose account is being attacked).
ALTER TABLE one_time_tokens DROP CONSTRAINT one_time_tokens_purpose_check;
ALTER TABLE one_time_tokens ADD CONSTRAINT one_time_tokens_purpose_check
    CHECK (purpose IN ('invitation','password_reset','unlock'));

-- Browsers a person has signed in from (or unlocked with the e-mailed
-- link): the cookie holds a random secret, this table its SHA-256. A known
-- browser is not slowed down by failures from elsewhere.
CREATE TABLE trusted_devices (
    token_hash    TEXT   PRIMARY KEY,
    user_id       BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at    BIGINT NOT NULL,
    expires_at    BIGINT NOT NULL
);
CREATE INDEX trusted_devices_by_user ON trusted_devices (user_id);

-- Mail about an account that an anonymous request asks for ("forgot
-- password", and the unlock link when sign-in is slowed down), answered at
-- once and handled by the mail worker: the answer and its time are the
-- same whether the address belongs to an account or not.
CREATE TABLE account_mail_requests (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind          TEXT   NOT NULL CHECK (kind IN ('password_reset','unlock')),
    email         TEXT   NOT NULL,
    ip            TEXT   NOT NULL DEFAULT '',
    requested_at  BIGINT NOT NULL
);
