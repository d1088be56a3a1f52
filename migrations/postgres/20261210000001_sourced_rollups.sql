-- Vendor-sourced deals (issue 24): the deals registered from a vendor's
-- lead (`deals.lead_id`), won per UTC day and open per company, so the
-- dashboard splits won revenue and pipeline into partner-sourced and
-- vendor-sourced without reading deals (the totals come from the rollups
-- that exist; partner-sourced is the total less these). Kept by a trigger
-- in the transaction of every change, as the other rollups (decision
-- 0005); rows that fall to zero stay.
CREATE TABLE deal_lead_wins_daily (
    day          BIGINT NOT NULL,
    currency     TEXT   NOT NULL,
    company_id   BIGINT NOT NULL,
    deals        BIGINT NOT NULL,
    value_cents  BIGINT NOT NULL,
    PRIMARY KEY (day, currency, company_id)
);

CREATE TABLE deal_lead_open_totals (
    company_id   BIGINT NOT NULL,
    currency     TEXT   NOT NULL,
    deals        BIGINT NOT NULL,
    value_cents  BIGINT NOT NULL,
    PRIMARY KEY (company_id, currency)
);

INSERT INTO deal_lead_wins_daily (day, currency, company_id, deals, value_cents)
SELECT won_at / 86400000 * 86400000, currency, company_id, COUNT(*),
       SUM(COALESCE(final_value_cents, value_cents))
FROM deals WHERE lead_id IS NOT NULL AND status = 'won' AND won_at IS NOT NULL GROUP BY 1, 2, 3;

INSERT INTO deal_lead_open_totals (company_id, currency, deals, value_cents)
SELECT company_id, currency, COUNT(*), SUM(value_cents)
FROM deals WHERE lead_id IS NOT NULL AND status IN ('draft','submitted','approved') GROUP BY 1, 2;

CREATE FUNCTION deal_lead_rollups_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.lead_id IS NOT DISTINCT FROM NEW.lead_id
       AND OLD.status IS NOT DISTINCT FROM NEW.status
       AND OLD.won_at IS NOT DISTINCT FROM NEW.won_at
       AND OLD.currency IS NOT DISTINCT FROM NEW.currency
       AND OLD.company_id IS NOT DISTINCT FROM NEW.company_id
       AND OLD.final_value_cents IS NOT DISTINCT FROM NEW.final_value_cents
       AND OLD.value_cents IS NOT DISTINCT FROM NEW.value_cents THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.lead_id IS NOT NULL THEN
        IF OLD.status = 'won' AND OLD.won_at IS NOT NULL THEN
            UPDATE deal_lead_wins_daily SET deals = deals - 1,
                value_cents = value_cents - COALESCE(OLD.final_value_cents, OLD.value_cents)
            WHERE day = OLD.won_at / 86400000 * 86400000 AND currency = OLD.currency
              AND company_id = OLD.company_id;
        END IF;
        IF OLD.status IN ('draft','submitted','approved') THEN
            UPDATE deal_lead_open_totals SET deals = deals - 1,
                value_cents = value_cents - OLD.value_cents
            WHERE company_id = OLD.company_id AND currency = OLD.currency;
        END IF;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.lead_id IS NOT NULL THEN
        IF NEW.status = 'won' AND NEW.won_at IS NOT NULL THEN
            INSERT INTO deal_lead_wins_daily (day, currency, company_id, deals, value_cents)
            VALUES (NEW.won_at / 86400000 * 86400000, NEW.currency, NEW.company_id, 1,
                    COALESCE(NEW.final_value_cents, NEW.value_cents))
            ON CONFLICT (day, currency, company_id) DO UPDATE SET
                deals = deal_lead_wins_daily.deals + 1,
                value_cents = deal_lead_wins_daily.value_cents + EXCLUDED.value_cents;
        END IF;
        IF NEW.status IN ('draft','submitted','approved') THEN
            INSERT INTO deal_lead_open_totals (company_id, currency, deals, value_cents)
            VALUES (NEW.company_id, NEW.currency, 1, NEW.value_cents)
            ON CONFLICT (company_id, currency) DO UPDATE SET
                deals = deal_lead_open_totals.deals + 1,
                value_cents = deal_lead_open_totals.value_cents + EXCLUDED.value_cents;
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER deal_lead_rollups_sync AFTER INSERT OR UPDATE OR DELETE ON deals
    FOR EACH ROW EXECUTE FUNCTION deal_lead_rollups_sync();

-- The leads' own figures (issue 24): what a converted lead's deal was won
-- for, told by the deals' "won" event (leads never read deals), and the
-- history lines by kind and time for the staff's lead figures of a period.
ALTER TABLE leads ADD COLUMN won_value_cents BIGINT;
ALTER TABLE leads ADD COLUMN won_currency TEXT;
ALTER TABLE leads ADD COLUMN won_at BIGINT;
CREATE INDEX lead_events_by_kind ON lead_events (kind, at);
