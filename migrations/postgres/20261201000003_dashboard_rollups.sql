-- Daily rollups for the vendor dashboard (decision 0005): per UTC day and
-- company, what the dashboard used to count from every deal of its window
-- (about 500,000 rows for twelve months at 1 M deals). Triggers on `deals`
-- and `points` keep them in the same transaction as the change, so every
-- writer keeps them exact and there is nothing to invalidate across app
-- servers. The dashboard's windows start and end at UTC midnights, so days
-- add up to any window exactly. Rows that fall to zero stay (and are
-- filtered out where a count of companies is read).

CREATE TABLE deal_wins_daily (
    day          BIGINT NOT NULL,
    currency     TEXT   NOT NULL,
    company_id   BIGINT NOT NULL,
    deals        BIGINT NOT NULL,
    value_cents  BIGINT NOT NULL,
    PRIMARY KEY (day, currency, company_id)
);

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
);

CREATE TABLE points_daily (
    day          BIGINT NOT NULL,
    company_id   BIGINT NOT NULL,
    points       BIGINT NOT NULL,
    PRIMARY KEY (day, company_id)
);

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

-- One deal row's part of the rollups, added (sign 1) or taken out (-1).
CREATE FUNCTION deal_rollups_apply(d deals, sign BIGINT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF d.status = 'won' AND d.won_at IS NOT NULL THEN
        INSERT INTO deal_wins_daily (day, currency, company_id, deals, value_cents)
        VALUES (d.won_at / 86400000 * 86400000, d.currency, d.company_id, sign,
                sign * COALESCE(d.final_value_cents, d.value_cents))
        ON CONFLICT (day, currency, company_id) DO UPDATE SET
            deals = deal_wins_daily.deals + EXCLUDED.deals,
            value_cents = deal_wins_daily.value_cents + EXCLUDED.value_cents;
    END IF;
    IF d.submitted_at IS NOT NULL THEN
        INSERT INTO deal_submissions_daily
            (day, company_id, submitted, approved, won, lost, rejected, pending, conflicts)
        VALUES (d.submitted_at / 86400000 * 86400000, d.company_id, sign,
            sign * CASE WHEN d.status IN ('approved','won','lost','expired')
                   OR (d.status = 'withdrawn' AND d.exclusive_until IS NOT NULL) THEN 1 ELSE 0 END,
            sign * CASE WHEN d.status = 'won' THEN 1 ELSE 0 END,
            sign * CASE WHEN d.status = 'lost' THEN 1 ELSE 0 END,
            sign * CASE WHEN d.status = 'rejected' THEN 1 ELSE 0 END,
            sign * CASE WHEN d.status IN ('submitted','draft') THEN 1 ELSE 0 END,
            sign * CASE WHEN d.has_conflict = 1 THEN 1 ELSE 0 END)
        ON CONFLICT (day, company_id) DO UPDATE SET
            submitted = deal_submissions_daily.submitted + EXCLUDED.submitted,
            approved = deal_submissions_daily.approved + EXCLUDED.approved,
            won = deal_submissions_daily.won + EXCLUDED.won,
            lost = deal_submissions_daily.lost + EXCLUDED.lost,
            rejected = deal_submissions_daily.rejected + EXCLUDED.rejected,
            pending = deal_submissions_daily.pending + EXCLUDED.pending,
            conflicts = deal_submissions_daily.conflicts + EXCLUDED.conflicts;
    END IF;
END
$$;

CREATE FUNCTION deal_rollups_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.status IS NOT DISTINCT FROM NEW.status
       AND OLD.won_at IS NOT DISTINCT FROM NEW.won_at
       AND OLD.currency IS NOT DISTINCT FROM NEW.currency
       AND OLD.company_id IS NOT DISTINCT FROM NEW.company_id
       AND OLD.final_value_cents IS NOT DISTINCT FROM NEW.final_value_cents
       AND OLD.value_cents IS NOT DISTINCT FROM NEW.value_cents
       AND OLD.submitted_at IS NOT DISTINCT FROM NEW.submitted_at
       AND OLD.has_conflict IS NOT DISTINCT FROM NEW.has_conflict
       AND (OLD.exclusive_until IS NULL) = (NEW.exclusive_until IS NULL) THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM deal_rollups_apply(OLD, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM deal_rollups_apply(NEW, 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER deal_rollups_sync AFTER INSERT OR UPDATE OR DELETE ON deals
    FOR EACH ROW EXECUTE FUNCTION deal_rollups_sync();

CREATE FUNCTION points_daily_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE points_daily SET points = points - OLD.points
        WHERE day = OLD.at / 86400000 * 86400000 AND company_id = OLD.company_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO points_daily (day, company_id, points)
        VALUES (NEW.at / 86400000 * 86400000, NEW.company_id, NEW.points)
        ON CONFLICT (day, company_id) DO UPDATE SET points = points_daily.points + EXCLUDED.points;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER points_daily_sync AFTER INSERT OR UPDATE OR DELETE ON points
    FOR EACH ROW EXECUTE FUNCTION points_daily_sync();
