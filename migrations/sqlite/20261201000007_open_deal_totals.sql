-- The first screen's deal figures per company (pending, returned and
-- approved counts; open pipeline by stage and currency), kept by triggers
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
) WITHOUT ROWID;

-- The vendor's totals over every company, grouped without a sort.
CREATE INDEX deal_open_totals_by_status ON deal_open_totals (status, stage, currency, deals, value_cents);

INSERT INTO deal_open_totals (company_id, status, stage, currency, deals, value_cents)
SELECT company_id, status, stage, currency, COUNT(*), SUM(value_cents)
FROM deals WHERE status IN ('draft','submitted','approved') GROUP BY 1, 2, 3, 4;

CREATE TRIGGER deal_open_insert AFTER INSERT ON deals
WHEN NEW.status IN ('draft','submitted','approved') BEGIN
    INSERT INTO deal_open_totals (company_id, status, stage, currency, deals, value_cents)
    VALUES (NEW.company_id, NEW.status, NEW.stage, NEW.currency, 1, NEW.value_cents)
    ON CONFLICT (company_id, status, stage, currency) DO UPDATE SET
        deals = deals + 1, value_cents = value_cents + excluded.value_cents;
END;

CREATE TRIGGER deal_open_delete AFTER DELETE ON deals
WHEN OLD.status IN ('draft','submitted','approved') BEGIN
    UPDATE deal_open_totals SET deals = deals - 1, value_cents = value_cents - OLD.value_cents
    WHERE company_id = OLD.company_id AND status = OLD.status AND stage = OLD.stage
      AND currency = OLD.currency;
END;

-- An update takes the old row out and puts the new one in, only when a
-- column these totals read changed and either side is open.
CREATE TRIGGER deal_open_update
AFTER UPDATE OF company_id, status, stage, currency, value_cents ON deals
WHEN (OLD.status IN ('draft','submitted','approved') OR NEW.status IN ('draft','submitted','approved'))
  AND (OLD.company_id IS NOT NEW.company_id OR OLD.status IS NOT NEW.status
       OR OLD.stage IS NOT NEW.stage OR OLD.currency IS NOT NEW.currency
       OR OLD.value_cents IS NOT NEW.value_cents)
BEGIN
    UPDATE deal_open_totals SET deals = deals - 1, value_cents = value_cents - OLD.value_cents
    WHERE OLD.status IN ('draft','submitted','approved')
      AND company_id = OLD.company_id AND status = OLD.status AND stage = OLD.stage
      AND currency = OLD.currency;
    INSERT INTO deal_open_totals (company_id, status, stage, currency, deals, value_cents)
    SELECT NEW.company_id, NEW.status, NEW.stage, NEW.currency, 1, NEW.value_cents
    WHERE NEW.status IN ('draft','submitted','approved')
    ON CONFLICT (company_id, status, stage, currency) DO UPDATE SET
        deals = deals + 1, value_cents = value_cents + excluded.value_cents;
END;

-- The leaderboard's counts (companies ranked this year, companies ahead)
-- join each yearly total to its company's program: with the company in
-- the index they no longer read the table row of each of 10,000 totals.
DROP INDEX points_totals_by_year;
CREATE INDEX points_totals_rank ON points_totals (year, points, company_id);
