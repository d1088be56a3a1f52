-- The audit log as several hash chains instead of one. Every audited
-- change appends to the log inside its own transaction; with one chain,
-- PostgreSQL held the chain's lock from the append to the commit, so every
-- audited write in the cluster waited for the previous one's fsync (deal
-- registration stopped at about 800 per second however many servers ran).
-- Now a transaction takes whichever of 16 chains is free; each chain is
-- verified on its own. SQLite, with one writer, keeps using chain 0.
-- Existing entries are chain 0, as they were chained.
ALTER TABLE audit_log ADD COLUMN chain BIGINT NOT NULL DEFAULT 0;
CREATE INDEX audit_log_by_chain ON audit_log (chain, id);
