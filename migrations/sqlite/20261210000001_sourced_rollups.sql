-- Vendor-sourced deals (issue 24): the deals registered from a vendor's
-- lead (`deals.lead_id`), won per UTC day and open per company, so the
-- dashboard splits won revenue and pipeline into partner-sourced and
-- vendor-sourced without reading deals (the totals come from the rollups
-- that exist; partner-sourced is the total less these). Kept by triggers
-- in the transaction of every change, as the other rollups (decision
-- 0005); rows that fall to zero stay.
CREATE TABLE deal_lead_wins_daily (
    day          BIGINT NOT NULL,
    currency     TEXT   NOT NULL,
    company_id   BIGINT NOT NULL,
    deals        BIGINT NOT NULL,
    value_cents  BIGINT NOT NULL,
    PRIMARY KEY (day, currency, company_id)
) WITHOUT ROWID;

CREATE TABLE deal_lead_open_totals (
    company_id   BIGINT NOT NULL,
    currency     TEXT   NOT NULL,
    deals        BIGINT NOT NULL,
    value_cents  BIGINT NOT NULL,
    PRIMARY KEY (company_id, currency)
) WITHOUT ROWID;

INSERT INTO deal_lead_wins_daily (day, currency, company_id, deals, value_cents)
SELECT won_at / 86400000 * 86400000, currency, company_id, COUNT(*),
       SUM(COALESCE(final_value_cents, value_cents))
FROM deals WHERE lead_id IS NOT NULL AND status = 'won' AND won_at IS NOT NULL GROUP BY 1, 2, 3;

INSERT INTO deal_lead_open_totals (company_id, currency, deals, value_cents)
SELECT company_id, currency, COUNT(*), SUM(value_cents)
FROM deals WHERE lead_id IS NOT NULL AND status IN ('draft','submitted','approved') GROUP BY 1, 2;

CREATE TRIGGER deal_lead_rollups_insert AFTER INSERT ON deals
WHEN NEW.lead_id IS NOT NULL BEGIN
    INSERT INTO deal_lead_wins_daily (day, currency, company_id, deals, value_cents)
    SELECT NEW.won_at / 86400000 * 86400000, NEW.currency, NEW.company_id, 1,
           COALESCE(NEW.final_value_cents, NEW.value_cents)
    WHERE NEW.status = 'won' AND NEW.won_at IS NOT NULL
    ON CONFLICT (day, currency, company_id) DO UPDATE SET
        deals = deals + 1, value_cents = value_cents + excluded.value_cents;
    INSERT INTO deal_lead_open_totals (company_id, currency, deals, value_cents)
    SELECT NEW.company_id, NEW.currency, 1, NEW.value_cents
    WHERE NEW.status IN ('draft','submitted','approved')
    ON CONFLICT (company_id, currency) DO UPDATE SET
        deals = deals + 1, value_cents = value_cents + excluded.value_cents;
END;

CREATE TRIGGER deal_lead_rollups_delete AFTER DELETE ON deals
WHEN OLD.lead_id IS NOT NULL BEGIN
    UPDATE deal_lead_wins_daily SET deals = deals - 1,
        value_cents = value_cents - COALESCE(OLD.final_value_cents, OLD.value_cents)
    WHERE OLD.status = 'won' AND OLD.won_at IS NOT NULL
      AND day = OLD.won_at / 86400000 * 86400000 AND currency = OLD.currency
      AND company_id = OLD.company_id;
    UPDATE deal_lead_open_totals SET deals = deals - 1, value_cents = value_cents - OLD.value_cents
    WHERE OLD.status IN ('draft','submitted','approved')
      AND company_id = OLD.company_id AND currency = OLD.currency;
END;

-- An update takes the old row out and puts the new one in, only when a
-- column these rollups read changed and either side came from a lead.
CREATE TRIGGER deal_lead_rollups_update
AFTER UPDATE OF lead_id, status, won_at, currency, company_id, final_value_cents, value_cents ON deals
WHEN (OLD.lead_id IS NOT NULL OR NEW.lead_id IS NOT NULL)
  AND (OLD.lead_id IS NOT NEW.lead_id OR OLD.status IS NOT NEW.status
       OR OLD.won_at IS NOT NEW.won_at OR OLD.currency IS NOT NEW.currency
       OR OLD.company_id IS NOT NEW.company_id
       OR OLD.final_value_cents IS NOT NEW.final_value_cents
       OR OLD.value_cents IS NOT NEW.value_cents)
BEGIN
    UPDATE deal_lead_wins_daily SET deals = deals - 1,
        value_cents = value_cents - COALESCE(OLD.final_value_cents, OLD.value_cents)
    WHERE OLD.lead_id IS NOT NULL AND OLD.status = 'won' AND OLD.won_at IS NOT NULL
      AND day = OLD.won_at / 86400000 * 86400000 AND currency = OLD.currency
      AND company_id = OLD.company_id;
    UPDATE deal_lead_open_totals SET deals = deals - 1, value_cents = value_cents - OLD.value_cents
    WHERE OLD.lead_id IS NOT NULL AND OLD.status IN ('draft','submitted','approved')
      AND company_id = OLD.company_id AND currency = OLD.currency;
    INSERT INTO deal_lead_wins_daily (day, currency, company_id, deals, value_cents)
    SELECT NEW.won_at / 86400000 * 86400000, NEW.currency, NEW.company_id, 1,
           COALESCE(NEW.final_value_cents, NEW.value_cents)
    WHERE NEW.lead_id IS NOT NULL AND NEW.status = 'won' AND NEW.won_at IS NOT NULL
    ON CONFLICT (day, currency, company_id) DO UPDATE SET
        deals = deals + 1, value_cents = value_cents + excluded.value_cents;
    INSERT INTO deal_lead_open_totals (company_id, currency, deals, value_cents)
    SELECT NEW.company_id, NEW.currency, 1, NEW.value_cents
    WHERE NEW.lead_id IS NOT NULL AND NEW.status IN ('draft','submitted','approved')
    ON CONFLICT (company_id, currency) DO UPDATE SET
        deals = deals + 1, value_cents = value_cents + excluded.value_cents;
END;

-- The leads' own figures (issue 24): what a converted lead's deal was won
-- for, told by the deals' "won" event (leads never read deals), and the
-- history lines by kind and time for the staff's lead figures of a period.
ALTER TABLE leads ADD COLUMN won_value_cents BIGINT;
ALTER TABLE leads ADD COLUMN won_currency TEXT;
ALTER TABLE leads ADD COLUMN won_at BIGINT;
CREATE INDEX lead_events_by_kind ON lead_events (kind, at);
