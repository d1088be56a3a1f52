-- Daily rollups for the vendor dashboard (decision 0005): per UTC day and
-- company, what the dashboard used to count from every deal of its window
-- (about 500,000 rows for twelve months at 1 M deals, 3.8 s). Triggers on
-- `deals` and `points` keep them in the same transaction as the change, so
-- every writer (requests, jobs, the demo, the generator's rebuild) keeps
-- them exact and there is nothing to invalidate across app servers. The
-- dashboard's windows start and end at UTC midnights, so days add up to
-- any window exactly. Rows that fall to zero stay (and are filtered out
-- where a count of companies is read).

-- Won deals by the day they were won, per currency.
CREATE TABLE deal_wins_daily (
    day          BIGINT NOT NULL,
    currency     TEXT   NOT NULL,
    company_id   BIGINT NOT NULL,
    deals        BIGINT NOT NULL,
    value_cents  BIGINT NOT NULL,
    PRIMARY KEY (day, currency, company_id)
) WITHOUT ROWID;

-- Registrations by the day they were submitted, counted by where they are now.
CREATE TABLE deal_submissions_daily (
    day          BIGINT NOT NULL,
    company_id   BIGINT NOT NULL,
    submitted    BIGINT NOT NULL,
    approved     BIGINT NOT NULL,
    won          BIGINT NOT NULL,
    lost         BIGINT NOT NULL,
    rejected     BIGINT NOT NULL,
    pending      BIGINT NOT NULL,
    conflicts    BIGINT NOT NULL,
    PRIMARY KEY (day, company_id)
) WITHOUT ROWID;

-- Points by the day they were earned.
CREATE TABLE points_daily (
    day          BIGINT NOT NULL,
    company_id   BIGINT NOT NULL,
    points       BIGINT NOT NULL,
    PRIMARY KEY (day, company_id)
) WITHOUT ROWID;

INSERT INTO deal_wins_daily (day, currency, company_id, deals, value_cents)
SELECT won_at / 86400000 * 86400000, currency, company_id, COUNT(*),
       SUM(COALESCE(final_value_cents, value_cents))
FROM deals WHERE status = 'won' AND won_at IS NOT NULL GROUP BY 1, 2, 3;

INSERT INTO deal_submissions_daily
    (day, company_id, submitted, approved, won, lost, rejected, pending, conflicts)
SELECT submitted_at / 86400000 * 86400000, company_id, COUNT(*),
       SUM(CASE WHEN status IN ('approved','won','lost','expired')
                  OR (status = 'withdrawn' AND exclusive_until IS NOT NULL) THEN 1 ELSE 0 END),
       SUM(CASE WHEN status = 'won' THEN 1 ELSE 0 END),
       SUM(CASE WHEN status = 'lost' THEN 1 ELSE 0 END),
       SUM(CASE WHEN status = 'rejected' THEN 1 ELSE 0 END),
       SUM(CASE WHEN status IN ('submitted','draft') THEN 1 ELSE 0 END),
       SUM(CASE WHEN has_conflict = 1 THEN 1 ELSE 0 END)
FROM deals WHERE submitted_at IS NOT NULL GROUP BY 1, 2;

INSERT INTO points_daily (day, company_id, points)
SELECT at / 86400000 * 86400000, company_id, SUM(points) FROM points GROUP BY 1, 2;

CREATE TRIGGER deal_rollups_insert AFTER INSERT ON deals BEGIN
    INSERT INTO deal_wins_daily (day, currency, company_id, deals, value_cents)
    SELECT NEW.won_at / 86400000 * 86400000, NEW.currency, NEW.company_id, 1,
           COALESCE(NEW.final_value_cents, NEW.value_cents)
    WHERE NEW.status = 'won' AND NEW.won_at IS NOT NULL
    ON CONFLICT (day, currency, company_id) DO UPDATE SET
        deals = deals + excluded.deals, value_cents = value_cents + excluded.value_cents;
    INSERT INTO deal_submissions_daily
        (day, company_id, submitted, approved, won, lost, rejected, pending, conflicts)
    SELECT NEW.submitted_at / 86400000 * 86400000, NEW.company_id, 1,
           CASE WHEN NEW.status IN ('approved','won','lost','expired')
                  OR (NEW.status = 'withdrawn' AND NEW.exclusive_until IS NOT NULL) THEN 1 ELSE 0 END,
           CASE WHEN NEW.status = 'won' THEN 1 ELSE 0 END,
           CASE WHEN NEW.status = 'lost' THEN 1 ELSE 0 END,
           CASE WHEN NEW.status = 'rejected' THEN 1 ELSE 0 END,
           CASE WHEN NEW.status IN ('submitted','draft') THEN 1 ELSE 0 END,
           CASE WHEN NEW.has_conflict = 1 THEN 1 ELSE 0 END
    WHERE NEW.submitted_at IS NOT NULL
    ON CONFLICT (day, company_id) DO UPDATE SET
        submitted = submitted + excluded.submitted, approved = approved + excluded.approved,
        won = won + excluded.won, lost = lost + excluded.lost,
        rejected = rejected + excluded.rejected, pending = pending + excluded.pending,
        conflicts = conflicts + excluded.conflicts;
END;

CREATE TRIGGER deal_rollups_delete AFTER DELETE ON deals BEGIN
    UPDATE deal_wins_daily SET deals = deals - 1,
        value_cents = value_cents - COALESCE(OLD.final_value_cents, OLD.value_cents)
    WHERE OLD.status = 'won' AND OLD.won_at IS NOT NULL
      AND day = OLD.won_at / 86400000 * 86400000 AND currency = OLD.currency
      AND company_id = OLD.company_id;
    UPDATE deal_submissions_daily SET submitted = submitted - 1,
        approved = approved - CASE WHEN OLD.status IN ('approved','won','lost','expired')
                  OR (OLD.status = 'withdrawn' AND OLD.exclusive_until IS NOT NULL) THEN 1 ELSE 0 END,
        won = won - CASE WHEN OLD.status = 'won' THEN 1 ELSE 0 END,
        lost = lost - CASE WHEN OLD.status = 'lost' THEN 1 ELSE 0 END,
        rejected = rejected - CASE WHEN OLD.status = 'rejected' THEN 1 ELSE 0 END,
        pending = pending - CASE WHEN OLD.status IN ('submitted','draft') THEN 1 ELSE 0 END,
        conflicts = conflicts - CASE WHEN OLD.has_conflict = 1 THEN 1 ELSE 0 END
    WHERE OLD.submitted_at IS NOT NULL
      AND day = OLD.submitted_at / 86400000 * 86400000 AND company_id = OLD.company_id;
END;

-- An update is the old row taken out and the new one put in; it fires only
-- when a column the rollups read changed (edits of notes, stage or contacts
-- do not touch them).
CREATE TRIGGER deal_rollups_update
AFTER UPDATE OF status, won_at, currency, company_id, final_value_cents, value_cents,
                submitted_at, has_conflict, exclusive_until ON deals
WHEN OLD.status IS NOT NEW.status OR OLD.won_at IS NOT NEW.won_at
  OR OLD.currency IS NOT NEW.currency OR OLD.company_id IS NOT NEW.company_id
  OR OLD.final_value_cents IS NOT NEW.final_value_cents OR OLD.value_cents IS NOT NEW.value_cents
  OR OLD.submitted_at IS NOT NEW.submitted_at OR OLD.has_conflict IS NOT NEW.has_conflict
  OR (OLD.exclusive_until IS NULL) <> (NEW.exclusive_until IS NULL)
BEGIN
    UPDATE deal_wins_daily SET deals = deals - 1,
        value_cents = value_cents - COALESCE(OLD.final_value_cents, OLD.value_cents)
    WHERE OLD.status = 'won' AND OLD.won_at IS NOT NULL
      AND day = OLD.won_at / 86400000 * 86400000 AND currency = OLD.currency
      AND company_id = OLD.company_id;
    UPDATE deal_submissions_daily SET submitted = submitted - 1,
        approved = approved - CASE WHEN OLD.status IN ('approved','won','lost','expired')
                  OR (OLD.status = 'withdrawn' AND OLD.exclusive_until IS NOT NULL) THEN 1 ELSE 0 END,
        won = won - CASE WHEN OLD.status = 'won' THEN 1 ELSE 0 END,
        lost = lost - CASE WHEN OLD.status = 'lost' THEN 1 ELSE 0 END,
        rejected = rejected - CASE WHEN OLD.status = 'rejected' THEN 1 ELSE 0 END,
        pending = pending - CASE WHEN OLD.status IN ('submitted','draft') THEN 1 ELSE 0 END,
        conflicts = conflicts - CASE WHEN OLD.has_conflict = 1 THEN 1 ELSE 0 END
    WHERE OLD.submitted_at IS NOT NULL
      AND day = OLD.submitted_at / 86400000 * 86400000 AND company_id = OLD.company_id;
    INSERT INTO deal_wins_daily (day, currency, company_id, deals, value_cents)
    SELECT NEW.won_at / 86400000 * 86400000, NEW.currency, NEW.company_id, 1,
           COALESCE(NEW.final_value_cents, NEW.value_cents)
    WHERE NEW.status = 'won' AND NEW.won_at IS NOT NULL
    ON CONFLICT (day, currency, company_id) DO UPDATE SET
        deals = deals + excluded.deals, value_cents = value_cents + excluded.value_cents;
    INSERT INTO deal_submissions_daily
        (day, company_id, submitted, approved, won, lost, rejected, pending, conflicts)
    SELECT NEW.submitted_at / 86400000 * 86400000, NEW.company_id, 1,
           CASE WHEN NEW.status IN ('approved','won','lost','expired')
                  OR (NEW.status = 'withdrawn' AND NEW.exclusive_until IS NOT NULL) THEN 1 ELSE 0 END,
           CASE WHEN NEW.status = 'won' THEN 1 ELSE 0 END,
           CASE WHEN NEW.status = 'lost' THEN 1 ELSE 0 END,
           CASE WHEN NEW.status = 'rejected' THEN 1 ELSE 0 END,
           CASE WHEN NEW.status IN ('submitted','draft') THEN 1 ELSE 0 END,
           CASE WHEN NEW.has_conflict = 1 THEN 1 ELSE 0 END
    WHERE NEW.submitted_at IS NOT NULL
    ON CONFLICT (day, company_id) DO UPDATE SET
        submitted = submitted + excluded.submitted, approved = approved + excluded.approved,
        won = won + excluded.won, lost = lost + excluded.lost,
        rejected = rejected + excluded.rejected, pending = pending + excluded.pending,
        conflicts = conflicts + excluded.conflicts;
END;

CREATE TRIGGER points_daily_insert AFTER INSERT ON points BEGIN
    INSERT INTO points_daily (day, company_id, points)
    VALUES (NEW.at / 86400000 * 86400000, NEW.company_id, NEW.points)
    ON CONFLICT (day, company_id) DO UPDATE SET points = points + excluded.points;
END;

CREATE TRIGGER points_daily_delete AFTER DELETE ON points BEGIN
    UPDATE points_daily SET points = points - OLD.points
    WHERE day = OLD.at / 86400000 * 86400000 AND company_id = OLD.company_id;
END;

CREATE TRIGGER points_daily_update AFTER UPDATE OF company_id, points, at ON points BEGIN
    UPDATE points_daily SET points = points - OLD.points
    WHERE day = OLD.at / 86400000 * 86400000 AND company_id = OLD.company_id;
    INSERT INTO points_daily (day, company_id, points)
    VALUES (NEW.at / 86400000 * 86400000, NEW.company_id, NEW.points)
    ON CONFLICT (day, company_id) DO UPDATE SET points = points + excluded.points;
END;
