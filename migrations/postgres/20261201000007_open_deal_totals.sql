-- The first screen's deal figures per company (pending, returned and
-- approved counts; open pipeline by stage and currency), kept by a trigger
-- in the transaction of every change, as the dashboard rollups are
-- (decision 0005). The partner home of a company with 100,000 deals read
-- its open deals four times per request (counts, pipeline, stages); these
-- are a few rows per company. Only open statuses are kept, so a company's
-- rows stay bounded by statuses x stages x currencies. Rows that fall to
-- zero stay.
CREATE TABLE deal_open_totals (
    company_id   BIGINT NOT NULL,
    status       TEXT   NOT NULL,
    stage        TEXT   NOT NULL,
    currency     TEXT   NOT NULL,
    deals        BIGINT NOT NULL,
    value_cents  BIGINT NOT NULL,
    PRIMARY KEY (company_id, status, stage, currency)
);

-- The vendor's totals over every company, grouped without a sort.
CREATE INDEX deal_open_totals_by_status ON deal_open_totals (status, stage, currency, deals, value_cents);

INSERT INTO deal_open_totals (company_id, status, stage, currency, deals, value_cents)
SELECT company_id, status, stage, currency, COUNT(*), SUM(value_cents)
FROM deals WHERE status IN ('draft','submitted','approved') GROUP BY 1, 2, 3, 4;

CREATE FUNCTION deal_open_totals_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.company_id IS NOT DISTINCT FROM NEW.company_id
       AND OLD.status IS NOT DISTINCT FROM NEW.status
       AND OLD.stage IS NOT DISTINCT FROM NEW.stage
       AND OLD.currency IS NOT DISTINCT FROM NEW.currency
       AND OLD.value_cents IS NOT DISTINCT FROM NEW.value_cents THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status IN ('draft','submitted','approved') THEN
        UPDATE deal_open_totals SET deals = deals - 1, value_cents = value_cents - OLD.value_cents
        WHERE company_id = OLD.company_id AND status = OLD.status AND stage = OLD.stage
          AND currency = OLD.currency;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.status IN ('draft','submitted','approved') THEN
        INSERT INTO deal_open_totals (company_id, status, stage, currency, deals, value_cents)
        VALUES (NEW.company_id, NEW.status, NEW.stage, NEW.currency, 1, NEW.value_cents)
        ON CONFLICT (company_id, status, stage, currency) DO UPDATE SET
            deals = deal_open_totals.deals + 1,
            value_cents = deal_open_totals.value_cents + EXCLUDED.value_cents;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER deal_open_totals_sync AFTER INSERT OR UPDATE OR DELETE ON deals
    FOR EACH ROW EXECUTE FUNCTION deal_open_totals_sync();

-- The leaderboard's counts (companies ranked this year, companies ahead)
-- join each yearly total to its company's program: with the company in
-- the index they no longer read the table row of each of 10,000 totals.
DROP INDEX points_totals_by_year;
CREATE INDEX points_totals_rank ON points_totals (year, points, company_id);
