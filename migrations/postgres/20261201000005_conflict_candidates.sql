-- The conflict check reads every active registration that shares the new
-- customer's first name token (or domain label) and compares the names in
-- the application. A common first word ("Global", "First") has thousands
-- of active deals at 1 M; with this index the candidates come from the
-- index alone, without a table lookup per candidate.
CREATE INDEX deals_conflict_candidates ON deals
    (customer_token, status, exclusive_until, id, company_id, customer_domain, customer_key);
DROP INDEX deals_by_token;
