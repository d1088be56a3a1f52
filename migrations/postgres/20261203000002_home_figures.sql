-- Two more of the partner home's figures at 1 M deals (issue 6):
--
-- Claims due in the next 14 days read every approved request of the
-- company through (company_id, status) and then each row for its
-- deadline (1,000 rows for the largest company); the deadline joins that
-- index, which every other use of it still finds.
DROP INDEX mdf_requests_by_company_status;
CREATE INDEX mdf_requests_by_company_status ON mdf_requests (company_id, status, claim_due_at);

-- A fund's pending requests (the home's fund card, and every MDF request,
-- which re-reads them) summed the requested amounts from the rows.
DROP INDEX mdf_requests_fund_claims;
CREATE INDEX mdf_requests_fund_claims ON mdf_requests (fund_id, status, claim_approved_cents, requested_cents);

-- Statistics for the new indexes at once: without them SQLite read the
-- home's five newest open requests through the (company_id, status, ...)
-- index and sorted them (13-19 ms for the largest company) instead of
-- walking (company_id, updated_at, id) (under 1 ms).
ANALYZE mdf_requests;

-- Rebates and commissions per company, currency and status: the home's
-- and the earnings page's totals summed every entry of the company
-- (44,000 for the largest), the payout console's every earned entry.
-- Kept by a trigger like the deal rollups (decision 0005); rows that fall
-- to zero stay.
CREATE TABLE incentive_totals (
    company_id    BIGINT NOT NULL,
    currency      TEXT   NOT NULL,
    status        TEXT   NOT NULL,
    entries       BIGINT NOT NULL,
    amount_cents  BIGINT NOT NULL,
    PRIMARY KEY (company_id, currency, status)
);

INSERT INTO incentive_totals (company_id, currency, status, entries, amount_cents)
SELECT company_id, currency, status, COUNT(*), SUM(amount_cents)
FROM incentive_entries GROUP BY 1, 2, 3;

CREATE FUNCTION incentive_totals_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.company_id IS NOT DISTINCT FROM NEW.company_id
       AND OLD.currency IS NOT DISTINCT FROM NEW.currency
       AND OLD.status IS NOT DISTINCT FROM NEW.status
       AND OLD.amount_cents IS NOT DISTINCT FROM NEW.amount_cents THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE incentive_totals SET entries = entries - 1, amount_cents = amount_cents - OLD.amount_cents
        WHERE company_id = OLD.company_id AND currency = OLD.currency AND status = OLD.status;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO incentive_totals (company_id, currency, status, entries, amount_cents)
        VALUES (NEW.company_id, NEW.currency, NEW.status, 1, NEW.amount_cents)
        ON CONFLICT (company_id, currency, status) DO UPDATE SET
            entries = incentive_totals.entries + 1,
            amount_cents = incentive_totals.amount_cents + EXCLUDED.amount_cents;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER incentive_totals_sync AFTER INSERT OR UPDATE OR DELETE ON incentive_entries
    FOR EACH ROW EXECUTE FUNCTION incentive_totals_sync();
