-- The vendor dashboard reads wins across companies by the day they were won
-- and MDF funds by the start of their period.
CREATE INDEX deals_by_status_won ON deals (status, won_at);
CREATE INDEX mdf_funds_by_start ON mdf_funds (starts_at);
