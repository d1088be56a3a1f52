-- Leads (issue 24): a registration records the vendor's lead it was
-- registered from (vendor-sourced pipeline); set only for a lead the
-- registering company works, checked before the registration.
ALTER TABLE deals ADD COLUMN lead_id BIGINT;
CREATE INDEX deals_by_lead ON deals (lead_id) WHERE lead_id IS NOT NULL;
