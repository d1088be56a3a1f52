-- The vendor dashboard's figures that stay live, read from their indexes
-- alone (profiled at 1 M deals, twelve months, SQLite): the timing sample
-- (the newest 10,000 registrations of the window: 169 ms -> 8 ms with no
-- table lookups), the MDF ledger sums per fund (68 ms) and the claims per
-- fund (79 ms).
CREATE INDEX deals_timing ON deals (submitted_at, company_id, registration_ms, decided_at, route, sla_due_at);
DROP INDEX deals_by_submitted;
CREATE INDEX mdf_ledger_fund_sums ON mdf_ledger (fund_id, kind, amount_cents);
DROP INDEX mdf_ledger_by_fund;
CREATE INDEX mdf_requests_fund_claims ON mdf_requests (fund_id, status, claim_approved_cents);
DROP INDEX mdf_requests_by_fund;
