-- Scale (measured with examples/scale_bench.rs at 1,000,000 deals): the
-- approval queue reads a manager's pending registrations in SLA order per
-- company; the leaderboard reads yearly point totals per company,
-- kept by a trigger on every change to `points` (so every writer, the jobs,
-- the demo and the data generator included, keeps them right).
CREATE INDEX deals_by_company_status_sla ON deals (company_id, status, sla_due_at, id);
-- Admins' queue of extension requests.
CREATE INDEX deals_by_status_extension ON deals (status, extension, sla_due_at);
-- The partner's first screen reads its open pipeline and this year's wins
-- from the index alone (a company with 100,000 deals: 60 ms -> 1 ms).
CREATE INDEX deals_pipeline ON deals (company_id, status, stage, currency, value_cents, exclusive_until, sla_due_at);
CREATE INDEX deals_won_money ON deals (company_id, status, won_at, currency, final_value_cents, value_cents);
DROP INDEX deals_by_company_won;

CREATE TABLE points_totals (
    company_id  BIGINT NOT NULL REFERENCES companies (id),
    year        BIGINT NOT NULL,
    points      BIGINT NOT NULL,
    PRIMARY KEY (company_id, year)
);
CREATE INDEX points_totals_by_year ON points_totals (year, points);

INSERT INTO points_totals (company_id, year, points)
SELECT company_id, EXTRACT(YEAR FROM to_timestamp(at / 1000.0) AT TIME ZONE 'UTC')::BIGINT, SUM(points)
FROM points GROUP BY 1, 2;

CREATE FUNCTION points_totals_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE points_totals SET points = points - OLD.points
        WHERE company_id = OLD.company_id
          AND year = EXTRACT(YEAR FROM to_timestamp(OLD.at / 1000.0) AT TIME ZONE 'UTC')::BIGINT;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO points_totals (company_id, year, points)
        VALUES (NEW.company_id, EXTRACT(YEAR FROM to_timestamp(NEW.at / 1000.0) AT TIME ZONE 'UTC')::BIGINT, NEW.points)
        ON CONFLICT (company_id, year) DO UPDATE SET points = points_totals.points + EXCLUDED.points;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER points_totals_sync AFTER INSERT OR UPDATE OR DELETE ON points
    FOR EACH ROW EXECUTE FUNCTION points_totals_sync();
