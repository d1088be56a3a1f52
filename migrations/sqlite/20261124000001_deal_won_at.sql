-- When a deal was won: year-to-date and trailing-12-month revenue count a
-- deal by this moment, not by its last edit. Backfilled from the history.
ALTER TABLE deals ADD COLUMN won_at BIGINT;
UPDATE deals SET won_at = COALESCE(
    (SELECT MAX(e.at) FROM deal_events e WHERE e.deal_id = deals.id AND e.to_status = 'won'),
    updated_at)
WHERE status = 'won';
CREATE INDEX deals_by_company_won ON deals (company_id, status, won_at);
