-- The seed's success measures (issue 24). Who used the portal on which
-- UTC day: a row per person and day they signed in or came back with
-- their session (written at most once a day per session), for "partner
-- revenue per active portal user" over any period. Kernel-owned, like
-- the sessions it is written from. Filled from the last sign-in known.
CREATE TABLE user_active_days (
    day      BIGINT NOT NULL,
    user_id  BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (day, user_id)
) WITHOUT ROWID;

INSERT INTO user_active_days (day, user_id)
SELECT last_login_at / 86400000 * 86400000, id FROM users WHERE last_login_at IS NOT NULL;

-- The portal pulse: at most one answer per person and quarter (the
-- quarter's first UTC day); a score of NULL is "not now" (dismissed for
-- the quarter). The dashboard's net promoter score reads the answers of
-- its period.
CREATE TABLE pulse_responses (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id        BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    company_id     BIGINT  NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    quarter_start  BIGINT  NOT NULL,
    score          BIGINT  CHECK (score IS NULL OR score BETWEEN 0 AND 10),
    comment        TEXT    NOT NULL DEFAULT '',
    answered_at    BIGINT  NOT NULL,
    UNIQUE (user_id, quarter_start)
);
CREATE INDEX pulse_by_time ON pulse_responses (answered_at, company_id);
