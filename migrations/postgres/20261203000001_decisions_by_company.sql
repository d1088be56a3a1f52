-- Decided registrations per company and UTC day: the tier criterion
-- "approved registrations in the last 12 months" (decided in the window
-- and approved, won, lost or expired now) read every such deal of the
-- company (75,000 for the largest at 1 M deals). The window ends at an
-- instant, not a midnight, so the tier rules read the whole days inside it
-- from here and the two partial days at its ends from `deals`; the figure
-- is the same as before. Kept by a trigger like the other rollups
-- (decision 0005); rows that fall to zero stay.
CREATE TABLE deal_decisions_by_company (
    company_id   BIGINT NOT NULL,
    day          BIGINT NOT NULL,
    deals        BIGINT NOT NULL,
    PRIMARY KEY (company_id, day)
);

INSERT INTO deal_decisions_by_company (company_id, day, deals)
SELECT company_id, decided_at / 86400000 * 86400000, COUNT(*)
FROM deals WHERE decided_at IS NOT NULL AND status IN ('approved','won','lost','expired')
GROUP BY 1, 2;

CREATE FUNCTION deal_decisions_by_company_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.status IS NOT DISTINCT FROM NEW.status
       AND OLD.decided_at IS NOT DISTINCT FROM NEW.decided_at
       AND OLD.company_id IS NOT DISTINCT FROM NEW.company_id THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.decided_at IS NOT NULL
       AND OLD.status IN ('approved','won','lost','expired') THEN
        UPDATE deal_decisions_by_company SET deals = deals - 1
        WHERE company_id = OLD.company_id AND day = OLD.decided_at / 86400000 * 86400000;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.decided_at IS NOT NULL
       AND NEW.status IN ('approved','won','lost','expired') THEN
        INSERT INTO deal_decisions_by_company (company_id, day, deals)
        VALUES (NEW.company_id, NEW.decided_at / 86400000 * 86400000, 1)
        ON CONFLICT (company_id, day) DO UPDATE SET
            deals = deal_decisions_by_company.deals + 1;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER deal_decisions_by_company_sync AFTER INSERT OR UPDATE OR DELETE ON deals
    FOR EACH ROW EXECUTE FUNCTION deal_decisions_by_company_sync();
