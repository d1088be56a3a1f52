-- Covering indexes for the partner's first screen, found by timing every
-- query of the home page for a company with 102,000 deals (1 M in all):
-- the tier criterion "decided registrations in 12 months" read every row
-- (112 ms), the incentive balances sorted in a temporary b-tree (43 ms),
-- the leaderboard rank fetched each ranked company's tier row (22 ms) and
-- the open MDF request count read every request (10 ms); then, with fresh
-- statistics, the "exclusivity ending in 14 days" list sorted every approved
-- deal (51 ms), the team count read every member's row (15 ms, 10,000
-- people) and the five latest notifications sorted all of a user's (9 ms).
CREATE INDEX deals_by_company_decided_status ON deals (company_id, decided_at, status);
DROP INDEX deals_by_company_decided;
CREATE INDEX incentive_balances ON incentive_entries (company_id, currency, status, amount_cents);
CREATE INDEX company_tiers_program ON company_tiers (company_id, program_id);
CREATE INDEX mdf_requests_by_company_status ON mdf_requests (company_id, status);
CREATE INDEX deals_by_company_exclusive ON deals (company_id, status, exclusive_until);
CREATE INDEX users_by_company_status ON users (company_id, status);
CREATE INDEX notifications_recent ON notifications (user_id, id);

-- The new (company_id, status, exclusive_until) index drew a channel
-- manager's "extension requested" queue away from the status index, to read
-- every approved deal of the manager's companies (2 ms became 36 ms); this
-- one finds the few requested extensions per company directly.
CREATE INDEX deals_by_company_extension ON deals (company_id, extension, status, sla_due_at);

